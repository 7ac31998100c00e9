package org.imrtoolkit.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.imrtoolkit.reasons.ItemReasons;
import org.imrtoolkit.features.clinical.DenialReason;

/** The report of {@code imr reasons}: how often each reason is given, by treatment type and decision. */
public final class ReasonsReport {

    private ReasonsReport() {
    }

    public static String html(String title, List<ItemReasons> items) {
        // The reasons are reasons to uphold a denial: their shares are of the Upheld items, where they can occur.
        List<ItemReasons> upheld = items.stream().filter(r -> r.decision().equalsIgnoreCase("Upheld")).toList();
        long none = upheld.stream().filter(r -> java.util.Arrays.stream(DenialReason.values()).noneMatch(r::has)).count();
        Page h = new Page(title, items.size() + " disputed items, " + upheld.size()
                + " of them Upheld. The reasons are those a rationale gives for upholding a denial; "
                + "percentages are of the Upheld items.");
        Map<String, List<ItemReasons>> groups = new TreeMap<>();
        for (ItemReasons r : items) {
            groups.computeIfAbsent(r.treatmentType().label() + " / " + r.decision(), k -> new ArrayList<>()).add(r);
        }
        h.heading("All Upheld items (" + upheld.size() + ")");
        h.append("<p>").append(none).append(" of the ").append(upheld.size()).append(" Upheld items (")
                .append(upheld.isEmpty() ? "n/a" : Math.round(100.0 * none / upheld.size()) + "%")
                .append(") have no reason found: the rules did not recognise how their rationale argues.</p>");
        h.append(Charts.bars(bars(upheld)));
        h.heading("By treatment type and decision")
                .append("<table><tr><th>treatment type / decision</th><th>items</th>");
        for (DenialReason reason : DenialReason.values()) {
            h.append("<th>").append(name(reason)).append("</th>");
        }
        h.append("</tr>");
        groups.forEach((group, rows) -> {
            h.append("<tr><td>").append(Html.escape(group)).append("</td><td class=n>").append(rows.size()).append("</td>");
            for (DenialReason reason : DenialReason.values()) {
                long n = rows.stream().filter(r -> r.has(reason)).count();
                h.append("<td class=n>").append(n == 0 ? "" : n).append("</td>");
            }
            h.append("</tr>");
        });
        h.append("</table>");
        // A group in which no reason was found (Overturned items, mostly) would be a section of empty bars.
        groups.forEach((group, rows) -> {
            if (rows.stream().anyMatch(r -> java.util.Arrays.stream(DenialReason.values()).anyMatch(r::has))) {
                h.heading(group + " (" + rows.size() + ")").append(Charts.bars(bars(rows)));
            }
        });
        return h.html();
    }

    private static List<Charts.Bar> bars(List<ItemReasons> rows) {
        List<Charts.Bar> bars = new ArrayList<>();
        for (DenialReason reason : DenialReason.values()) {
            long n = rows.stream().filter(r -> r.has(reason)).count();
            bars.add(new Charts.Bar(name(reason), n, rows.isEmpty() ? 0 : n / (double) rows.size()));
        }
        return bars;
    }

    private static String name(DenialReason reason) {
        return reason.label().replace('_', ' ');
    }
}
