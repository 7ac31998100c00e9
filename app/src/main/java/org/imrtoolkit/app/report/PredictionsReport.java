package org.imrtoolkit.app.report;

import java.util.List;

import org.imrtoolkit.predict.Prediction;

/** The report of {@code imr predict}: each case's probability, reasons and features with their evidence. */
public final class PredictionsReport {

    private PredictionsReport() {
    }

    /** The report of {@code imr predict}: each case's probability, reasons and features with their evidence. */
    public static String html(String title, String subtitle, List<Prediction> predictions, int total,
                                     String positive) {
        Page h = new Page(title, subtitle);
        if (predictions.size() < total) {
            h.append("<p class=muted>The first ").append(predictions.size()).append(" of ").append(total)
                    .append(" predictions; the CSV holds them all.</p>");
        }
        h.append("<table><tr><th>id</th><th>item</th><th>predicted</th><th>P(").append(Html.escape(positive))
                .append(")</th><th>reasons</th><th>features and evidence</th></tr>");
        for (Prediction p : predictions) {
            boolean positiveClass = p.predicted().equals(positive);
            h.append("<tr><td>").append(Html.escape(p.id())).append("</td><td>").append(Html.escape(p.item())).append("</td><td class=")
                    .append(positiveClass ? "over" : "up").append('>').append(Html.escape(p.predicted())).append("</td><td class=n>")
                    .append(Html.number(p.probability())).append(" <span class=\"bar").append(positiveClass ? "" : " neg")
                    .append("\" style=\"width:").append(Math.round(p.probability() * 80)).append("px\"></span></td><td>")
                    .append(PredictionCells.reasons(p)).append("</td><td>").append(PredictionCells.features(p)).append("</td></tr>");
        }
        h.append("</table>");
        return h.html();
    }

}
