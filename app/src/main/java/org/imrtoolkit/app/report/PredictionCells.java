package org.imrtoolkit.app.report;

import java.util.Locale;

import org.imrtoolkit.features.Evidence;
import org.imrtoolkit.predict.Prediction;
import org.imrtoolkit.predict.Reason;

/** The cells both the evaluation and the predictions report show of a prediction. */
final class PredictionCells {

    private PredictionCells() {
    }

    /** The inputs that pushed the prediction, each with its contribution and evidence. */
    static String reasons(Prediction p) {
        StringBuilder s = new StringBuilder("<ol>");
        for (Reason r : p.reasons()) {
            s.append("<li><code>").append(Html.escape(r.feature())).append("</code> ")
                    .append(String.format(Locale.ROOT, "%+.2f", r.contribution()));
            if (!r.evidence().isEmpty()) {
                s.append("<div class=ev>&ldquo;").append(Html.escape(r.evidence())).append("&rdquo;</div>");
            }
            s.append("</li>");
        }
        return s.append("</ol>").toString();
    }

    /** The case's clinical features with the sentences they were read from, folded. */
    static String features(Prediction p) {
        StringBuilder s = new StringBuilder("<details><summary>")
                .append(Html.escape(p.clinical().treatmentType().label())).append(", functional improvement ")
                .append(Html.escape(p.clinical().functionalImprovement().label())).append("</summary><ul>");
        for (Evidence ev : p.clinical().evidence()) {
            s.append("<li><code>").append(Html.escape(ev.feature())).append('=').append(Html.escape(ev.value()))
                    .append("</code><div class=ev>").append(Html.escape(ev.sentence())).append("</div></li>");
        }
        return s.append("</ul></details>").toString();
    }

}
