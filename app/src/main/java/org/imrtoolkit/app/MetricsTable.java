package org.imrtoolkit.app;

import java.io.PrintWriter;
import java.util.Locale;

import org.imrtoolkit.model.metrics.Metrics;

/** Prints metrics beside the always-majority baseline, as train and evaluate show them. */
final class MetricsTable {

    private MetricsTable() {
    }

    static void print(PrintWriter out, Metrics m) {
        String positive = m.perClass().get(1).label();
        // as wide as the longest name, so a long class label is never cut ("Overturned Decision of Health Plan recall")
        int width = Math.max(30, positive.length() + 11);
        out.printf(Locale.ROOT, "%-" + width + "s %8s %10s%n", "", "model", "baseline");
        line(out, width, "balanced accuracy", m.balancedAccuracy(), m.baseline().balancedAccuracy());
        line(out, width, "ROC-AUC", m.rocAuc(), m.baseline().rocAuc());
        line(out, width, "PR-AUC", m.prAuc(), m.baseline().prAuc());
        // the baseline never predicts the positive class: recall 0, unless there is nothing to recall
        double baselineRecall = m.positives() == 0 ? Double.NaN : 0;
        line(out, width, positive + " recall", m.positiveRecall(), baselineRecall);
        line(out, width, positive + " precision", m.perClass().get(1).precision(), 0);
        line(out, width, "Brier score", m.brier(), m.baseline().brier());
        line(out, width, "accuracy", m.accuracy(), m.baseline().accuracy());
        out.printf(Locale.ROOT, "baseline: always %s. %d cases, %d %s; threshold %.3f; confusion: TP %d FP %d TN %d FN %d%n",
                m.baseline().predicts(), m.n(), m.positives(), positive,
                m.threshold(), m.confusion().truePositive(), m.confusion().falsePositive(),
                m.confusion().trueNegative(), m.confusion().falseNegative());
        if (!m.undefinedReason().isEmpty()) {
            out.println("n/a: " + m.undefinedReason());
        }
    }

    private static void line(PrintWriter out, int width, String name, double model, double baseline) {
        out.printf(Locale.ROOT, "%-" + width + "s %8s %10s%n", name, figure(model), figure(baseline));
    }

    /** Three decimals; "n/a" for an undefined figure. */
    static String figure(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

}
