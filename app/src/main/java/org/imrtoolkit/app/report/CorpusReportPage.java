package org.imrtoolkit.app.report;

import java.util.List;

import org.imrtoolkit.store.CorpusReport;
import org.imrtoolkit.store.Wilson;

/**
 * The page of {@code imr report}: a store's {@link CorpusReport}, section by section, each with its
 * note, its rates as dots on their 95% Wilson intervals, and its table.
 */
public final class CorpusReportPage {

    private CorpusReportPage() {
    }

    public static String html(CorpusReport report) {
        Page page = new Page(report.title(), report.subtitle());
        report.warnings().forEach(page::warning);
        for (CorpusReport.Section s : report.sections()) {
            page.heading(s.title());
            if (!s.note().isEmpty()) {
                page.append("<p class=muted>").append(Html.escape(s.note())).append("</p>");
            }
            if (s.rates().size() > 1) {
                page.append(Charts.intervals(s.title(), s.rates().stream().map(CorpusReportPage::interval).toList()));
            }
            if (!s.rows().isEmpty()) {
                table(page, s.headers(), s.rows());
            }
        }
        return page.html();
    }

    private static Charts.Interval interval(CorpusReport.Rate r) {
        Wilson w = r.interval();
        return new Charts.Interval(r.label(), w.k(), w.n(), w.rate(), w.low(), w.high());
    }

    private static void table(Page page, List<String> headers, List<List<String>> rows) {
        page.append("<table><tr>");
        headers.forEach(x -> page.append("<th>").append(Html.escape(x)).append("</th>"));
        page.append("</tr>");
        for (List<String> row : rows) {
            page.append("<tr>");
            for (int k = 0; k < row.size(); k++) {
                String cell = row.get(k);
                page.append(k > 0 && numeric(cell) ? "<td class=n>" : "<td>").append(Html.escape(cell)).append("</td>");
            }
            page.append("</tr>");
        }
        page.append("</table>");
    }

    /** Counts, rates, intervals and "k (p%)" cells align right. */
    private static boolean numeric(String cell) {
        return !cell.isEmpty() && cell.matches("[0-9.()% -]+");
    }
}
