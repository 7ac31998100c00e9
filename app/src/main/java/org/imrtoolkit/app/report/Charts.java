package org.imrtoolkit.app.report;

import java.util.List;
import java.util.Locale;

import org.imrtoolkit.model.metrics.CurvePoint;

/** The SVG charts of the reports; what they draw is computed elsewhere ({@code model.metrics.Curves}). */
final class Charts {

    /** One bar of a bar chart: its label, its count, and its share of the whole (0 to 1). */
    record Bar(String label, long count, double share) {
    }

    /** One row of an interval chart: k of n, the rate, and its interval (all NaN when n is 0). */
    record Interval(String label, long k, long n, double rate, double low, double high) {
    }

    private Charts() {
    }

    /**
     * A line chart of a curve, with tick labels on both axes and a light grid; the dashed diagonal
     * where it means chance or perfect calibration; a dotted horizontal reference line (the base
     * rate on a precision-recall chart); the points marked when there are few. Both axes run from 0
     * to {@code max} (below 1 when the figures stay low, as calibrated probabilities of a rare class
     * do). When the curve is undefined, the frame says why and no line is drawn: a flat line would
     * be read as a result.
     *
     * @param reference the y of the reference line, or NaN for none
     * @param undefined why there is no curve, or null when there is one
     */
    static String line(String title, String xLabel, String yLabel, List<CurvePoint> points, boolean diagonal,
                       double max, double reference, String undefined) {
        return line(title, xLabel, yLabel, points, diagonal, max, reference, undefined, List.of());
    }

    /**
     * As {@link #line(String, String, String, List, boolean, double, double, String)}, each point
     * labelled (a calibration bin with its "n=12").
     *
     * @param labels one label per point, or empty for none
     */
    static String line(String title, String xLabel, String yLabel, List<CurvePoint> points, boolean diagonal,
                       double max, double reference, String undefined, List<String> labels) {
        int size = 260;
        int pad = 40;
        StringBuilder s = new StringBuilder("<div class=chart><svg width=\"")
                .append(size + pad + 14).append("\" height=\"").append(size + pad + 24).append("\" role=img aria-label=\"")
                .append(Html.escape(title)).append("\"><text x=\"").append(pad).append("\" y=\"14\" font-size=\"13\" font-weight=\"600\">")
                .append(Html.escape(title)).append("</text><g transform=\"translate(").append(pad).append(",20)\">")
                .append("<rect width=\"").append(size).append("\" height=\"").append(size)
                .append("\" fill=\"#fff\" stroke=\"#98a2b3\"/>");
        for (int t = 0; t <= 5; t++) {
            double v = t * size / 5.0;
            String tick = String.format(Locale.ROOT, max < 0.5 ? "%.2f" : "%.1f", max * t / 5.0);
            if (t > 0 && t < 5) {
                s.append("<line x1=\"").append(Html.number(v)).append("\" y1=\"0\" x2=\"").append(Html.number(v)).append("\" y2=\"").append(size)
                        .append("\" stroke=\"#eef0f4\"/><line x1=\"0\" y1=\"").append(Html.number(v)).append("\" x2=\"").append(size)
                        .append("\" y2=\"").append(Html.number(v)).append("\" stroke=\"#eef0f4\"/>");
            }
            s.append("<text x=\"").append(Html.number(v)).append("\" y=\"").append(size + 13)
                    .append("\" font-size=\"10\" text-anchor=\"middle\">").append(tick).append("</text>")
                    .append("<text x=\"-4\" y=\"").append(Html.number(size - v + 3))
                    .append("\" font-size=\"10\" text-anchor=\"end\">").append(tick).append("</text>");
        }
        if (undefined != null) {
            s.append("<text x=\"").append(size / 2).append("\" y=\"").append(size / 2)
                    .append("\" font-size=\"12\" text-anchor=\"middle\" fill=\"#667085\">").append(Html.escape(undefined))
                    .append("</text>");
        } else {
            if (diagonal) {
                s.append("<line x1=\"0\" y1=\"").append(size).append("\" x2=\"").append(size)
                        .append("\" y2=\"0\" stroke=\"#98a2b3\" stroke-dasharray=\"4 4\"/>");
            }
            if (!Double.isNaN(reference)) {
                double y = (1 - reference / max) * size;
                s.append("<line x1=\"0\" y1=\"").append(Html.number(y)).append("\" x2=\"").append(size).append("\" y2=\"")
                        .append(Html.number(y)).append("\" stroke=\"#2563eb\" stroke-dasharray=\"2 3\"/>")
                        .append("<text x=\"4\" y=\"").append(Html.number(y - 4))
                        .append("\" font-size=\"10\" fill=\"#2563eb\">base rate ")
                        .append(Html.number(reference)).append("</text>");
            }
            StringBuilder path = new StringBuilder();
            for (CurvePoint pt : points) {
                path.append(path.isEmpty() ? "M" : " L").append(Html.number(pt.x() / max * size)).append(',')
                        .append(Html.number((1 - pt.y() / max) * size));
            }
            s.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#c2410c\" stroke-width=\"2\"/>");
            for (int k = 0; k < (points.size() <= 12 ? points.size() : 0); k++) {
                CurvePoint pt = points.get(k);
                s.append("<circle cx=\"").append(Html.number(pt.x() / max * size)).append("\" cy=\"")
                        .append(Html.number((1 - pt.y() / max) * size)).append("\" r=\"3\" fill=\"#c2410c\"/>");
                if (k < labels.size()) {
                    // right of the point, or left of it near the right edge
                    double x = pt.x() / max * size;
                    boolean left = x > size - 50;
                    s.append("<text x=\"").append(Html.number(left ? x - 6 : x + 6)).append("\" y=\"")
                            .append(Html.number(Math.max(10, (1 - pt.y() / max) * size - 5)))
                            .append("\" font-size=\"10\" fill=\"#475467\"").append(left ? " text-anchor=\"end\"" : "")
                            .append('>').append(Html.escape(labels.get(k))).append("</text>");
                }
            }
        }
        s.append("<text x=\"").append(size / 2).append("\" y=\"").append(size + 28)
                .append("\" font-size=\"11\" text-anchor=\"middle\">").append(Html.escape(xLabel)).append("</text>")
                .append("<text x=\"-").append(size / 2).append("\" y=\"-30\" font-size=\"11\" text-anchor=\"middle\" transform=\"rotate(-90)\">")
                .append(Html.escape(yLabel)).append("</text>")
                .append("</g></svg></div>");
        return s.toString();
    }

