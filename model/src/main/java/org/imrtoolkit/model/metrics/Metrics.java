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
 * @param rocAuc           area under the ROC curve; NaN (undefined) when one class is absent, as
 *                         balanced accuracy, PR-AUC (no positive) and the absent class's recall are
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

    /**
     * Why some figures are undefined, when they are: "no Overturned case: ROC-AUC, PR-AUC, balanced
     * accuracy and Overturned recall are undefined"; else empty.
     */
    public String undefinedReason() {
        String positive = perClass.get(1).label();
        String negative = perClass.get(0).label();
        if (positives == 0) {
            return "no " + positive + " case among these " + n + ": ROC-AUC, PR-AUC, balanced accuracy and "
                    + positive + " recall are undefined";
        }
        if (positives == n) {
            return "no " + negative + " case among these " + n + ": ROC-AUC, balanced accuracy and " + negative
                    + " recall are undefined";
        }
        return "";
    }

    /** Recall of the positive class. */
    public double positiveRecall() {
        return perClass.get(1).recall();
    }
}
