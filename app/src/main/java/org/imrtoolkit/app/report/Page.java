package org.imrtoolkit.app.report;

/**
 * The one layout of every HTML report: a self-contained page (inline CSS and SVG, no scripts,
 * nothing fetched), so that a report opens anywhere, offline, and can be mailed as one file.
 */
final class Page {

    private static final String STYLE = """
            body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px auto;max-width:1100px;color:#1d2430;padding:0 16px}
            h1{font-size:22px;margin-bottom:4px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #d8dde6;padding-bottom:4px}
            table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #d8dde6;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#f2f4f8}td.n{text-align:right;font-variant-numeric:tabular-nums}.muted{color:#667085}
            .charts{display:flex;gap:18px;flex-wrap:wrap}.chart{border:1px solid #d8dde6;padding:6px}
            .bar{display:inline-block;height:10px;background:#c2410c;vertical-align:middle}.bar.neg{background:#2563eb}
            .over{color:#c2410c;font-weight:600}.up{color:#2563eb;font-weight:600}details{margin:2px 0}
            .ev{color:#475467;font-size:12px}code{font-size:12px}mark{background:#fde68a;color:inherit;padding:0 1px}
            .summary{font-size:15px;font-weight:600;margin:8px 0}.warn{border:1px solid #d97706;background:#fffbeb;color:#78350f;padding:8px 12px;margin:8px 0;border-radius:4px}
            .raise{color:#c2410c}.lower{color:#2563eb}.na{color:#667085;font-style:italic}
            table.wide{width:100%;table-layout:fixed}table.wide td{overflow-wrap:anywhere}table.wide ol,table.wide ul{padding-left:18px;margin:2px 0}
            .card dt{font-weight:600;margin-top:8px}.card td.n{white-space:nowrap}.card dd{margin:2px 0 0 16px}.yes{color:#047857}.no{color:#b42318}
            """;

    private final StringBuilder html;

    /** A page with its title as heading, and a muted line under it. */
    Page(String title, String subtitle) {
        html = new StringBuilder("<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>").append(Html.escape(title))
                .append("</title><style>").append(STYLE).append("</style></head><body><h1>").append(Html.escape(title))
                .append("</h1><p class=muted>").append(Html.escape(subtitle)).append("</p>");
    }

    /** Appends markup as it is: callers escape text with {@link Html#escape}. */
    Page append(Object markup) {
        html.append(markup);
        return this;
    }

    /** A visible warning box, escaped. */
    Page warning(String text) {
        html.append("<div class=warn role=alert>&#9888; ").append(Html.escape(text)).append("</div>");
        return this;
    }

    /** A section heading, escaped. */
    Page heading(String text) {
        html.append("<h2>").append(Html.escape(text)).append("</h2>");
        return this;
    }

    String html() {
        return html + "</body></html>\n";
    }
}
