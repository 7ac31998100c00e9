package org.imrtoolkit.core.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The header table as three extractors lay out the same real letter (CM16-0221706). */
class HeaderParserTest {

    private static final LetterHeader EXPECTED = new LetterHeader("CM16-0221706", LocalDate.of(2016, 11, 23),
            LocalDate.of(2016, 10, 16), LocalDate.of(2016, 12, 21), LocalDate.of(2016, 10, 20), "Standard",
            LocalDate.of(2016, 11, 15));

    @Test
    void labelsColumnThenValuesColumnAsPdftotextGivesIt() {
        String text = """
                Case Number:
                Date Assigned:
                Decision Date:
                Priority:

                CM16-0221706
                11/23/2016
                12/21/2016
                Standard

                Date of Injury:
                UR Denial Date:
                Application
                Received:

                10/16/2016
                10/20/2016
                11/15/2016
                """;
        assertEquals(EXPECTED, HeaderParser.parse(LetterLines.of(text)));
    }

    @Test
    void labelValuePairsTwoToALineAsPdfBoxGivesIt() {
        String text = """
                Case Number: CM16-0221706
                Date Assigned: 11/23/2016 Date of Injury:  10/16/2016
                Decision Date: 12/21/2016 UR Denial Date:  10/20/2016
                Priority:  Standard Application
                Received:
                11/15/2016
                """;
        assertEquals(EXPECTED, HeaderParser.parse(LetterLines.of(text)));
    }

    @Test
    void wrappedLabelWithItsValueBetweenTheHalves() {
        String text = """
                Case Number: CM16-0221706
                Date Assigned: 11/23/2016 Date of Injury:  10/16/2016
                Decision Date: 12/21/2016 UR Denial Date:  10/20/2016
                Priority:  Standard Application 11/15/2016
                Received:
                """;
        assertEquals(EXPECTED, HeaderParser.parse(LetterLines.of(text)));
    }

    @Test
    void noHeader() {
        assertEquals(LetterHeader.NONE, HeaderParser.parse(List.of()));
    }
}
