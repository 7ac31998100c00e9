package org.imrtoolkit.app;

import org.imrtoolkit.app.io.TerminalText;
import java.io.PrintWriter;
import java.util.Locale;

import org.imrtoolkit.model.Grouping;
import org.imrtoolkit.model.metrics.BootstrapIntervals;
import org.imrtoolkit.model.metrics.Interval;
import org.imrtoolkit.model.metrics.Metrics;
import org.imrtoolkit.model.metrics.RepeatedFigures;
import org.imrtoolkit.model.metrics.Spread;

/** Prints metrics beside the always-majority baseline, as train and evaluate show them. */
final class MetricsTable {

    private MetricsTable() {
    }

    static void print(PrintWriter out, Metrics m) {
        print(out, m, null, Grouping.LETTERS);
    }

    /**
     * @param intervals letter-level bootstrap intervals of the headline figures, or null for none
     * @param grouping  which cases a resample draws together
     */
    static void print(PrintWriter out, Metrics m, BootstrapIntervals intervals, Grouping grouping) {
        // a model file names the classes: nothing of it reaches the terminal raw
        String positive = TerminalText.safe(m.perClass().get(1).label());
        // as wide as the longest name, so a long class label is never cut ("Overturned Decision of Health Plan recall")
        int width = Math.max(30, positive.length() + 11);
        boolean ci = intervals != null;
        out.printf(Locale.ROOT, "%-" + width + "s %8s %s%10s%n", "", "model",
                ci ? String.format(Locale.ROOT, "  %-16s", "95% interval") : "", "baseline");
        line(out, width, "balanced accuracy", m.balancedAccuracy(), ci ? intervals.balancedAccuracy() : null, ci,
                m.baseline().balancedAccuracy());
        line(out, width, "ROC-AUC", m.rocAuc(), ci ? intervals.rocAuc() : null, ci, m.baseline().rocAuc());
        line(out, width, "PR-AUC", m.prAuc(), ci ? intervals.prAuc() : null, ci, m.baseline().prAuc());
        // the baseline never predicts the positive class: recall 0, unless there is nothing to recall
        double baselineRecall = m.positives() == 0 ? Double.NaN : 0;
        line(out, width, positive + " recall", m.positiveRecall(), null, ci, baselineRecall);
        line(out, width, positive + " precision", m.perClass().get(1).precision(), null, ci, 0);
        line(out, width, "Brier score", m.brier(), ci ? intervals.brier() : null, ci, m.baseline().brier());
        line(out, width, "accuracy", m.accuracy(), null, ci, m.baseline().accuracy());
        out.printf(Locale.ROOT, "baseline: always %s. %d cases, %d %s; threshold %.3f; confusion: TP %d FP %d TN %d FN %d%n",
                TerminalText.safe(String.valueOf(m.baseline().predicts())), m.n(), m.positives(), positive,
                m.threshold(), m.confusion().truePositive(), m.confusion().falsePositive(),
                m.confusion().trueNegative(), m.confusion().falseNegative());
        if (!m.undefinedReason().isEmpty()) {
            out.println("n/a: " + TerminalText.safe(m.undefinedReason()));
        }
        if (ci) {
            out.printf(Locale.ROOT, "intervals: 95%%, bootstrap of %d resamples of %s, seed %d%n",
                    intervals.resamples(), TerminalText.safe(grouping.resampled()), intervals.seed());
        }
    }

    /** Repeated cross-validation's headline: each metric's mean and sd over the repeats, and its interval. */
    static void printRepeated(PrintWriter out, RepeatedFigures r, Metrics first, Grouping grouping) {
        out.printf(Locale.ROOT, "%-30s %8s %8s  %-16s %10s%n", "", "mean", "sd", "95% interval", "baseline");
        spread(out, "ROC-AUC", r.rocAuc(), r.intervals().rocAuc(), first.baseline().rocAuc());
        spread(out, "PR-AUC", r.prAuc(), r.intervals().prAuc(), first.baseline().prAuc());
        spread(out, "balanced accuracy", r.balancedAccuracy(), r.intervals().balancedAccuracy(),
                first.baseline().balancedAccuracy());
        spread(out, "Brier score", r.brier(), r.intervals().brier(), first.baseline().brier());
        out.printf(Locale.ROOT, "mean and sd over %d repeats (fold seeds %s); intervals: 95%%, bootstrap of %d "
                        + "resamples of %s, seed %d%n", r.repeats(), r.seeds(), r.intervals().resamples(),
                TerminalText.safe(grouping.resampled()), r.intervals().seed());
    }

    private static void spread(PrintWriter out, String name, Spread s, Interval interval, double baseline) {
        out.printf(Locale.ROOT, "%-30s %8s %8s  %-16s %10s%n", name, figure(s.mean()), figure(s.sd()),
                interval(interval), figure(baseline));
    }

    private static void line(PrintWriter out, int width, String name, double model, Interval interval, boolean column,
                             double baseline) {
        out.printf(Locale.ROOT, "%-" + width + "s %8s %s%10s%n", name, figure(model),
                column ? String.format(Locale.ROOT, "  %-16s", interval == null ? "" : interval(interval)) : "",
                figure(baseline));
    }

    private static String interval(Interval i) {
        return i.defined() ? String.format(Locale.ROOT, "[%.3f, %.3f]", i.low(), i.high()) : "n/a";
    }

    /** Three decimals; "n/a" for an undefined figure. */
    static String figure(double v) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

}
