package org.imrtoolkit.core.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Layouts and faults seen in real letters, on small letters built from their lines. */
class LetterParserTest {

    private final LetterParser parser = new LetterParser();

    private static final String TOP = """
            HOW THE IMR FINAL DETERMINATION WAS MADE
            MAXIMUS Federal Services sent the complete case file to an expert reviewer.
            The Expert Reviewer has the following credentials:
            State(s) of Licensure: California
            Certification(s)/Specialty: Orthopaedic Surgery
            CLINICAL CASE SUMMARY
            The expert reviewer developed the following clinical case summary based on a review of the
            case file, including all medical records:
            The injured worker is a 45 year old male who sustained an industrial injury on 3-4-13. He has
            had 24 sessions of physical therapy.
            IMR ISSUES, DECISIONS AND RATIONALES
            The Final Determination was based on decisions for the disputed items/services set forth below:
            """;

    @Test
    void decisionOnALineOfItsOwnAndItemWrappedOverTwoLines() throws Exception {
        Letter letter = parser.parse("x", TOP + """
                Additional physical therapy three times a week for two weeks of the right hip and
                foot:
                Upheld
                Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines
                MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Physical
                Medicine Page(s): 98-99.
                Decision rationale: The patient has had 24 visits. The request is not medically necessary.
                Ibuprofen 800mg #90: Overturned
                MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines NSAIDs Page(s): 67.
                Decision rationale: NSAIDs are recommended. The request is medically necessary.
                """);
        assertEquals(List.of("Additional physical therapy three times a week for two weeks of the right hip and foot",
                "Ibuprofen 800mg #90"), letter.items().stream().map(DisputedItem::text).toList());
        assertEquals(List.of("Upheld", "Overturned"), letter.items().stream().map(DisputedItem::decision).toList());
        assertEquals("The patient has had 24 visits. The request is not medically necessary.",
                letter.items().get(0).rationale());
        assertEquals("98-99", letter.items().get(0).maximusGuideline().pages());
        assertEquals(Guideline.ABSENT, letter.items().get(1).claimsAdministratorGuideline());
        assertEquals("The injured worker is a 45 year old male who sustained an industrial injury on 3-4-13. "
                + "He has had 24 sessions of physical therapy.", letter.summary());
    }

    /** Issue 10: "..., DOS:" then "11/11/2016: Upheld" lost the item's first line to the previous rationale. */
    @Test
    void anItemThatWrapsBeforeItsDateOfServiceKeepsItsText() throws Exception {
        Letter letter = parser.parse("x", TOP + """
                Ibuprofen 800mg #90: Upheld
                MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines NSAIDs Page(s): 67.
                Decision rationale: The request is not medically necessary.
                Retrospective request for physical therapy 2 times a week for 4 weeks, left wrist, DOS:
                11/11/2016: Upheld
                MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Physical Medicine.
                Decision rationale: The patient has had 24 visits, which exceeds the guideline.
                """);
        assertEquals(List.of("Ibuprofen 800mg #90",
                "Retrospective request for physical therapy 2 times a week for 4 weeks, left wrist, DOS: 11/11/2016"),
                letter.items().stream().map(DisputedItem::text).toList());
        assertEquals("The request is not medically necessary.", letter.items().get(0).rationale());
        assertEquals(List.of("Upheld", "Upheld"), letter.items().stream().map(DisputedItem::decision).toList());
    }

    /** The MAXIMUS guideline line names a section and seldom a page; the rationale gives the page. */
    @Test
    void guidelinePagesComeFromTheRationaleWhenTheCitationHasNone() throws Exception {
        Letter letter = parser.parse("x", TOP + """
                MRI of the lumbar spine: Upheld
                MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.
                Decision rationale: ACOEM Chapter 12, page 303, recommends imaging only with red flags; see also
                pages 304-305. The request is not medically necessary.
                Ibuprofen 800mg #90: Upheld
                MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines NSAIDs Page(s): 67.
                Decision rationale: NSAIDs are recommended for short use, page 70. Not medically necessary.
                """);
        assertEquals("303, 304-305", letter.items().get(0).maximusGuideline().pages());
        assertEquals("67", letter.items().get(1).maximusGuideline().pages(), "the citation's own pages win");
    }

    @Test
    void theCertificationsAfterTheBoardSpecialtyAreTheSubspecialty() throws Exception {
        Letter letter = parser.parse("x", TOP.replace("Certification(s)/Specialty: Orthopaedic Surgery",
                "Certification(s)/Specialty: Physical Medicine & Rehabilitation, Pain Management") + """
                MRI of the lumbar spine: Upheld
                Decision rationale: The request is not medically necessary.
                """);
        assertEquals("Physical Medicine & Rehabilitation, Pain Management", letter.reviewer().specialty());
        assertEquals("Pain Management", letter.reviewer().subspecialty());
        assertEquals("", parser.parse("y", TOP + """
                MRI of the lumbar spine: Upheld
                Decision rationale: The request is not medically necessary.
                """).reviewer().subspecialty());
    }

