package org.imrtoolkit.model.metrics;

import java.util.List;

/**
 * A classifier's figures on labelled examples. Accuracy is never the headline: the outcomes are
 * about 90% one class, where always guessing it scores 0.90.
 *
 * @param n                how many examples
 * @param positives        how many of them are positive
 * @param accuracy         share predicted right
 * @param balancedAccuracy mean of the two classes' recalls
 * @param rocAuc           area under the ROC curve
 * @param prAuc            area under the precision-recall curve (average precision) of the positive class
 * @param brier            mean squared error of the positive-class probability
 * @param threshold        the probability at or above which the positive class is predicted
 * @param confusion        the confusion matrix at that threshold
 * @param perClass         precision, recall, F1 of each class (negative first)
 * @param calibration      ten bins of predicted probability
 * @param baseline         the always-majority baseline on the same examples
 */
public record Metrics(int n, int positives, double accuracy, double balancedAccuracy, double rocAuc, double prAuc,
                      double brier, double threshold, Confusion confusion, List<ClassMetrics> perClass,
                      List<CalibrationBin> calibration, Baseline baseline) {

    public Metrics {
        perClass = List.copyOf(perClass);
        calibration = List.copyOf(calibration);
    }

    /** Recall of the positive class. */
    public double positiveRecall() {
        return perClass.get(1).recall();
    }
}
