package org.imrtoolkit.predict;

/**
 * One input that pushed a prediction, with the text it came from.
 *
 * @param feature      the input's name ("functional_improvement=not_documented", "term:home exercise")
 * @param contribution its contribution to the log-odds of the positive class
 * @param evidence     the sentence a clinical feature was read from; empty for lexical and categorical inputs
 */
public record Reason(String feature, double contribution, String evidence) {

    /** "functional_improvement=not_documented (-0.41): "There is no documentation of ..."" */
    public String describe() {
        String head = String.format(java.util.Locale.ROOT, "%s (%+.2f)", feature, contribution);
        return evidence.isEmpty() ? head : head + ": \"" + evidence + "\"";
    }
}
