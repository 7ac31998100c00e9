package org.imrtoolkit.app.report;

import java.util.List;

import org.imrtoolkit.model.metrics.CalibrationBin;
import org.imrtoolkit.model.metrics.CalibrationBins;
import org.imrtoolkit.model.metrics.Proportion;
import org.imrtoolkit.predict.ModelCard;
import org.imrtoolkit.predict.Prediction;
import org.imrtoolkit.predict.RunRank;

/** The report of {@code imr predict}: each case's probability, rank, reasons and features with their evidence. */
public final class PredictionsReport {

    private PredictionsReport() {
    }

    /**
     * @param summary the run in one line ("9 items from 5 letters: 6 flagged ...")
     * @param meaning what flagged means: the threshold and its cross-validated figures
     * @param calibration the model's cross-validated calibration bins, for each probability's observed rate;
     *                    empty when the model has none
     * @param card    the model's card, shown at the end, or null
     */
    public static String html(String title, String subtitle, String summary, String meaning,
                              List<Prediction> predictions, int total, RunRank rank, String positive,
                              List<CalibrationBin> calibration, ModelCard card) {
        Page h = new Page(title, subtitle);
        if (card != null) {
            ModelCard.chanceWarning(card.figures()).ifPresent(w -> h.warning(Character.toUpperCase(w.charAt(0))
                    + w.substring(1) + "; the model card is at the end."));
        }
        List<CalibrationBin> bins = CalibrationBins.merged(calibration, CalibrationBins.MIN_CASES);
        h.append("<p class=summary>").append(Html.escape(summary.contains(" (") ? summary.substring(0, summary.indexOf(" ("))
                : summary)).append("</p><p>").append(Html.escape(Character.toUpperCase(meaning.charAt(0)) + meaning.substring(1)))
                .append(". The rank and percentile place each case among this run's cases (rank 1: the most probable). ")
                .append("Each reason <span class=raise>&#9650; raises</span> or <span class=lower>&#9660; lowers</span> the chance of ")
                .append(Html.escape(positive)).append(" by the number shown (its share of the log-odds); the words it was read from are ")
                .append("<mark>marked</mark> in its sentence.</p>");
        // A logistic model's own interval of one probability (the delta method) needs the coefficients'
        // covariance, which the model file does not keep; what can be said is how often such
        // probabilities came true in cross-validation.
        h.append("<p class=muted>No per-prediction interval is available: the model file keeps no covariance of its "
                + "coefficients. ").append(bins.isEmpty() ? "Nor does it hold cross-validated calibration bins."
                : "Under each probability: among the cross-validated cases the model gave a probability in the same bin, "
                + "the share that were " + Html.escape(positive) + " (k of n), with its 95% Wilson interval.")
                .append(card == null ? "" : " The model card (its use, figures against chance and limits) is at the end.")
                .append("</p>");
        if (predictions.size() < total) {
            h.append("<p class=muted>The first ").append(predictions.size()).append(" of ").append(total)
                    .append(" predictions; the output file holds them all.</p>");
        }
        h.append("<table class=wide><colgroup><col style=\"width:10%\"><col style=\"width:14%\"><col style=\"width:9%\">"
                + "<col style=\"width:13%\"><col style=\"width:8%\"><col style=\"width:25%\"><col style=\"width:21%\">"
                + "</colgroup><tr><th>id</th><th>item</th><th>predicted</th><th>P(").append(Html.escape(positive))
                .append(")</th><th>rank</th><th>reasons</th><th>features and evidence</th></tr>");
        for (Prediction p : predictions) {
            boolean positiveClass = p.predicted().equals(positive);
            RunRank.Place place = rank.place(p.probability());
            h.append("<tr><td>").append(Html.escape(p.id())).append("</td><td>").append(Html.escape(p.item())).append("</td><td class=")
                    .append(positiveClass ? "over" : "up").append('>').append(positiveClass ? "flagged: " : "")
                    .append(Html.escape(p.predicted())).append("</td><td class=n>")
                    .append(Html.number(p.probability())).append(" <span class=\"bar").append(positiveClass ? "" : " neg")
                    .append("\" style=\"width:").append(Math.round(p.probability() * 80)).append("px\"></span>")
                    .append(observed(bins, p.probability())).append("</td><td class=n>")
                    .append(place.rank()).append(" of ").append(rank.size()).append("<div class=muted>percentile ")
                    .append(place.percentile()).append("</div></td><td>")
                    .append(PredictionCells.reasons(p, positive)).append("</td><td>").append(PredictionCells.features(p)).append("</td></tr>");
        }
        h.append("</table>");
        if (card != null) {
            CardSection.append(h, card);
        }
        return h.html();
    }

    /** "in CV 5 of 41 (0.122 [0.053, 0.256]) at 0.10-0.20", under a probability; empty without bins. */
    private static String observed(List<CalibrationBin> bins, double p) {
        CalibrationBin b = CalibrationBins.of(bins, p);
        if (b == null) {
            return "";
        }
        Proportion o = CalibrationBins.observed(b);
        return "<div class=muted title=\"cross-validated cases with a probability in this bin: how many were positive, "
                + "with the 95% Wilson interval\">CV bin " + Html.number(b.from()) + "&ndash;" + Html.number(b.to()) + ": "
                + o.k() + " of " + o.n() + ", " + Html.number(o.rate()) + " [" + Html.number(o.low()) + ", "
                + Html.number(o.high()) + "]</div>";
    }
}
