package org.imrtoolkit.core.letter;

import java.util.Objects;

/**
 * The unit that feature extraction sees: one disputed item with the case it belongs to. It holds
 * no decision and no rationale on purpose, so nothing downstream of it can learn from the label.
 *
 * @param letterId  the letter's id
 * @param itemIndex the item's position in the letter, from 1
 * @param item      the item as requested ("12 sessions of physical therapy, cervical spine")
 * @param summary   the clinical case summary
 * @param reviewer  the reviewer's credentials
 * @param demographics age, sex and date of injury
 */
public record Case(String letterId, int itemIndex, String item, String summary, Reviewer reviewer,
                   Demographics demographics) {

    public Case {
        Objects.requireNonNull(letterId, "letterId");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(demographics, "demographics");
        if (itemIndex < 1) {
            throw new IllegalArgumentException("itemIndex counts from 1: " + itemIndex);
        }
    }

    /** The id used in every output row: {@code <letter_id>/<item_index>}. */
    public String id() {
        return letterId + "/" + itemIndex;
    }
}
