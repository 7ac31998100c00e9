package org.imrtoolkit.core.letter;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.imrtoolkit.core.io.LetterReader;
import org.imrtoolkit.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The five real letters shipped in {@code data/letters} (copies of {@code ../shared/letters}):
 * every item's exact text and decision, and what the summary says of the patient, as read by hand.
 */
class ShippedLettersTest {

    private final LetterReader reader = new LetterReader();

    static Stream<Arguments> letters() {
        return Stream.of(
                Arguments.of("000_cef401a6dd751b32", List.of("12 sessions of physical therapy, cervical spine"),
                        "Internal Medicine", "", List.of("Arizona", "Texas"), 51, Sex.FEMALE,
                        LocalDate.of(2010, 7, 24), "7-24-10"),
                Arguments.of("001_d0634289b152a677",
                        List.of("Physical therapy times 12 sessions for core exercises for lumbar spine"),
                        "Physical Medicine & Rehabilitation", "", List.of("California", "Hawaii"), 41, Sex.MALE,
                        LocalDate.of(2014, 11, 10), "11-10-14"),
                Arguments.of("002_04f9b0e14f6627f2", List.of(
                                "Physical therapy for the cervical spine, 2-3 times a week for 6 weeks",
                                "MRI of the cervical spine without contrast and with IV sedation",
                                "Trigger point injection to the cervical spine"),
                        "Family Practice", "", List.of("New Jersey"), 60, Sex.FEMALE,
                        LocalDate.of(2014, 10, 28), "October 28, 2014"),
                Arguments.of("003_3c229a01f2a1e4e9", List.of(
                                "Physical Therapy 3 times a week for 4 weeks for lumbar and cervical",
                                "Massage Therapy 1 time a week for 4 weeks for neck and lumbar",
                                "Zanaflex dosage, frequency, and quanity unknown"),
                        "Physical Medicine & Rehabilitation", "", List.of("California"), 49, Sex.FEMALE,
                        LocalDate.of(2011, 10, 15), "10/15/2011"),
                Arguments.of("004_cd6c404d6da2b567", List.of(
                                "Additional occupational therapy 2x6 weeks (12 sessions) low back, right shoulder, right wrist"),
                        "Physical Medicine and Rehabilitation", "Interventional Spine", List.of("California"), 57,
                        Sex.FEMALE, LocalDate.of(2007, 2, 21), "02/21/2007"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letters")
    void parsesEveryItemAndThePatient(String id, List<String> items, String specialty, String subspecialty,
                                      List<String> states, int age, Sex sex, LocalDate injury, String injuryText)
            throws Exception {
        Letter letter = reader.read(SharedData.dataLetters().resolve(id + ".txt"));
        assertAll(
                () -> assertEquals(id, letter.id()),
                () -> assertEquals(items, letter.items().stream().map(DisputedItem::text).toList()),
                () -> assertEquals(List.of("Upheld"),
                        letter.items().stream().map(DisputedItem::decision).distinct().toList()),
                () -> assertEquals(specialty, letter.reviewer().specialty()),
                () -> assertEquals(subspecialty, letter.reviewer().subspecialty()),
                () -> assertEquals(states, letter.reviewer().licensureStates()),
                () -> assertEquals(age, letter.demographics().age()),
                () -> assertEquals(sex, letter.demographics().sex()),
                () -> assertEquals(injury, letter.demographics().dateOfInjury()),
                () -> assertEquals(injuryText, letter.demographics().dateOfInjuryText()),
                () -> assertFalse(letter.header().isPresent(), "these letters were extracted without the header"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("letters")
    void summaryIsCleanAndHoldsNothingOfTheIssuesSection(String id) throws Exception {
        Letter letter = reader.read(SharedData.dataLetters().resolve(id + ".txt"));
        String summary = letter.summary();
        String lower = summary.toLowerCase(Locale.ROOT);
        assertAll(
                () -> assertFalse(lower.contains("imr issues"), summary),
                () -> assertFalse(lower.contains("final determination"), summary),
                () -> assertFalse(lower.contains("upheld"), summary),
                () -> assertFalse(lower.contains("decision rationale"), summary),
                () -> assertFalse(lower.contains("clinical case summary"), summary),
                () -> assertFalse(lower.startsWith("the expert reviewer developed"), summary),
                () -> assertFalse(summary.contains("\n"), "lines are re-joined"),
                () -> assertFalse(summary.contains("  "), "whitespace is normalised"),
                () -> assertTrue(summary.startsWith("The "), summary));
    }

    @Test
    void rejoinsLinesAndMendsHyphenatedBreaks() throws Exception {
        Letter letter = reader.read(SharedData.dataLetters().resolve("001_d0634289b152a677.txt"));
        // "(1-28-15 to 7-22- / 15)" broke across lines in the extracted text.
        assertTrue(letter.summary().contains("Medical records dated (1-28-15 to 7-22-15) indicates"),
                letter.summary());
        Letter other = reader.read(SharedData.dataLetters().resolve("003_3c229a01f2a1e4e9.txt"));
        assertTrue(other.summary().contains("She is diagnosed with C5-C6 disc degeneration"), other.summary());
    }

    @Test
    void rationaleAndGuidelinesOfEachItem() throws Exception {
        Letter letter = reader.read(SharedData.dataLetters().resolve("003_3c229a01f2a1e4e9.txt"));
        DisputedItem massage = letter.items().get(1);
        assertEquals("Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): 60.",
                massage.claimsAdministratorGuideline().text());
        assertEquals(GuidelineSource.MTUS, massage.maximusGuideline().source());
        assertEquals("Massage Therapy", massage.maximusGuideline().section());
        assertEquals("60", massage.maximusGuideline().pages());
        assertTrue(massage.rationale().startsWith("In regards to massage therapy, CA MTUS guidelines highlight."),
                massage.rationale());
        assertTrue(massage.rationale().endsWith("not medically necessary based on guidelines and lack of documentation."),
                massage.rationale());
    }

    @Test
    void casesCarryNoDecisionOrRationale() throws Exception {
        Letter letter = reader.read(SharedData.dataLetters().resolve("002_04f9b0e14f6627f2.txt"));
        List<LabeledCase> labeled = letter.labeledCases();
        assertEquals(3, labeled.size());
        assertEquals("002_04f9b0e14f6627f2/2", labeled.get(1).input().id());
        assertEquals("Upheld", labeled.get(1).decision());
        assertEquals("002_04f9b0e14f6627f2", labeled.get(1).input().group());
        assertEquals(2, labeled.get(1).input().letterItems().self());
        for (Case c : letter.cases()) {
            // Case is a record: its components are all it holds.
            assertEquals(List.of("id", "item", "summary", "reviewer", "demographics", "categories", "group",
                            "letterItems"),
                    Stream.of(Case.class.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList());
            assertFalse(c.summary().contains("Decision rationale"));
            assertFalse(c.item().contains("Upheld"));
            // The letter's item lines (issue 18: an item read against the others), and nothing else
            assertEquals(letter.items().stream().map(DisputedItem::text).toList(), c.letterItems().texts());
            for (String other : c.letterItems().texts()) {
                assertFalse(other.contains("Upheld") || other.contains("Overturned") || other.contains("rationale"), other);
            }
        }
    }

    @Test
    void shippedLettersAreTheSharedOnes() throws Exception {
        Path shared = SharedData.shared("letters");
        try (Stream<Path> files = Files.list(shared)) {
            for (Path file : files.sorted().toList()) {
                assertEquals(-1L, Files.mismatch(file, SharedData.dataLetters().resolve(file.getFileName())),
                        file.getFileName() + " differs from data/letters");
            }
        }
    }
}
