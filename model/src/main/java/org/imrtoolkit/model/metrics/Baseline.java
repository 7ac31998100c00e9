package org.imrtoolkit.model.metrics;

/**
 * The always-majority baseline on the same examples: it predicts the majority class for all, with
 * the training base rate as its probability.
 */
public record Baseline(String predicts, double accuracy, double balancedAccuracy, double rocAuc, double prAuc,
                       double brier) {
}
