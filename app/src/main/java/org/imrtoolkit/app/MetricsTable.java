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
        out.printf(Locale.ROOT, "%-30s %8s %10s%n", "", "model", "baseline");
        line(out, "balanced accuracy", m.balancedAccuracy(), m.baseline().balancedAccuracy());
        line(out, "ROC-AUC", m.rocAuc(), m.baseline().rocAuc());
        line(out, "PR-AUC", m.prAuc(), m.baseline().prAuc());
        line(out, abbreviate(positive) + " recall", m.positiveRecall(), 0);
        line(out, abbreviate(positive) + " precision", m.perClass().get(1).precision(), 0);
        line(out, "Brier score", m.brier(), m.baseline().brier());
        line(out, "accuracy", m.accuracy(), m.baseline().accuracy());
        out.printf(Locale.ROOT, "baseline: always %s. %d cases, %d %s; threshold %.3f; confusion: TP %d FP %d TN %d FN %d%n",
                m.baseline().predicts(), m.n(), m.positives(), positive,
                m.threshold(), m.confusion().truePositive(), m.confusion().falsePositive(),
                m.confusion().trueNegative(), m.confusion().falseNegative());
        if (!m.undefinedReason().isEmpty()) {
            out.println("n/a: " + m.undefinedReason());
        }
    }

    private static void line(PrintWriter out, String name, double model, double baseline) {
        out.printf(Locale.ROOT, "%-30s %8s %10s%n", name, figure(model), figure(baseline));
    }

    /** Three decimals; "n/a" for an undefined figure. */
    static String figure(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** A long class label cut at a word, never mid-word ("Overturned Decision of Health Plan" stays whole up to 30). */
    private static String abbreviate(String label) {
        if (label.length() <= 22) {
            return label;
        }
        int cut = label.lastIndexOf(' ', 22);
        return (cut > 0 ? label.substring(0, cut) : label.substring(0, 22)) + "...";
    }
}
