package org.imrtoolkit.model;

/** {@code model/logistic.json}: the logistic model's coefficients, one weight per input of the feature spec. */
record Coefficients(double intercept, double[] weights) {
}
