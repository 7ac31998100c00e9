package org.imrtoolkit.core.letter;

import java.util.Objects;

/**
 * A case and its decision, travelling side by side: training reads both, feature extraction is
 * only ever handed {@link #input()}.
 *
 * @param input    what a model may see
 * @param decision the reviewer's decision for the item ("Upheld", "Overturned", or the letter's own word)
 */
public record LabeledCase(Case input, String decision) {

    public LabeledCase {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(decision, "decision");
    }
}
