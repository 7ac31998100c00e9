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
 * @param warnings     what was read but is doubtful, one line each, for the user ("3 invalid UTF-8
 *                     byte sequences replaced with U+FFFD", "item 2: decision 'Denied' is neither
 *                     Upheld nor Overturned; kept as written"); empty for a clean letter
 */
public record Letter(String id, LetterHeader header, Reviewer reviewer, String summary,
                     Demographics demographics, List<DisputedItem> items, List<String> warnings) {

    public Letter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(demographics, "demographics");
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a letter has at least one disputed item");
        }
    }

    public Letter(String id, LetterHeader header, Reviewer reviewer, String summary, Demographics demographics,
                  List<DisputedItem> items) {
        this(id, header, reviewer, summary, demographics, items, List.of());
    }

    /** This letter with more warnings after its own. */
    public Letter withWarnings(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new Letter(id, header, reviewer, summary, demographics, items, all);
    }

    /** What a model may see of each item, paired with the decision that labels it. */
    public List<LabeledCase> labeledCases() {
        List<String> texts = items.stream().map(DisputedItem::text).toList();
        List<LabeledCase> cases = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            DisputedItem item = items.get(i);
            cases.add(new LabeledCase(new Case(id + "/" + item.index(), item.text(), summary, reviewer, demographics,
                    java.util.Map.of(), id, new LetterItems(texts, i + 1)), item.decision()));
        }
        return List.copyOf(cases);
    }

    /** What a model may see of each item; no decision, no rationale. */
    public List<Case> cases() {
        return labeledCases().stream().map(LabeledCase::input).toList();
    }
}
