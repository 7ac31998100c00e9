package org.imrtoolkit.app.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.imrtoolkit.features.Evidence;
import org.imrtoolkit.features.io.Html;
import org.imrtoolkit.model.metrics.CalibrationBin;
import org.imrtoolkit.model.metrics.ClassMetrics;
import org.imrtoolkit.model.metrics.Metrics;
import org.imrtoolkit.predict.Evaluation;
import org.imrtoolkit.predict.Prediction;
import org.imrtoolkit.predict.Reason;

/**
 * Self-contained HTML reports: inline CSS and SVG charts, no scripts, nothing fetched, so a report
 * opens anywhere, offline, and can be mailed as one file.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px auto;max-width:1100px;color:#1d2430;padding:0 16px}
            h1{font-size:22px;margin-bottom:4px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #d8dde6;padding-bottom:4px}
            table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #d8dde6;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#f2f4f8}td.n{text-align:right;font-variant-numeric:tabular-nums}.muted{color:#667085}
            .charts{display:flex;gap:18px;flex-wrap:wrap}.chart{border:1px solid #d8dde6;padding:6px}
            .bar{display:inline-block;height:10px;background:#c2410c;vertical-align:middle}.bar.neg{background:#2563eb}
            .over{color:#c2410c;font-weight:600}.up{color:#2563eb;font-weight:600}details{margin:2px 0}
            .ev{color:#475467;font-size:12px}code{font-size:12px}
            """;

    private HtmlReport() {
    }

    /** The report of {@code imr evaluate} (and of {@code imr train}'s cross-validation). */
    public static String evaluation(String title, String subtitle, Evaluation e, List<Metrics> folds) {
        Metrics m = e.metrics();
        StringBuilder h = head(title, subtitle);
        h.append("<h2>Against the always-").append(esc(m.baseline().predicts())).append(" baseline</h2>");
        h.append("<table><tr><th></th><th>model</th><th>always ").append(esc(m.baseline().predicts())).append("</th></tr>");
        row(h, "balanced accuracy", m.balancedAccuracy(), m.baseline().balancedAccuracy());
        row(h, "ROC-AUC", m.rocAuc(), m.baseline().rocAuc());
        row(h, "PR-AUC (" + esc(m.perClass().get(1).label()) + ")", m.prAuc(), m.baseline().prAuc());
        row(h, esc(m.perClass().get(1).label()) + " recall", m.positiveRecall(), 0);
        row(h, "Brier score (lower is better)", m.brier(), m.baseline().brier());
        row(h, "accuracy", m.accuracy(), m.baseline().accuracy());
        h.append("</table><p class=muted>").append(m.n()).append(" cases, ").append(m.positives()).append(' ')
                .append(esc(m.perClass().get(1).label())).append("; threshold ").append(f(m.threshold()))
                .append(". Accuracy alone flatters any model here: always guessing the majority scores ")
                .append(f(m.baseline().accuracy())).append(".</p>");

        h.append("<div class=charts>");
        h.append(chart("ROC curve", "false positive rate", "true positive rate", roc(e.y(), e.p()), true));
        h.append(chart("Precision-recall curve", "recall", "precision", pr(e.y(), e.p()), false));
        List<double[]> cal = new ArrayList<>();
        for (CalibrationBin b : m.calibration()) {
            if (b.n() > 0) {
                cal.add(new double[] {b.meanPredicted(), b.observed()});
            }
        }
        h.append(chart("Calibration", "mean predicted probability", "observed rate", cal, true));
        h.append("</div>");

        h.append("<h2>Confusion matrix</h2><table><tr><th>actual \\ predicted</th><th>")
                .append(esc(m.perClass().get(0).label())).append("</th><th>").append(esc(m.perClass().get(1).label()))
                .append("</th></tr><tr><th>").append(esc(m.perClass().get(0).label())).append("</th><td class=n>")
                .append(m.confusion().trueNegative()).append("</td><td class=n>").append(m.confusion().falsePositive())
                .append("</td></tr><tr><th>").append(esc(m.perClass().get(1).label())).append("</th><td class=n>")
                .append(m.confusion().falseNegative()).append("</td><td class=n>").append(m.confusion().truePositive())
                .append("</td></tr></table>");
        h.append("<table><tr><th>class</th><th>precision</th><th>recall</th><th>F1</th><th>cases</th></tr>");
        for (ClassMetrics c : m.perClass()) {
            h.append("<tr><td>").append(esc(c.label())).append("</td><td class=n>").append(f(c.precision()))
                    .append("</td><td class=n>").append(f(c.recall())).append("</td><td class=n>").append(f(c.f1()))
                    .append("</td><td class=n>").append(c.support()).append("</td></tr>");
        }
        h.append("</table>");

        if (folds != null && !folds.isEmpty()) {
            h.append("<h2>Per fold</h2><table><tr><th>fold</th><th>cases</th><th>positives</th><th>balanced accuracy</th>"
                    + "<th>ROC-AUC</th><th>PR-AUC</th><th>recall</th></tr>");
            for (int i = 0; i < folds.size(); i++) {
                Metrics fm = folds.get(i);
                h.append("<tr><td>").append(i + 1).append("</td><td class=n>").append(fm.n()).append("</td><td class=n>")
                        .append(fm.positives()).append("</td><td class=n>").append(f(fm.balancedAccuracy()))
                        .append("</td><td class=n>").append(f(fm.rocAuc())).append("</td><td class=n>").append(f(fm.prAuc()))
                        .append("</td><td class=n>").append(f(fm.positiveRecall())).append("</td></tr>");
            }
            h.append("</table>");
        }

        h.append("<h2>By treatment type</h2><table><tr><th>treatment type</th><th>cases</th><th>")
                .append(esc(m.perClass().get(1).label()))
                .append("</th><th>balanced accuracy</th><th>ROC-AUC</th><th>recall</th></tr>");
        for (Map.Entry<String, Metrics> t : e.byTreatmentType().entrySet()) {
            Metrics tm = t.getValue();
            h.append("<tr><td>").append(esc(t.getKey())).append("</td><td class=n>").append(tm.n())
                    .append("</td><td class=n>").append(tm.positives()).append("</td><td class=n>")
                    .append(f(tm.balancedAccuracy())).append("</td><td class=n>")
                    .append(tm.positives() == 0 || tm.positives() == tm.n() ? "n/a" : f(tm.rocAuc()))
                    .append("</td><td class=n>").append(tm.positives() == 0 ? "n/a" : f(tm.positiveRecall()))
                    .append("</td></tr>");
        }
        h.append("</table>");

        h.append("<h2>Calibration</h2><table><tr><th>predicted</th><th>cases</th><th>mean predicted</th><th>observed</th></tr>");
        for (CalibrationBin b : m.calibration()) {
            h.append("<tr><td>").append(f(b.from())).append("&ndash;").append(f(b.to())).append("</td><td class=n>")
                    .append(b.n()).append("</td><td class=n>").append(b.n() == 0 ? "" : f(b.meanPredicted()))
                    .append("</td><td class=n>").append(b.n() == 0 ? "" : f(b.observed())).append("</td></tr>");
        }
        h.append("</table>");

        h.append("<h2>The ").append(e.confidentErrors().size()).append(" most confident errors</h2>")
                .append("<table><tr><th>id</th><th>item</th><th>actual</th><th>predicted</th><th>P(")
                .append(esc(m.perClass().get(1).label())).append(")</th><th>reasons</th></tr>");
        for (Evaluation.ConfidentError err : e.confidentErrors()) {
            Prediction p = err.prediction();
            h.append("<tr><td>").append(esc(p.id())).append("</td><td>").append(esc(p.item())).append("</td><td>")
                    .append(esc(err.actual())).append("</td><td>").append(esc(p.predicted())).append("</td><td class=n>")
                    .append(f(p.probability())).append("</td><td>").append(reasons(p)).append("</td></tr>");
        }
        h.append("</table>");
        return tail(h);
    }

    /** The report of {@code imr predict}: each case's probability, reasons and features with their evidence. */
    public static String predictions(String title, String subtitle, List<Prediction> predictions, int total,
                                     String positive) {
        StringBuilder h = head(title, subtitle);
        if (predictions.size() < total) {
            h.append("<p class=muted>The first ").append(predictions.size()).append(" of ").append(total)
                    .append(" predictions; the CSV holds them all.</p>");
        }
        h.append("<table><tr><th>id</th><th>item</th><th>predicted</th><th>P(").append(esc(positive))
                .append(")</th><th>reasons</th><th>features and evidence</th></tr>");
        for (Prediction p : predictions) {
            boolean positiveClass = p.predicted().equals(positive);
            h.append("<tr><td>").append(esc(p.id())).append("</td><td>").append(esc(p.item())).append("</td><td class=")
                    .append(positiveClass ? "over" : "up").append('>').append(esc(p.predicted())).append("</td><td class=n>")
                    .append(f(p.probability())).append(" <span class=\"bar").append(positiveClass ? "" : " neg")
                    .append("\" style=\"width:").append(Math.round(p.probability() * 80)).append("px\"></span></td><td>")
                    .append(reasons(p)).append("</td><td>").append(features(p)).append("</td></tr>");
        }
        h.append("</table>");
        return tail(h);
    }

    private static String reasons(Prediction p) {
        StringBuilder s = new StringBuilder("<ol>");
        for (Reason r : p.reasons()) {
            s.append("<li><code>").append(esc(r.feature())).append("</code> ")
                    .append(String.format(Locale.ROOT, "%+.2f", r.contribution()));
            if (!r.evidence().isEmpty()) {
                s.append("<div class=ev>&ldquo;").append(esc(r.evidence())).append("&rdquo;</div>");
            }
            s.append("</li>");
        }
        return s.append("</ol>").toString();
    }

    private static String features(Prediction p) {
        StringBuilder s = new StringBuilder("<details><summary>")
                .append(esc(p.clinical().treatmentType().label())).append(", functional improvement ")
                .append(esc(p.clinical().functionalImprovement().label())).append("</summary><ul>");
        for (Evidence ev : p.clinical().evidence()) {
            s.append("<li><code>").append(esc(ev.feature())).append('=').append(esc(ev.value()))
                    .append("</code><div class=ev>").append(esc(ev.sentence())).append("</div></li>");
        }
        return s.append("</ul></details>").toString();
    }

    static List<double[]> roc(int[] y, double[] p) {
        Integer[] order = order(p);
        int pos = Arrays.stream(y).sum();
        int neg = y.length - pos;
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {0, 0});
        int tp = 0;
        int fp = 0;
        for (int k = 0; k < order.length; k++) {
            if (y[order[k]] == 1) {
                tp++;
            } else {
                fp++;
            }
            if (k + 1 == order.length || p[order[k + 1]] != p[order[k]]) {
                points.add(new double[] {neg == 0 ? 0 : fp / (double) neg, pos == 0 ? 0 : tp / (double) pos});
            }
        }
        return points;
    }

    static List<double[]> pr(int[] y, double[] p) {
        Integer[] order = order(p);
        int pos = Arrays.stream(y).sum();
        List<double[]> points = new ArrayList<>();
        int tp = 0;
        int seen = 0;
        for (int k = 0; k < order.length; k++) {
            tp += y[order[k]];
            seen++;
            if (k + 1 == order.length || p[order[k + 1]] != p[order[k]]) {
                points.add(new double[] {pos == 0 ? 0 : tp / (double) pos, tp / (double) seen});
            }
        }
        return points;
    }

    /** Descending by probability. */
    private static Integer[] order(double[] p) {
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < p.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> p[i]).reversed());
        return order;
    }

    private static String chart(String title, String xLabel, String yLabel, List<double[]> points, boolean diagonal) {
        int size = 260;
        int pad = 36;
        StringBuilder s = new StringBuilder("<div class=chart><svg width=\"")
                .append(size + pad + 10).append("\" height=\"").append(size + pad + 24).append("\" role=img aria-label=\"")
                .append(esc(title)).append("\"><text x=\"").append(pad).append("\" y=\"14\" font-size=\"13\" font-weight=\"600\">")
                .append(esc(title)).append("</text><g transform=\"translate(").append(pad).append(",20)\">")
                .append("<rect width=\"").append(size).append("\" height=\"").append(size)
                .append("\" fill=\"#fff\" stroke=\"#98a2b3\"/>");
        for (int t = 1; t < 5; t++) {
            double v = t * size / 5.0;
            s.append("<line x1=\"").append(f(v)).append("\" y1=\"0\" x2=\"").append(f(v)).append("\" y2=\"").append(size)
                    .append("\" stroke=\"#eef0f4\"/><line x1=\"0\" y1=\"").append(f(v)).append("\" x2=\"").append(size)
                    .append("\" y2=\"").append(f(v)).append("\" stroke=\"#eef0f4\"/>");
        }
        if (diagonal) {
            s.append("<line x1=\"0\" y1=\"").append(size).append("\" x2=\"").append(size)
                    .append("\" y2=\"0\" stroke=\"#98a2b3\" stroke-dasharray=\"4 4\"/>");
        }
        StringBuilder path = new StringBuilder();
        for (double[] pt : points) {
            path.append(path.isEmpty() ? "M" : " L").append(f(pt[0] * size)).append(',').append(f((1 - pt[1]) * size));
        }
        s.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#c2410c\" stroke-width=\"2\"/>");
        for (double[] pt : points.size() <= 12 ? points : List.<double[]>of()) {
            s.append("<circle cx=\"").append(f(pt[0] * size)).append("\" cy=\"").append(f((1 - pt[1]) * size))
                    .append("\" r=\"3\" fill=\"#c2410c\"/>");
        }
        s.append("<text x=\"").append(size / 2).append("\" y=\"").append(size + 28)
                .append("\" font-size=\"11\" text-anchor=\"middle\">").append(esc(xLabel)).append("</text>")
                .append("<text x=\"-").append(size / 2).append("\" y=\"-24\" font-size=\"11\" text-anchor=\"middle\" transform=\"rotate(-90)\">")
                .append(esc(yLabel)).append("</text>")
                .append("<text x=\"0\" y=\"").append(size + 13).append("\" font-size=\"10\">0</text>")
                .append("<text x=\"").append(size - 6).append("\" y=\"").append(size + 13).append("\" font-size=\"10\">1</text>")
                .append("<text x=\"-10\" y=\"8\" font-size=\"10\">1</text>")
                .append("</g></svg></div>");
        return s.toString();
    }

    private static void row(StringBuilder h, String name, double model, double baseline) {
        h.append("<tr><td>").append(name).append("</td><td class=n>").append(f(model)).append("</td><td class=n>")
                .append(f(baseline)).append("</td></tr>");
    }

    private static StringBuilder head(String title, String subtitle) {
        return new StringBuilder("<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>").append(esc(title))
                .append("</title><style>").append(STYLE).append("</style></head><body><h1>").append(esc(title))
                .append("</h1><p class=muted>").append(esc(subtitle)).append("</p>");
    }

    private static String tail(StringBuilder h) {
        return h.append("</body></html>\n").toString();
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static String esc(String s) {
        return Html.escape(s);
    }
}
