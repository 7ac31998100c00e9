package org.imrtoolkit.app.report;

import java.util.List;

import org.imrtoolkit.predict.Prediction;
import org.imrtoolkit.predict.RunRank;

/** The report of {@code imr predict}: each case's probability, rank, reasons and features with their evidence. */
public final class PredictionsReport {

    private PredictionsReport() {
    }

    /**
     * @param summary the run in one line ("9 items from 5 letters: 6 flagged ...")
     * @param meaning what flagged means: the threshold and its cross-validated figures
     */
    public static String html(String title, String subtitle, String summary, String meaning,
                              List<Prediction> predictions, int total, RunRank rank, String positive) {
        Page h = new Page(title, subtitle);
        h.append("<p class=summary>").append(Html.escape(summary.contains(" (") ? summary.substring(0, summary.indexOf(" ("))
                : summary)).append("</p><p>").append(Html.escape(Character.toUpperCase(meaning.charAt(0)) + meaning.substring(1)))
                .append(". The rank and percentile place each case among this run's cases (rank 1: the most probable). ")
                .append("Each reason <span class=raise>&#9650; raises</span> or <span class=lower>&#9660; lowers</span> the chance of ")
                .append(Html.escape(positive)).append(" by the number shown (its share of the log-odds); the words it was read from are ")
                .append("<mark>marked</mark> in its sentence.</p>");
        if (predictions.size() < total) {
            h.append("<p class=muted>The first ").append(predictions.size()).append(" of ").append(total)
                    .append(" predictions; the output file holds them all.</p>");
        }
        h.append("<table><tr><th>id</th><th>item</th><th>predicted</th><th>P(").append(Html.escape(positive))
                .append(")</th><th>rank</th><th>reasons</th><th>features and evidence</th></tr>");
        for (Prediction p : predictions) {
            boolean positiveClass = p.predicted().equals(positive);
            RunRank.Place place = rank.place(p.probability());
            h.append("<tr><td>").append(Html.escape(p.id())).append("</td><td>").append(Html.escape(p.item())).append("</td><td class=")
                    .append(positiveClass ? "over" : "up").append('>').append(positiveClass ? "flagged: " : "")
                    .append(Html.escape(p.predicted())).append("</td><td class=n>")
                    .append(Html.number(p.probability())).append(" <span class=\"bar").append(positiveClass ? "" : " neg")
                    .append("\" style=\"width:").append(Math.round(p.probability() * 80)).append("px\"></span></td><td class=n>")
                    .append(place.rank()).append(" of ").append(rank.size()).append("<div class=muted>percentile ")
                    .append(place.percentile()).append("</div></td><td>")
                    .append(PredictionCells.reasons(p, positive)).append("</td><td>").append(PredictionCells.features(p)).append("</td></tr>");
        }
        h.append("</table>");
        return h.html();
    }
}
