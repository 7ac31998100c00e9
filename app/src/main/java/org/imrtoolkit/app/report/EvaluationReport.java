package org.imrtoolkit.app.report;

import java.util.List;
import java.util.Map;

import org.imrtoolkit.model.Grouping;
import org.imrtoolkit.model.metrics.BootstrapIntervals;
import org.imrtoolkit.model.metrics.CalibrationBin;
import org.imrtoolkit.model.metrics.CalibrationBins;
import org.imrtoolkit.model.metrics.ClassMetrics;
import org.imrtoolkit.model.metrics.CurvePoint;
import org.imrtoolkit.model.metrics.Curves;
import org.imrtoolkit.model.metrics.Interval;
import org.imrtoolkit.model.metrics.Metrics;
import org.imrtoolkit.model.metrics.Proportion;
import org.imrtoolkit.model.metrics.RepeatedFigures;
import org.imrtoolkit.model.metrics.Spread;
import org.imrtoolkit.predict.Evaluation;
import org.imrtoolkit.predict.ModelCard;
import org.imrtoolkit.predict.Prediction;
import org.imrtoolkit.predict.StrongestInputs;

/**
 * The report of an {@link Evaluation}: {@code imr evaluate}'s on a held-out set, {@code imr train}'s
 * on the cross-validated predictions. Every figure beside the always-majority baseline.
 */
public final class EvaluationReport {

    private EvaluationReport() {
    }

    /** The report of {@code imr evaluate} (and of {@code imr train}'s cross-validation), without intervals. */
    public static String html(String title, String subtitle, String warning, Evaluation e, List<Metrics> folds) {
        return html(title, subtitle, warning, e, folds, List.of(), null, null, null, Grouping.LETTERS);
    }

