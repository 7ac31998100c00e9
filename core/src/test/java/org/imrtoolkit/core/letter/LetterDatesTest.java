package org.imrtoolkit.core.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LetterDatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "7-24-10|2010-07-24",
            "11-10-14|2014-11-10",
            "10-16-2016|2016-10-16",
            "10/15/2011|2011-10-15",
            "02/21/2007|2007-02-21",
            "October 28, 2014|2014-10-28",
            "Oct. 28, 2014|2014-10-28",
            "1-20-95|1995-01-20",
            "10/14/ 2016|2016-10-14"})
    void readsEveryFormatTheLettersUse(String text, LocalDate expected) {
        assertEquals(expected, LetterDates.parse(text).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"13/45/2014", "C3-4", "2x6", "98-99"})
    void rejectsWhatIsNoDate(String text) {
        assertTrue(LetterDates.parse(text).isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sustained a work related injury on October 28, 2014. She had|October 28, 2014",
            "Per report (1-28-15 to 7-22-15) she|1-28-15"})
    void findsTheFirstDateInText(String text, String expected) {
        assertEquals(expected, LetterDates.find(text).orElseThrow().text());
    }
}
