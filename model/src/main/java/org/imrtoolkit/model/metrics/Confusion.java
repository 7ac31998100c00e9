package org.imrtoolkit.model.metrics;

/** A binary confusion matrix; "positive" is the class named positive (Overturned by default). */
public record Confusion(int truePositive, int falsePositive, int trueNegative, int falseNegative) {

    public int n() {
        return truePositive + falsePositive + trueNegative + falseNegative;
    }
}
