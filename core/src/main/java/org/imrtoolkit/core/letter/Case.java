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
 * @param group        the cases that share a summary and must stay in one cross-validation fold: the
 *                     letter's id for a letter's items; for a CSV row its own id (a row is a group of
 *                     its own, whatever its id contains: "case/0" is no letter item)
 */
public record Case(String id, String item, String summary, Reviewer reviewer, Demographics demographics,
                   Map<String, String> categories, String group, LetterItems letterItems) {

    public Case {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(demographics, "demographics");
        categories = Map.copyOf(categories);
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(letterItems, "letterItems");
    }

    /** A case without the letter's other items. */
    public Case(String id, String item, String summary, Reviewer reviewer, Demographics demographics,
                Map<String, String> categories, String group) {
        this(id, item, summary, reviewer, demographics, categories, group, LetterItems.NONE);
    }

    /** A case that is a group of its own. */
    public Case(String id, String item, String summary, Reviewer reviewer, Demographics demographics,
                Map<String, String> categories) {
        this(id, item, summary, reviewer, demographics, categories, id);
    }

    /** A case read from text alone (a CSV row), in its group: demographics are read from the summary. */
    public static Case fromText(String id, String item, String summary, Map<String, String> categories, String group) {
        return new Case(id, item, summary, Reviewer.UNKNOWN,
                DemographicsReader.read(summary, LetterHeader.NONE), categories, group);
    }
}
