package org.imrtoolkit.core.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class TimeBudgetTest {

    /** Catastrophic on purpose: (.*a){12}b on 40 "a"s and a "c" runs for hours without a budget. */
    private static final Pattern EXPONENTIAL = Pattern.compile("(.*a){12}b");

    @Test
    void aRegexOverGuardedTextStopsAtTheDeadline() {
        String text = "a".repeat(40) + "c";
        TimeBudget budget = TimeBudget.start(Duration.ofMillis(300));
        TimeBudgetExceededException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(
                TimeBudgetExceededException.class,
                () -> budget.call(() -> EXPONENTIAL.matcher(TimeBudget.guard(text)).find())));
        assertEquals("took longer than 300 ms", e.getMessage());
        assertEquals("took longer than 30 s", TimeBudget.start(Duration.ofSeconds(30)).describe());
    }

    @Test
    void anInterruptStopsTheRegexToo() throws Exception {
        String text = "a".repeat(40) + "c";
        Throwable[] seen = new Throwable[1];
        Thread worker = new Thread(() -> {
            try {
                TimeBudget.UNLIMITED.call(() -> EXPONENTIAL.matcher(TimeBudget.guard(text)).find());
            } catch (Throwable t) {
                seen[0] = t;
            }
        });
        worker.start();
        Thread.sleep(200);
        worker.interrupt();
        worker.join(5000);
        assertFalse(worker.isAlive());
        assertTrue(seen[0] instanceof TimeBudgetExceededException, String.valueOf(seen[0]));
    }

    @Test
    void withoutABudgetTheTextIsItselfAndTheBudgetIsRestored() throws Exception {
        String text = "abc";
        assertSame(text, TimeBudget.guard(text));
        assertSame(TimeBudget.UNLIMITED, TimeBudget.current());
        TimeBudget b = TimeBudget.start(Duration.ofSeconds(10));
        assertEquals("abc", b.call(() -> TimeBudget.guard(text).toString()));
        assertSame(TimeBudget.UNLIMITED, TimeBudget.current());
        assertSame(TimeBudget.UNLIMITED, TimeBudget.start(Duration.ZERO));
        assertTrue(b.remaining().toMillis() > 0);
    }

    @Test
    void theParserChecksTheBudget() {
        // A letter of many items, with a budget already spent: the parser stops with the message.
        String letter = "CLINICAL CASE SUMMARY\nA 40 year old man.\nIMR ISSUES, DECISIONS AND RATIONALE\n"
                + "MRI: Upheld\nDecision rationale: no.\n";
        TimeBudget spent = new TimeBudget(Duration.ofSeconds(1), System.nanoTime() - 1);
        TimeBudgetExceededException e = assertThrows(TimeBudgetExceededException.class,
                () -> spent.call(() -> new org.imrtoolkit.core.letter.LetterParser().parse("x", letter)));
        assertEquals("took longer than 1 s", e.getMessage());
    }
}
