package org.imrtoolkit.app.report;

import java.util.Locale;

import org.imrtoolkit.features.Evidence;
import org.imrtoolkit.predict.InputLabels;
import org.imrtoolkit.predict.Prediction;
import org.imrtoolkit.predict.Reason;

/** The cells both the evaluation and the predictions report show of a prediction. */
final class PredictionCells {

    private PredictionCells() {
    }

    /**
     * The inputs that pushed the prediction, each in words, as raising or lowering the chance of the
     * positive class, with its sentence and the matched words marked.
     */
    static String reasons(Prediction p, String positive) {
        StringBuilder s = new StringBuilder("<ol>");
        for (Reason r : p.reasons()) {
            boolean raises = r.contribution() >= 0;
            s.append("<li>").append(Html.escape(r.label())).append(" <span class=").append(raises ? "raise" : "lower").append(" title=\"").append(Html.escape(r.direction(positive))).append("\">")
                    .append(raises ? "&#9650; raises" : "&#9660; lowers")
                    .append(String.format(Locale.ROOT, " %+.2f", r.contribution())).append("</span>");
            if (!r.evidence().isEmpty()) {
                s.append("<div class=ev>&ldquo;").append(sentence(r.source())).append("&rdquo;</div>");
            }
            s.append(" <code class=muted>").append(Html.escape(r.feature())).append("</code></li>");
        }
        return s.append("</ol>").toString();
    }

    /** Every named feature of the case in words, with the sentence each was read from where there is one. */
    static String features(Prediction p) {
        StringBuilder s = new StringBuilder("<details><summary>")
                .append(Html.escape(InputLabels.label("treatment_type=" + p.clinical().treatmentType().label(), p.clinical())))
                .append("; ").append(Html.escape(InputLabels.label("functional_improvement="
                        + p.clinical().functionalImprovement().label(), p.clinical())))
                .append("</summary><ul>");
        for (InputLabels.Fact f : InputLabels.facts(p.clinical())) {
            s.append("<li>").append(Html.escape(f.label())).append(" <code class=muted>").append(Html.escape(f.feature()))
                    .append(f.value().isEmpty() ? "" : "=" + Html.escape(f.value())).append("</code>");
            if (f.evidence() != null) {
                s.append("<div class=ev>&ldquo;").append(sentence(f.evidence())).append("&rdquo;</div>");
            }
            s.append("</li>");
        }
        return s.append("</ul></details>").toString();
    }

    /** The sentence, escaped, with the words the feature was read from marked. */
    static String sentence(Evidence e) {
        int[] span = e.spanInSentence();
        String t = e.sentence();
        if (span == null) {
            return Html.escape(t);
        }
        return Html.escape(t.substring(0, span[0])) + "<mark>" + Html.escape(t.substring(span[0], span[1])) + "</mark>"
                + Html.escape(t.substring(span[1]));
    }
}
