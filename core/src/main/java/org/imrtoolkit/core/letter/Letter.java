package org.imrtoolkit.core.letter;

import java.util.List;
import java.util.Objects;

/**
 * One parsed IMR final determination letter.
 *
 * @param id           the letter's id: its file name without extension
 * @param header       the header table; {@link LetterHeader#NONE} when the letter has none
 * @param reviewer     the expert reviewer's credentials
 * @param summary      the clinical case summary as clean text (lines joined, whitespace normalised)
 * @param demographics age, sex and date of injury read from the summary (and the header)
 * @param items        the disputed items, in the order the letter lists them; never empty
 */
public record Letter(String id, LetterHeader header, Reviewer reviewer, String summary,
                     Demographics demographics, List<DisputedItem> items) {

    public Letter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(demographics, "demographics");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a letter has at least one disputed item");
        }
    }

    /** What a model may see of each item, paired with the decision that labels it. */
    public List<LabeledCase> labeledCases() {
        return items.stream()
                .map(item -> new LabeledCase(
                        new Case(id + "/" + item.index(), item.text(), summary, reviewer, demographics,
                                java.util.Map.of()),
                        item.decision()))
                .toList();
    }

    /** What a model may see of each item; no decision, no rationale. */
    public List<Case> cases() {
        return labeledCases().stream().map(LabeledCase::input).toList();
    }
}
