package org.imrtoolkit.core.letter;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.imrtoolkit.core.io.LetterReader;
import org.imrtoolkit.core.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * All 129 real letters of {@code ../shared/wc-letters}, read from the published PDFs (PDFBox)
 * and from poppler's text: the same items and decisions either way, as many items as
 * "Decision rationale" sections, and the published totals (311 items, 277 Upheld, 34 Overturned).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WcLettersTest {

    private static final Pattern RATIONALE = Pattern.compile("Decision rationale");

    private final LetterReader reader = new LetterReader();
    private Path txt;
    private Map<String, Letter> fromText;
    private Map<String, Letter> fromPdf;

    @BeforeAll
    void parseAll() throws Exception {
        Path root = SharedData.shared("wc-letters");
        txt = root.resolve("txt");
        fromText = parse(txt);
        fromPdf = parse(root.resolve("pdf"));
    }

    private Map<String, Letter> parse(Path dir) throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.sorted().toList();
        }
        Map<String, Letter> letters = new java.util.TreeMap<>();
        for (Path file : files) {
            try {
                Letter letter = reader.read(file);
                letters.put(letter.id(), letter);
            } catch (LetterFormatException e) {
                throw new AssertionError(file + ": " + e.describe(), e);
            }
        }
        return letters;
    }

    @Test
    void everyLetterParsesFromBothForms() {
        assertEquals(129, fromText.size());
        assertEquals(fromText.keySet(), fromPdf.keySet());
    }

    @Test
    void oneItemPerDecisionRationale() throws Exception {
        for (Letter letter : fromText.values()) {
            String text = Files.readString(txt.resolve(letter.id() + ".txt"));
            long rationales = RATIONALE.matcher(text).results().count();
            assertEquals(rationales, letter.items().size(), letter.id());
        }
    }

    @Test
    void pdfAndTextGiveTheSameItemsAndDecisions() {
        for (String id : fromText.keySet()) {
            Function<Letter, List<String>> items = l -> l.items().stream()
                    .map(i -> i.text() + " => " + i.decision()).toList();
            assertEquals(items.apply(fromText.get(id)), items.apply(fromPdf.get(id)), id);
            assertEquals(fromText.get(id).header(), fromPdf.get(id).header(), id);
            assertEquals(fromText.get(id).reviewer(), fromPdf.get(id).reviewer(), id);
        }
    }

    @Test
    void publishedTotals() {
        for (Map<String, Letter> letters : List.of(fromText, fromPdf)) {
            Map<String, Long> decisions = letters.values().stream().flatMap(l -> l.items().stream())
                    .collect(Collectors.groupingBy(DisputedItem::decision, Collectors.counting()));
            assertEquals(Map.of("Upheld", 277L, "Overturned", 34L), decisions);
        }
    }

    @Test
    void headersAreComplete() {
        for (Letter letter : fromPdf.values()) {
            LetterHeader h = letter.header();
            assertAll(letter.id(),
                    () -> assertEquals(letter.id(), h.caseNumber()),
                    () -> assertNotNull(h.dateAssigned()),
                    () -> assertNotNull(h.dateOfInjury()),
                    () -> assertNotNull(h.decisionDate()),
                    () -> assertNotNull(h.urDenialDate()),
                    () -> assertEquals("Standard", h.priority()),
                    () -> assertNotNull(h.applicationReceived()),
                    () -> assertTrue(!h.decisionDate().isBefore(h.dateAssigned())),
                    () -> assertTrue(!letter.reviewer().specialty().isEmpty()),
                    () -> assertTrue(!letter.reviewer().licensureStates().isEmpty()));
        }
    }

    @Test
    void summaryDateOfInjuryAgreesWithTheHeader() {
        // Two letters really disagree with their own header: their summaries give the claim date of
        // a cumulative-trauma or repetitive-trauma injury ("occupational claim from 11/05/2016").
        Set<String> disagree = fromPdf.values().stream()
                .filter(l -> !LetterDates.parse(l.demographics().dateOfInjuryText())
                        .map(d -> d.equals(l.header().dateOfInjury())).orElse(false))
                .map(Letter::id)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        assertEquals(Set.of("CM16-0239569", "CM16-0248698"), disagree);
        // Where a header exists, its date is the one a Case carries.
        assertTrue(fromPdf.values().stream()
                .allMatch(l -> l.demographics().dateOfInjury().equals(l.header().dateOfInjury())));
    }

    @Test
    void partlyAuthorizedRequestsKeepTheRemainingPortionAsTheItem() {
        DisputedItem baclofen = fromText.get("CM16-0233904").items().get(0);
        assertEquals("Baclofen 100mg #3", baclofen.text());
        assertEquals("Baclofen 100mg #30", baclofen.originalRequest());
        DisputedItem pt = fromPdf.get("CM16-0230651").items().stream()
                .filter(i -> !i.originalRequest().isEmpty()).findFirst().orElseThrow();
        assertEquals("Physical therapy to the low back two sessions", pt.text());
        assertEquals("Physical therapy to the low back eight sessions", pt.originalRequest());
    }

    @Test
    void agesAndSexesAreRead() {
        long withAge = fromPdf.values().stream().filter(l -> l.demographics().age() != null).count();
        // CM16-0249170 gives two birthdates and no age.
        assertEquals(128, withAge);
        assertTrue(fromPdf.values().stream().noneMatch(l -> l.demographics().sex() == Sex.UNKNOWN));
    }
}