    /**
     * @param warning   shown as a warning box (e.g. the cases trained the model), or null
     * @param strongest the model's strongest inputs (cross-validation report), or empty
     * @param intervals letter-level bootstrap intervals of the headline figures, or null
     * @param repeated  repeated cross-validation's figures, or null (then {@code intervals} are those of
     *                  {@code e}'s own figures)
     * @param card      the model's card, shown at the end, or null
     * @param grouping  which cases a resample draws together; for rows of tables the report speaks of
     *                  rows, and has no breakdown by treatment type, which a table's rows do not carry
     */
    public static String html(String title, String subtitle, String warning, Evaluation e, List<Metrics> folds,
                              List<StrongestInputs.Input> strongest, BootstrapIntervals intervals,
                              RepeatedFigures repeated, ModelCard card, Grouping grouping) {
        boolean rows = grouping.rows();
        Metrics m = e.metrics();
        Page h = new Page(title, subtitle);
        if (warning != null && !warning.isEmpty()) {
            h.warning(warning);
        }
        if (card != null) {
            h.append("<p class=muted>What the model is for, its figures against chance and its known limits: "
                    + "the model card at the end.</p>");
        }
        String resampled = grouping.unit() + "s resampled";
        if (repeated != null) {
            repeatedTable(h, repeated, m, grouping);
        }
        h.append("<h2>Against the always-").append(Html.escape(m.baseline().predicts())).append(" baseline")
                .append(repeated == null ? "" : " (first repeat)").append("</h2>");
        BootstrapIntervals own = repeated == null ? intervals : null;
        h.append("<table><tr><th></th><th>model</th>")
                .append(own == null ? "" : "<th>95% interval (" + resampled + ")</th>")
                .append("<th>always ").append(Html.escape(m.baseline().predicts())).append("</th></tr>");
        row(h, "balanced accuracy", m.balancedAccuracy(), own == null ? null : own.balancedAccuracy(),
                m.baseline().balancedAccuracy(), own != null);
        row(h, "ROC-AUC", m.rocAuc(), own == null ? null : own.rocAuc(), m.baseline().rocAuc(), own != null);
        row(h, "PR-AUC (" + Html.escape(m.perClass().get(1).label()) + ")", m.prAuc(),
                own == null ? null : own.prAuc(), m.baseline().prAuc(), own != null);
        row(h, Html.escape(m.perClass().get(1).label()) + " recall", m.positiveRecall(), null,
                m.positives() == 0 ? Double.NaN : 0, own != null);
        row(h, "Brier score (lower is better)", m.brier(), own == null ? null : own.brier(), m.baseline().brier(),
                own != null);
        row(h, "accuracy", m.accuracy(), null, m.baseline().accuracy(), own != null);
        h.append("</table>");
        if (!m.undefinedReason().isEmpty()) {
            h.append("<p class=na>n/a: ").append(Html.escape(m.undefinedReason())).append(".</p>");
        }
        if (own != null) {
            h.append("<p class=muted>Intervals: percentile bootstrap, ").append(own.resamples())
                    .append(" resamples of ").append(Html.escape(grouping.resampled())).append(switch (grouping.unit()) {
                        case "letter" -> " (a letter's items are not independent)";
                        case "row" -> " (each row its own case)";
                        default -> " (a group's rows are not independent)";
                    }).append(", seed ")
                    .append(own.seed()).append(".</p>");
        }
        h.append("<p class=muted>").append(m.n()).append(" cases, ").append(m.positives()).append(' ')
                .append(Html.escape(m.perClass().get(1).label())).append("; threshold ").append(Html.number(m.threshold()))
                .append(". Accuracy alone flatters any model here: always guessing the majority scores ")
                .append(Html.number(m.baseline().accuracy())).append(".</p>");

        h.append("<div class=charts>");
        String positive = m.perClass().get(1).label();
        boolean noRoc = Double.isNaN(m.rocAuc());
        boolean noPr = Double.isNaN(m.prAuc());
        h.append(Charts.line("ROC curve, AUC " + Html.number(m.rocAuc()), "false positive rate", "true positive rate",
                noRoc ? List.of() : Curves.roc(e.y(), e.p()), true, 1, Double.NaN,
                noRoc ? "undefined: one outcome only" : null));
        h.append(Charts.line("Precision-recall curve, AUC " + Html.number(m.prAuc()), "recall", "precision",
                noPr ? List.of() : Curves.precisionRecall(e.y(), e.p()), false, 1, (double) m.positives() / m.n(),
                noPr ? "undefined: no " + positive + " case" : null));
        List<CalibrationBin> bins = CalibrationBins.merged(m.calibration(), CalibrationBins.MIN_CASES);
        List<CurvePoint> calibration = Curves.calibration(bins);
        h.append(Charts.line("Calibration (bins of " + CalibrationBins.MIN_CASES + "+ cases)", "mean predicted probability",
                "observed rate", calibration, true, calibrationRange(calibration), Double.NaN, null,
                bins.stream().map(b -> "n=" + b.n()).toList()));
        h.append("</div>");

        if (!strongest.isEmpty()) {
            h.append("<h2>The model's strongest inputs</h2><table><tr><th>input</th><th>weight on the log-odds of ")
                    .append(Html.escape(positive)).append("</th><th>training cases with it</th></tr>");
            for (StrongestInputs.Input i : strongest) {
                h.append("<tr><td>").append(Html.escape(i.label())).append(" <code class=muted>").append(Html.escape(i.name()))
                        .append("</code></td><td class=n>").append(String.format(java.util.Locale.ROOT, "%+.2f", i.weight()))
                        .append("</td><td class=n>").append(Double.isNaN(i.presence()) ? "n/a"
                                : Math.round(i.presence() * 100) + "%").append("</td></tr>");
            }
            h.append("</table>");
        }
        h.append("<h2>Confusion matrix</h2><table><tr><th>actual \\ predicted</th><th>")
                .append(Html.escape(m.perClass().get(0).label())).append("</th><th>").append(Html.escape(m.perClass().get(1).label()))
                .append("</th></tr><tr><th>").append(Html.escape(m.perClass().get(0).label())).append("</th><td class=n>")
                .append(m.confusion().trueNegative()).append("</td><td class=n>").append(m.confusion().falsePositive())
                .append("</td></tr><tr><th>").append(Html.escape(m.perClass().get(1).label())).append("</th><td class=n>")
                .append(m.confusion().falseNegative()).append("</td><td class=n>").append(m.confusion().truePositive())
                .append("</td></tr></table>");
        h.append("<table><tr><th>class</th><th>precision</th><th>recall</th><th>F1</th><th>cases</th></tr>");
        for (ClassMetrics c : m.perClass()) {
            h.append("<tr><td>").append(Html.escape(c.label())).append("</td><td class=n>").append(Html.number(c.precision()))
                    .append("</td><td class=n>").append(Html.number(c.recall())).append("</td><td class=n>").append(Html.number(c.f1()))
                    .append("</td><td class=n>").append(c.support()).append("</td></tr>");
        }
        h.append("</table>");

        if (folds != null && !folds.isEmpty()) {
            h.append("<h2>Per fold</h2><table><tr><th>fold</th><th>cases</th><th>positives</th><th>balanced accuracy</th>"
                    + "<th>ROC-AUC</th><th>PR-AUC</th><th>recall</th></tr>");
            for (int i = 0; i < folds.size(); i++) {
                Metrics fm = folds.get(i);
                h.append("<tr><td>").append(i + 1).append("</td><td class=n>").append(fm.n()).append("</td><td class=n>")
                        .append(fm.positives()).append("</td><td class=n>").append(Html.number(fm.balancedAccuracy()))
                        .append("</td><td class=n>").append(Html.number(fm.rocAuc())).append("</td><td class=n>").append(Html.number(fm.prAuc()))
                        .append("</td><td class=n>").append(Html.number(fm.positiveRecall())).append("</td></tr>");
            }
            h.append("</table>");
        }

        if (!rows) {
            byTreatmentType(h, e, m);
        }

        h.append("<h2>Calibration</h2><p class=muted>Cases binned by predicted probability; a bin with fewer than ")
                .append(CalibrationBins.MIN_CASES).append(" cases is merged with its neighbour. The observed rate comes with its 95% "
                        + "Wilson interval: where the interval holds the mean predicted probability, the bin is as "
                        + "calibrated as its n can show.</p><table><tr><th>predicted</th><th>cases (n)</th>"
                        + "<th>mean predicted</th><th>").append(Html.escape(m.perClass().get(1).label()))
                .append(" (k)</th><th>observed rate</th><th>95% interval</th></tr>");
        for (CalibrationBin b : bins) {
            Proportion o = CalibrationBins.observed(b);
            h.append("<tr><td>").append(Html.number(b.from())).append("&ndash;").append(Html.number(b.to())).append("</td><td class=n>")
                    .append(b.n()).append("</td><td class=n>").append(Html.number(b.meanPredicted()))
                    .append("</td><td class=n>").append(o.k()).append("</td><td class=n>").append(Html.number(o.rate()))
                    .append("</td><td class=n>[").append(Html.number(o.low())).append(", ").append(Html.number(o.high()))
                    .append("]</td></tr>");
        }
        h.append("</table>");

        confidentErrors(h, e, m, rows);
        if (card != null) {
            CardSection.append(h, card);
        }
        return h.html();
    }

