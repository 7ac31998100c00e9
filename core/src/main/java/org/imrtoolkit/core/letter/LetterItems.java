package org.imrtoolkit.core.letter;

import java.util.List;

/**
 * The texts of every disputed item of a case's letter, as the letter lists them, and which one is
 * the case's own. Item lines only: never a decision or a rationale, so a {@link Case} that holds
 * them still holds nothing of the label. A service that goes with a surgery ("assistant surgeon",
 * "post-op cold therapy unit") is read against the letter's other items, one of which may be the
 * procedure.
 *
 * @param texts each item's text, the letter's item 1 first
 * @param self  the case's own item, from 1; 0 when the case is not a letter's item (a CSV row)
 */
public record LetterItems(List<String> texts, int self) {

    /** A case read from a table: no letter, no other items. */
    public static final LetterItems NONE = new LetterItems(List.of(), 0);

    public LetterItems {
        texts = List.copyOf(texts);
        if (self < 0 || self > texts.size() || (self == 0) != texts.isEmpty()) {
            throw new IllegalArgumentException("item " + self + " of " + texts.size());
        }
    }

    /** The text of item {@code number} (from 1). */
    public String text(int number) {
        return texts.get(number - 1);
    }
}