    /** Horizontal bars, one per row, each labelled with its count and share. */
    static String bars(List<Bar> bars) {
        int width = 360;
        int rowHeight = 20;
        StringBuilder s = new StringBuilder("<svg width=\"").append(width + 260).append("\" height=\"")
                .append(bars.size() * rowHeight + 4).append("\" role=img>");
        int y = 0;
        for (Bar bar : bars) {
            s.append("<text x=\"0\" y=\"").append(y + 14).append("\" font-size=\"12\">").append(Html.escape(bar.label()))
                    .append("</text><rect x=\"200\" y=\"").append(y + 3).append("\" width=\"")
                    .append(String.format(Locale.ROOT, "%.1f", bar.share() * width)).append("\" height=\"14\" fill=\"#c2410c\"/>")
                    .append("<text x=\"").append(String.format(Locale.ROOT, "%.1f", 206 + bar.share() * width)).append("\" y=\"")
                    .append(y + 14).append("\" font-size=\"11\">").append(bar.count())
                    .append(String.format(Locale.ROOT, " (%.0f%%)", bar.share() * 100)).append("</text>");
            y += rowHeight;
        }
        return s.append("</svg>").toString();
    }

    /** Each row's rate as a dot on its interval, on a 0-1 axis, labelled with its n and k/n. */
    static String intervals(String title, List<Interval> rows) {
        // Labels are never cut ("ur_reason_x = true" and "= false" must stay apart): the plot moves right
        // of the longest, at about 7 px a character of 12 px text, plus its "(n=...)".
        int longest = rows.stream().mapToInt(r -> r.label().length() + (" (n=" + r.n() + ")").length()).max().orElse(0);
        int labelWidth = Math.max(300, longest * 7 + 12);
        int plotWidth = 420;
        int rowHeight = 20;
        int height = rows.size() * rowHeight + 30;
        StringBuilder s = new StringBuilder("<div class=chart><svg width=\"").append(labelWidth + plotWidth + 90)
                .append("\" height=\"").append(height).append("\" role=img aria-label=\"").append(Html.escape(title)).append("\">");
        for (int t = 0; t <= 10; t += 2) {
            double x = labelWidth + t / 10.0 * plotWidth;
            s.append("<line x1=\"").append(Html.number(x)).append("\" y1=\"0\" x2=\"").append(Html.number(x)).append("\" y2=\"")
                    .append(height - 22).append("\" stroke=\"#eef0f4\"/><text x=\"").append(Html.number(x - 6)).append("\" y=\"")
                    .append(height - 8).append("\" font-size=\"10\">").append(String.format(Locale.ROOT, "%.1f", t / 10.0))
                    .append("</text>");
        }
        int y = 0;
        for (Interval r : rows) {
            String label = r.label();
            s.append("<text x=\"0\" y=\"").append(y + 14).append("\" font-size=\"12\">").append(Html.escape(label))
                    .append(" (n=").append(r.n()).append(")</text>");
            if (r.n() > 0) {
                s.append("<line x1=\"").append(Html.number(labelWidth + r.low() * plotWidth)).append("\" y1=\"").append(y + 10)
                        .append("\" x2=\"").append(Html.number(labelWidth + r.high() * plotWidth)).append("\" y2=\"").append(y + 10)
                        .append("\" stroke=\"#98a2b3\" stroke-width=\"2\"/><circle cx=\"")
                        .append(Html.number(labelWidth + r.rate() * plotWidth)).append("\" cy=\"").append(y + 10)
                        .append("\" r=\"4\" fill=\"#c2410c\"/><text x=\"").append(labelWidth + plotWidth + 8)
                        .append("\" y=\"").append(y + 14).append("\" font-size=\"11\">")
                        .append(r.k()).append('/').append(r.n()).append("</text>");
            }
            y += rowHeight;
        }
        return s.append("</svg></div>").toString();
    }
}
