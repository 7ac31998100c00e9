package org.imrtoolkit.core.letter;

import java.time.LocalDate;

/**
 * The header table of a letter. Letters published with the table carry all of it; letters whose
 * text was extracted without it (the shipped {@code data/letters}) have {@link #NONE}. Each field
 * is null when the letter does not give it.
 */
public record LetterHeader(String caseNumber, LocalDate dateAssigned, LocalDate dateOfInjury,
                           LocalDate decisionDate, LocalDate urDenialDate, String priority,
                           LocalDate applicationReceived) {

    public static final LetterHeader NONE = new LetterHeader(null, null, null, null, null, null, null);

    public boolean isPresent() {
        return !equals(NONE);
    }
}
