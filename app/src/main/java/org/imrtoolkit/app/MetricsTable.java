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
    }

    private static void line(PrintWriter out, String name, double model, double baseline) {
        out.printf(Locale.ROOT, "%-30s %8.3f %10.3f%n", name, model, baseline);
    }

    private static String abbreviate(String label) {
        return label.length() > 20 ? label.substring(0, 19) + "." : label;
    }
}
