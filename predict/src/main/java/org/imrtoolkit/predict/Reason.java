package org.imrtoolkit.predict;

import java.util.Locale;

import org.imrtoolkit.features.Evidence;

/**
 * One input that pushed a prediction, with the text it came from.
 *
 * @param feature      the input's name ("functional_improvement=not_documented", "term:home exercise")
 * @param label        what the input says about the case, in words ({@link InputLabels})
 * @param contribution its contribution to the log-odds of the positive class
 * @param evidence     the sentence a clinical feature was read from; empty for lexical and categorical
 *                     inputs, and when an earlier reason of the same prediction already quotes it
 * @param source       where the sentence was read from, with the matched words' span; null when none
 */
public record Reason(String feature, String label, double contribution, String evidence, Evidence source) {

    /**
     * "the summary documents no functional improvement (lowers the chance of Overturned, -0.41):
     * "There is no documentation of ..."".
     */
    public String describe(String positive) {
        String head = String.format(Locale.ROOT, "%s (%s, %+.2f)", label, direction(positive), contribution);
        return evidence.isEmpty() ? head : head + ": \"" + evidence + "\"";
    }

    /** "raises the chance of Overturned" or "lowers the chance of Overturned". */
    public String direction(String positive) {
        return (contribution >= 0 ? "raises" : "lowers") + " the chance of " + positive;
    }
}