    private static void byTreatmentType(Page h, Evaluation e, Metrics m) {
        h.append("<h2>By treatment type</h2><table><tr><th>treatment type</th><th>cases</th><th>")
                .append(Html.escape(m.perClass().get(1).label()))
                .append("</th><th>balanced accuracy</th><th>ROC-AUC</th><th>recall</th></tr>");
        for (Map.Entry<String, Metrics> t : e.byTreatmentType().entrySet()) {
            Metrics tm = t.getValue();
            h.append("<tr><td>").append(Html.escape(t.getKey())).append("</td><td class=n>").append(tm.n())
                    .append("</td><td class=n>").append(tm.positives()).append("</td><td class=n>")
                    .append(Html.number(tm.balancedAccuracy())).append("</td><td class=n>")
                    .append(tm.positives() == 0 || tm.positives() == tm.n() ? "n/a" : Html.number(tm.rocAuc()))
                    .append("</td><td class=n>").append(tm.positives() == 0 ? "n/a" : Html.number(tm.positiveRecall()))
                    .append("</td></tr>");
        }
        h.append("</table>");
    }

    /** @param rows a table's rows have no disputed item of their own: no item column */
    private static void confidentErrors(Page h, Evaluation e, Metrics m, boolean rows) {
        h.append("<h2>The ").append(e.confidentErrors().size()).append(" most confident errors</h2>")
                .append("<table><tr><th>id</th>").append(rows ? "" : "<th>item</th>").append("<th>actual</th><th>predicted</th><th>P(")
                .append(Html.escape(m.perClass().get(1).label())).append(")</th><th>reasons</th></tr>");
        for (Evaluation.ConfidentError err : e.confidentErrors()) {
            Prediction p = err.prediction();
            h.append("<tr><td>").append(Html.escape(p.id())).append("</td><td>")
                    .append(rows ? "" : Html.escape(p.item()) + "</td><td>").append(Html.escape(err.actual())).append("</td><td>").append(Html.escape(p.predicted())).append("</td><td class=n>")
                    .append(Html.number(p.probability())).append("</td><td>").append(PredictionCells.reasons(p, m.perClass().get(1).label())).append("</td></tr>");
        }
        h.append("</table>");
    }

