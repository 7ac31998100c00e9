package org.imrtoolkit.core.letter;

import java.util.Map;
import java.util.Objects;

/**
 * The unit that feature extraction sees: one disputed item with the case it belongs to, from a
 * letter or from a CSV row. It holds no decision and no rationale on purpose, so nothing
 * downstream of it can learn from the label.
 *
 * @param id           the id in every output row: {@code <letter_id>/<item_index>} for a letter's
 *                     item, the id column's value for a CSV row
 * @param item         the item as requested ("12 sessions of physical therapy, cervical spine");
 *                     empty when a CSV row has none
 * @param summary      the clinical case summary
 * @param reviewer     the reviewer's credentials ({@link Reviewer#UNKNOWN} for CSV rows)
 * @param demographics age, sex and date of injury
 * @param categories   categorical columns of a CSV row by column name; empty for letters
 */
public record Case(String id, String item, String summary, Reviewer reviewer, Demographics demographics,
                   Map<String, String> categories) {

    public Case {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(demographics, "demographics");
        categories = Map.copyOf(categories);
    }

    /** A case read from text alone (a CSV row): demographics are read from the summary. */
    public static Case fromText(String id, String item, String summary, Map<String, String> categories) {
        return new Case(id, item, summary, Reviewer.UNKNOWN,
                DemographicsReader.read(summary, LetterHeader.NONE), categories);
    }
}
