package org.imrtoolkit.reasons;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.imrtoolkit.features.io.Html;

/**
 * A self-contained HTML report of how often each reason is given, by treatment type and decision,
 * as inline SVG bars.
 */
public final class ReasonsReport {

    private ReasonsReport() {
    }

    public static String html(String title, List<ItemReasons> items) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>")
                .append(esc(title)).append("</title><style>")
                .append("body{font:14px/1.45 system-ui,sans-serif;margin:24px auto;max-width:1100px;color:#1d2430;padding:0 16px}")
                .append("h2{font-size:17px;margin-top:26px;border-bottom:1px solid #d8dde6}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #d8dde6;padding:3px 8px;text-align:left}th{background:#f2f4f8}")
                .append("td.n{text-align:right}.muted{color:#667085}</style></head><body><h1>").append(esc(title))
                .append("</h1><p class=muted>").append(items.size())
                .append(" disputed items. The reasons are those a rationale gives for upholding a denial.</p>");
        Map<String, List<ItemReasons>> groups = new TreeMap<>();
        for (ItemReasons r : items) {
            groups.computeIfAbsent(r.treatmentType().label() + " / " + r.decision(), k -> new java.util.ArrayList<>()).add(r);
        }
        h.append("<h2>All items</h2>").append(bars(items));
        h.append("<h2>By treatment type and decision</h2><table><tr><th>treatment type / decision</th><th>items</th>");
        for (Reason reason : Reason.values()) {
            h.append("<th>").append(reason.label().replace('_', ' ')).append("</th>");
        }
        h.append("</tr>");
        groups.forEach((group, rows) -> {
            h.append("<tr><td>").append(esc(group)).append("</td><td class=n>").append(rows.size()).append("</td>");
            for (Reason reason : Reason.values()) {
                long n = rows.stream().filter(r -> r.has(reason)).count();
                h.append("<td class=n>").append(n == 0 ? "" : n).append("</td>");
            }
            h.append("</tr>");
        });
        h.append("</table>");
        groups.forEach((group, rows) -> h.append("<h2>").append(esc(group)).append(" (").append(rows.size())
                .append(")</h2>").append(bars(rows)));
        return h.append("</body></html>\n").toString();
    }

    private static String bars(List<ItemReasons> rows) {
        int width = 360;
        int rowHeight = 20;
        StringBuilder s = new StringBuilder("<svg width=\"").append(width + 260).append("\" height=\"")
                .append(Reason.values().length * rowHeight + 4).append("\" role=img>");
        int y = 0;
        for (Reason reason : Reason.values()) {
            long n = rows.stream().filter(r -> r.has(reason)).count();
            double share = rows.isEmpty() ? 0 : n / (double) rows.size();
            s.append("<text x=\"0\" y=\"").append(y + 14).append("\" font-size=\"12\">").append(reason.label().replace('_', ' '))
                    .append("</text><rect x=\"200\" y=\"").append(y + 3).append("\" width=\"")
                    .append(String.format(Locale.ROOT, "%.1f", share * width)).append("\" height=\"14\" fill=\"#c2410c\"/>")
                    .append("<text x=\"").append(String.format(Locale.ROOT, "%.1f", 206 + share * width)).append("\" y=\"")
                    .append(y + 14).append("\" font-size=\"11\">").append(n).append(String.format(Locale.ROOT, " (%.0f%%)", share * 100))
                    .append("</text>");
            y += rowHeight;
        }
        return s.append("</svg>").toString();
    }

    private static String esc(String s) {
        return Html.escape(s);
    }
}
