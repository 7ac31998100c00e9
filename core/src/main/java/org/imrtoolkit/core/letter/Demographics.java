package org.imrtoolkit.core.letter;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the case summary says of the patient.
 *
 * @param age             age in years; null when the summary gives none
 * @param sex             sex; {@link Sex#UNKNOWN} when not stated
 * @param dateOfInjury    the date of injury: the header's when the letter has one, else the summary's;
 *                        null when neither gives one
 * @param dateOfInjuryText the date of injury as the summary writes it ("7-24-10", "October 28, 2014");
 *                        empty when the summary gives none
 */
public record Demographics(Integer age, Sex sex, LocalDate dateOfInjury, String dateOfInjuryText) {

    public Demographics {
        Objects.requireNonNull(sex, "sex");
        Objects.requireNonNull(dateOfInjuryText, "dateOfInjuryText");
    }
}