    private static void row(Page h, String name, double model, Interval interval, double baseline, boolean column) {
        h.append("<tr><td>").append(name).append("</td><td class=n>").append(Html.number(model)).append("</td>");
        if (column) {
            h.append("<td class=n>").append(interval == null ? "" : interval(interval)).append("</td>");
        }
        h.append("<td class=n>").append(Html.number(baseline)).append("</td></tr>");
    }

    /** Repeated cross-validation's headline: mean and sd over the repeats, and the letters' intervals. */
    private static void repeatedTable(Page h, RepeatedFigures r, Metrics first, Grouping grouping) {
        h.append("<h2>Repeated cross-validation: ").append(r.repeats()).append(" repeats</h2>")
                .append("<table><tr><th></th><th>mean</th><th>sd</th><th>95% interval (").append(grouping.unit()).append('s')
                .append(" resampled)</th><th>always ")
                .append(Html.escape(first.baseline().predicts())).append("</th></tr>");
        spreadRow(h, "ROC-AUC", r.rocAuc(), r.intervals().rocAuc(), first.baseline().rocAuc());
        spreadRow(h, "PR-AUC (" + Html.escape(first.perClass().get(1).label()) + ")", r.prAuc(), r.intervals().prAuc(),
                first.baseline().prAuc());
        spreadRow(h, "balanced accuracy", r.balancedAccuracy(), r.intervals().balancedAccuracy(),
                first.baseline().balancedAccuracy());
        spreadRow(h, "Brier score (lower is better)", r.brier(), r.intervals().brier(), first.baseline().brier());
        h.append("</table><p class=muted>Each repeat is a k-fold cross-validation with its own fold seed (")
                .append(Html.escape(r.seeds().toString())).append("); its out-of-fold predictions are pooled. "
                        + "The intervals resample ").append(Html.escape(grouping.resampled())).append(' ').append(r.intervals().resamples())
                .append(" times (seed ").append(r.intervals().seed()).append(") and average the repeats in each "
                        + "resample. The threshold and the calibration were chosen on these same out-of-fold "
                        + "predictions, so balanced accuracy at the threshold is slightly optimistic; "
                        + "the ranking figures (ROC-AUC, PR-AUC) are not.</p>");
    }

    private static void spreadRow(Page h, String name, Spread s, Interval interval, double baseline) {
        h.append("<tr><td>").append(name).append("</td><td class=n>").append(Html.number(s.mean()))
                .append("</td><td class=n>").append(Html.number(s.sd())).append("</td><td class=n>")
                .append(interval(interval)).append("</td><td class=n>").append(Html.number(baseline))
                .append("</td></tr>");
    }

    private static String interval(Interval i) {
        return i.defined() ? "[" + Html.number(i.low()) + ", " + Html.number(i.high()) + "]" : "n/a";
    }


    /** The calibration chart's axis: the next tenth above the largest probability, so low predictions are not squeezed into a corner. */
    static double calibrationRange(List<CurvePoint> points) {
        double top = 0;
        for (CurvePoint pt : points) {
            top = Math.max(top, Math.max(pt.x(), pt.y()));
        }
        return Math.min(1, Math.max(0.1, Math.ceil(top * 10 + 1e-9) / 10));
    }
}
