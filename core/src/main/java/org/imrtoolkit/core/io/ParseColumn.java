package org.imrtoolkit.core.io;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.BiFunction;

import org.imrtoolkit.core.letter.DisputedItem;
import org.imrtoolkit.core.letter.Letter;

/**
 * The columns of {@code imr parse}'s CSV, one row per disputed item, in order. The one place that
 * names them: the writer and the tests both read this enum.
 */
public enum ParseColumn {
    LETTER_ID((l, i) -> l.id()),
    ITEM_INDEX(JsonType.INTEGER, (l, i) -> Integer.toString(i.index())),
    ITEM((l, i) -> i.text()),
    DECISION((l, i) -> i.decision()),
    ORIGINAL_REQUEST((l, i) -> i.originalRequest()),
    CASE_NUMBER((l, i) -> text(l.header().caseNumber())),
    DATE_ASSIGNED((l, i) -> date(l.header().dateAssigned())),
    HEADER_DATE_OF_INJURY((l, i) -> date(l.header().dateOfInjury())),
    DECISION_DATE((l, i) -> date(l.header().decisionDate())),
    UR_DENIAL_DATE((l, i) -> date(l.header().urDenialDate())),
    PRIORITY((l, i) -> text(l.header().priority())),
    APPLICATION_RECEIVED((l, i) -> date(l.header().applicationReceived())),
    REVIEWER_LICENSURE((l, i) -> String.join("; ", l.reviewer().licensureStates())),
    REVIEWER_SPECIALTY((l, i) -> l.reviewer().specialty()),
    REVIEWER_SUBSPECIALTY((l, i) -> l.reviewer().subspecialty()),
    AGE(JsonType.INTEGER, (l, i) -> l.demographics().age() == null ? "" : l.demographics().age().toString()),
    SEX((l, i) -> l.demographics().sex().label()),
    DATE_OF_INJURY((l, i) -> date(l.demographics().dateOfInjury())),
    DATE_OF_INJURY_IN_SUMMARY((l, i) -> l.demographics().dateOfInjuryText()),
    CLAIMS_ADMINISTRATOR_GUIDELINE((l, i) -> i.claimsAdministratorGuideline().text()),
    MAXIMUS_GUIDELINE((l, i) -> i.maximusGuideline().text()),
    MAXIMUS_GUIDELINE_SOURCE((l, i) -> i.maximusGuideline().source().label()),
    MAXIMUS_GUIDELINE_SECTION((l, i) -> i.maximusGuideline().section()),
    MAXIMUS_GUIDELINE_PAGES((l, i) -> i.maximusGuideline().pages()),
    RATIONALE((l, i) -> i.rationale()),
    SUMMARY((l, i) -> l.summary());

    private final JsonType type;
    private final BiFunction<Letter, DisputedItem, String> value;

    ParseColumn(BiFunction<Letter, DisputedItem, String> value) {
        this(JsonType.STRING, value);
    }

    ParseColumn(JsonType type, BiFunction<Letter, DisputedItem, String> value) {
        this.type = type;
        this.value = value;
    }

    /** The column's type in JSON lines (the CSV writes every value as text). */
    public JsonType type() {
        return type;
    }

    /** The column's name in the CSV header: the constant's name in lower case. */
    public String header() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** This column's value for one item of a letter; empty when the letter does not give it. */
    public String valueOf(Letter letter, DisputedItem item) {
        return value.apply(letter, item);
    }

    private static String text(String s) {
        return Objects.requireNonNullElse(s, "");
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
