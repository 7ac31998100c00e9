package org.imrtoolkit.core.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Every pattern that meets letter text runs in linear time: hostile lines of a few MB (under the
 * 5 MB input limit) parse in seconds, not minutes. Budgets are generous for a shared 2-core machine;
 * the quadratic and cubic versions took from 20 s to forever on these inputs.
 */
class LinearRegexTest {

    private static String repeat(String s, int bytes) {
        return s.repeat(Math.max(1, bytes / s.length()));
    }

    @Test
    void boardCertifiedRepeatedOnOneLine() {
        // 20 s at 168 KB, never ending at 2 MB before the fix.
        String hostile = "The expert reviewer is " + repeat("Board Certified in x ", 2 << 20)
                + "and is licensed to practice in";
        Reviewer r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ReviewerParser.parse(hostile));
        assertEquals(Reviewer.UNKNOWN, r);
        String withSub = repeat("Board Certified in x, has a subspecialty in y ", 2 << 20)
                + "licensed to practice in California";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ReviewerParser.parse(withSub));
        String withStates = repeat("Board Certified in x licensed to practice in y ", 2 << 20);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ReviewerParser.parse(withStates));
    }

    @Test
    void boardSentenceStillReadAfterHostileText() {
        String text = repeat("Board Certified in x ", 100_000) + ". The expert reviewer is Board Certified in "
                + "Neurology, has a subspecialty in Pain and is licensed to practice in California and Nevada. He";
        Reviewer r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ReviewerParser.parse(text));
        // The first "Board Certified in" whose sentence ends within reach wins, as before.
        assertEquals(List.of("California", "Nevada"), r.licensureStates());
        assertEquals("Pain", r.subspecialty());
    }

    @Test
    void ageAfterARunOfSpaces() {
        String summary = "a 1" + " ".repeat(1 << 20) + "x. She is a 51 year old female.";
        Demographics d = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> DemographicsReader.read(summary, LetterHeader.NONE));
        assertEquals(51, d.age());
        assertEquals(40, DemographicsReader.read("a 40  -  years  -  old man", LetterHeader.NONE).age());
    }

    @Test
    void guidelineAndDatePatternsOnHostileText() {
        String[] hostile = {
                repeat("Decision based on ", 1 << 20),
                "Decision based on MTUS " + repeat("Page: 1 , ", 1 << 20) + "x",
                "Decision based on " + repeat("Section: ", 1 << 20),
                "Decision based on " + repeat("California CA MTUS ACOEM ", 1 << 20) + "Page",
                repeat("Jan ", 1 << 20) + "x",
                repeat("12/12/", 1 << 20),
        };
        for (String h : hostile) {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                GuidelineParser.parse(h);
                LetterDates.findAll(h);
                DemographicsReader.read(h, LetterHeader.NONE);
            });
        }
    }

    @Test
    void wholeLetterWithHostileSectionsParsesInBoundedTime() {
        StringBuilder letter = new StringBuilder();
        letter.append("HOW THE IMR FINAL DETERMINATION WAS MADE\n").append(repeat("Board Certified in x ", 1 << 20))
                .append("\nCLINICAL CASE SUMMARY\n").append(repeat("injured on 1 year old ", 1 << 20))
                .append("\nIMR ISSUES, DECISIONS AND RATIONALE\n")
                .append(repeat("Case Number: Date Assigned: ", 1 << 19)).append("\n")
                .append("original request, ").append(repeat("x ", 1 << 19)).append(": Upheld\n")
                .append("MAXIMUS guideline: Decision based on ").append(repeat("Page: 1 ", 1 << 18)).append("\n")
                .append("Decision rationale: ").append(repeat("was the original ", 1 << 18)).append('\n');
        Letter l = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new LetterParser().parse("hostile", letter.toString()));
        assertEquals(1, l.items().size());
    }
}
