package org.imrtoolkit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Stream;

import org.imrtoolkit.core.letter.Letter;
import org.imrtoolkit.core.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * One letter whose work never ends, runs out of memory or overflows the stack is that letter's
 * failure: reported in one line naming it, and every other letter is written, in input order.
 */
class LetterBudgetTest {

    /** What one run wrote, and what it said on stderr. */
    private record Outcome(List<String> written, String err, int skipped) {
    }

    private static List<Path> letters(int n) throws Exception {
        try (Stream<Path> files = Files.list(SharedData.dataLetters())) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(n).toList();
        }
    }

    private static Outcome run(int threads, List<Path> files, Function<Letter, List<Batch.Item<String>>> work)
            throws Exception {
        StringWriter err = new StringWriter();
        Context context = new Context("test", threads, 1 << 20, Duration.ofSeconds(1), false,
                new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        Rejections rejections = new Rejections(context, null);
        List<String> written = new ArrayList<>();
        new CaseStream(context, rejections).letters(files, work, (id, value) -> written.add(value));
        return new Outcome(written, err.toString(), rejections.count());
    }

    @Test
    void aLetterPastItsTimeIsSkippedAndTheBatchGoesOnInOrder() throws Exception {
        for (int threads : new int[] {1, 3}) {
            pastItsTime(threads);
        }
    }

    private static void pastItsTime(int threads) throws Exception {
        List<Path> files = letters(5);
        String slow = files.get(1).getFileName().toString().replace(".txt", "");
        // Budget: 1 s per letter; the whole run must end well within 20 s although one letter spins forever.
        AtomicBoolean over = new AtomicBoolean();
        Outcome o;
        try {
            o = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run(threads, files, letter -> {
                while (letter.id().equals(slow) && !over.get()) {
                    Thread.onSpinWait(); // ignores interrupts, as a library's loop would
                }
                return List.of(new Batch.Item<>(letter.id(), letter.id()));
            }));
        } finally {
            over.set(true); // let the abandoned thread end, so that it does not slow the other tests
        }
        assertEquals(4, o.written().size(), o.err());
        assertFalse(o.written().contains(slow));
        assertEquals(files.stream().map(f -> f.getFileName().toString().replace(".txt", ""))
                .filter(id -> !id.equals(slow)).toList(), o.written());
        assertEquals("imr test: " + files.get(1) + ": took longer than 1 s", o.err().strip());
        assertEquals(1, o.skipped());
    }

    @Test
    void aLetterThatRunsOutOfMemoryOrStackIsThatLettersFailure() throws Exception {
        outOf("memory");
        outOf("stack");
    }

    private static void outOf(String what) throws Exception {
        List<Path> files = letters(3);
        String bad = files.get(0).getFileName().toString().replace(".txt", "");
        Outcome o = run(2, files, letter -> {
            if (letter.id().equals(bad)) {
                throw what.equals("memory") ? new OutOfMemoryError("Java heap space") : new StackOverflowError();
            }
            return List.of(new Batch.Item<>(letter.id(), letter.id()));
        });
        assertEquals(2, o.written().size(), o.err());
        String line = o.err().strip();
        assertTrue(line.startsWith("imr test: " + files.get(0) + ": "), line);
        assertEquals(1, line.lines().count(), line);
        assertTrue(what.equals("memory") ? line.contains("IMR_JAVA_OPTS") : line.contains("stack overflow"), line);
        assertFalse(line.contains("Error") || line.contains("Exception"), line);
    }
}
