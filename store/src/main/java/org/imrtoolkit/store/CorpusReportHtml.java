package org.imrtoolkit.store;

import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link CorpusReport} as one self-contained HTML page: inline CSS and SVG, no script,
 * nothing fetched. The look is that of the toolkit's other reports (the stylesheet below is
 * {@code predict.HtmlReport}'s); all the corpus report's rendering is in this class, so it can move
 * onto a shared report package as it is.
 */
public final class CorpusReportHtml {

    private static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px auto;max-width:1100px;color:#1d2430;padding:0 16px}
            h1{font-size:22px;margin-bottom:4px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #d8dde6;padding-bottom:4px}
            table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #d8dde6;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#f2f4f8}td.n{text-align:right;font-variant-numeric:tabular-nums}.muted{color:#667085}
            .chart{border:1px solid #d8dde6;padding:6px;display:inline-block;margin:6px 0}
            """;

    private static final int LABEL_WIDTH = 300;
    private static final int PLOT_WIDTH = 420;
    private static final int ROW_HEIGHT = 20;

    private CorpusReportHtml() {
    }

    public static String html(CorpusReport report) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>")
                .append(esc(report.title())).append("</title><style>").append(STYLE).append("</style></head><body><h1>")
                .append(esc(report.title())).append("</h1><p class=muted>").append(esc(report.subtitle())).append("</p>");
        for (CorpusReport.Section s : report.sections()) {
            h.append("<h2>").append(esc(s.title())).append("</h2>");
            if (!s.note().isEmpty()) {
                h.append("<p class=muted>").append(esc(s.note())).append("</p>");
            }
            if (s.rates().size() > 1) {
                h.append(intervals(s.title(), s.rates()));
            }
            if (!s.rows().isEmpty()) {
                table(h, s.headers(), s.rows());
            }
        }
        return h.append("</body></html>\n").toString();
    }

    private static void table(StringBuilder h, List<String> headers, List<List<String>> rows) {
        h.append("<table><tr>");
        headers.forEach(x -> h.append("<th>").append(esc(x)).append("</th>"));
        h.append("</tr>");
        for (List<String> row : rows) {
            h.append("<tr>");
            for (int k = 0; k < row.size(); k++) {
                String cell = row.get(k);
                h.append(k > 0 && numeric(cell) ? "<td class=n>" : "<td>").append(esc(cell)).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</table>");
    }

    private static boolean numeric(String cell) {
        return !cell.isEmpty() && cell.matches("[0-9.()% -]+");
    }

    /** Each group's rate as a dot on its 95% interval, on a 0-1 axis, labelled with its n. */
    private static String intervals(String title, List<CorpusReport.Rate> rates) {
        int height = rates.size() * ROW_HEIGHT + 30;
        StringBuilder s = new StringBuilder("<div class=chart><svg width=\"").append(LABEL_WIDTH + PLOT_WIDTH + 90)
                .append("\" height=\"").append(height).append("\" role=img aria-label=\"").append(esc(title)).append("\">");
        for (int t = 0; t <= 10; t += 2) {
            double x = LABEL_WIDTH + t / 10.0 * PLOT_WIDTH;
            s.append("<line x1=\"").append(f(x)).append("\" y1=\"0\" x2=\"").append(f(x)).append("\" y2=\"")
                    .append(height - 22).append("\" stroke=\"#eef0f4\"/><text x=\"").append(f(x - 6)).append("\" y=\"")
                    .append(height - 8).append("\" font-size=\"10\">").append(String.format(Locale.ROOT, "%.1f", t / 10.0))
                    .append("</text>");
        }
        int y = 0;
        for (CorpusReport.Rate r : rates) {
            Wilson w = r.interval();
            String label = r.label().length() > 34 ? r.label().substring(0, 33) + "…" : r.label();
            s.append("<text x=\"0\" y=\"").append(y + 14).append("\" font-size=\"12\">").append(esc(label))
                    .append(" (n=").append(w.n()).append(")</text>");
            if (w.n() > 0) {
                double lo = LABEL_WIDTH + w.low() * PLOT_WIDTH;
                double hi = LABEL_WIDTH + w.high() * PLOT_WIDTH;
                double at = LABEL_WIDTH + w.rate() * PLOT_WIDTH;
                s.append("<line x1=\"").append(f(lo)).append("\" y1=\"").append(y + 10).append("\" x2=\"").append(f(hi))
                        .append("\" y2=\"").append(y + 10).append("\" stroke=\"#98a2b3\" stroke-width=\"2\"/>")
                        .append("<circle cx=\"").append(f(at)).append("\" cy=\"").append(y + 10)
                        .append("\" r=\"4\" fill=\"#c2410c\"/><text x=\"").append(LABEL_WIDTH + PLOT_WIDTH + 8)
                        .append("\" y=\"").append(y + 14).append("\" font-size=\"11\">")
                        .append(w.k()).append('/').append(w.n()).append("</text>");
            }
            y += ROW_HEIGHT;
        }
        return s.append("</svg></div>").toString();
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