    @Test
    void blankLinesBetweenLinesTrailingSpacesAndPageBreaks() throws Exception {
        String spaced = (TOP + """
                Physical therapy 2x6 for the lumbar spine: Upheld
                Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment
                \f
                Guidelines Physical medicine Page(s): 98-99.
                Decision rationale: Not medically necessary.
                """).replace("\n", "  \r\n\r\n");
        Letter letter = parser.parse("x", spaced);
        DisputedItem item = letter.items().get(0);
        assertEquals("Physical therapy 2x6 for the lumbar spine", item.text());
        assertEquals("Decision based on MTUS Chronic Pain Treatment Guidelines Physical medicine Page(s): 98-99.",
                item.claimsAdministratorGuideline().text());
        assertEquals(45, letter.demographics().age());
        assertEquals(java.time.LocalDate.of(2013, 3, 4), letter.demographics().dateOfInjury());
    }

    @Test
    void theOriginalRequestIsOverturnedAndOtherDecisionWordsAreKept() throws Exception {
        Letter letter = parser.parse("x", TOP + """
                Acupuncture treatments (unspecified quantity) was the original request. The Claims
                Administrator authorized Acupuncture treatments, 6 sessions, leaving the original request
                IMR eligible. The original request, Acupuncture treatments (unspecified quantity) is: Overturned
                Decision rationale: Acupuncture is recommended. The request is medically necessary.
                Home health aide 4 hours a day: Partially Overturned
                Decision rationale: Some hours are needed.
                """);
        assertEquals("Acupuncture treatments (unspecified quantity)", letter.items().get(0).text());
        assertEquals("Acupuncture treatments (unspecified quantity)", letter.items().get(0).originalRequest());
        assertEquals("Overturned", letter.items().get(0).decision());
        // An overturn in part is an overturn; the letter's words are kept beside it.
        assertEquals("Overturned", letter.items().get(1).decision());
        assertEquals("Partially Overturned", letter.items().get(1).decisionAsWritten());
        assertEquals(List.of(), letter.warnings());
        assertEquals("Acupuncture is recommended. The request is medically necessary.",
                letter.items().get(0).rationale());
    }

    @Test
    void decisionWordsAreNormalisedAndUnknownOnesKeptAndReported() throws Exception {
        String[][] cases = {{"upheld", "Upheld"}, {"UPHELD", "Upheld"}, {"Upheld.", "Upheld"},
                {"OVERTURNED", "Overturned"}, {"overturned", "Overturned"}, {"Overturned in part", "Overturned"},
                {"Partially overturned", "Overturned"}, {"Withdrawn", "Withdrawn"}};
        for (String[] c : cases) {
            Letter letter = parser.parse("x", TOP + "MRI of the knee: " + c[0] + "\nDecision rationale: Fine.\n");
            DisputedItem item = letter.items().get(0);
            assertEquals(c[1], item.decision(), c[0]);
            assertEquals(c[0].replaceAll("\\.$", ""), item.decisionAsWritten());
            assertEquals(Decisions.isKnown(c[1]), item.decisionKnown());
            assertEquals(item.decisionKnown() ? List.of()
                    : List.of("item 1: decision 'Withdrawn' is neither Upheld nor Overturned; kept as written"),
                    letter.warnings());
        }
    }

    @Test
    void notALetter() {
        LetterFormatException e = assertThrows(LetterFormatException.class,
                () -> parser.parse("x", "Dear colleague,\nplease find the invoice attached.\n"));
        assertTrue(e.getMessage().startsWith("not an IMR determination letter"), e.getMessage());
    }

    @Test
    void missingIssuesSectionNamesIt() {
        String text = TOP.substring(0, TOP.indexOf("IMR ISSUES"));
        LetterFormatException e = assertThrows(LetterFormatException.class, () -> parser.parse("x", text));
        assertEquals("missing section 'IMR ISSUES, DECISIONS AND RATIONALES' after 'CLINICAL CASE SUMMARY'",
                e.getMessage());
        assertEquals(6, e.line());
    }

    @Test
    void missingSummaryNamesIt() {
        String text = TOP.replace("CLINICAL CASE SUMMARY\n", "");
        LetterFormatException e = assertThrows(LetterFormatException.class, () -> parser.parse("x", text));
        assertEquals("missing section 'CLINICAL CASE SUMMARY'", e.getMessage());
    }

    @Test
    void itemWithoutDecisionPointsAtItsLine() {
        LetterFormatException e = assertThrows(LetterFormatException.class, () -> parser.parse("x", TOP + """
                Physical therapy for the lumbar spine
                Decision rationale: Not medically necessary.
                """));
        assertTrue(e.getMessage().startsWith("item 1: no decision"), e.getMessage());
        assertEquals(13, e.line());
    }

    @Test
    void noDecisionRationaleAtAll() {
        LetterFormatException e = assertThrows(LetterFormatException.class,
                () -> parser.parse("x", TOP + "Physical therapy: Upheld\n"));
        assertEquals("no 'Decision rationale:' in section 'IMR ISSUES, DECISIONS AND RATIONALES'", e.getMessage());
        assertEquals(11, e.line());
    }
}
