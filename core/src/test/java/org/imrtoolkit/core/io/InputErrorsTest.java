package org.imrtoolkit.core.io;

import org.imrtoolkit.core.budget.TimeBudgetExceededException;
import org.imrtoolkit.core.budget.TimeBudget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.imrtoolkit.core.letter.LabeledCase;
import org.imrtoolkit.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputErrorsTest {

    @TempDir
    Path dir;

    @Test
    void everyFailureIsOneLine() {
        assertEquals("took longer than 30 s", InputErrors.describe(new TimeBudgetExceededException("took longer than 30 s")));
        assertTrue(InputErrors.describe(new OutOfMemoryError("Java heap space")).contains("IMR_JAVA_OPTS"));
        assertEquals("unexpected error (please report): IllegalStateException: a\\nb",
                InputErrors.describe(new IllegalStateException("a\nb")));
        assertEquals("permission denied", InputErrors.describe(new java.nio.file.AccessDeniedException("x")
                .getMessage() == null ? null : new java.io.IOException("permission denied")));
        assertFalse(InputErrors.isFatal(new OutOfMemoryError()));
        assertFalse(InputErrors.isFatal(new StackOverflowError()));
        assertTrue(InputErrors.isFatal(new InternalError()));
    }

    @Test
    void aLetterOverItsBudgetIsRejectedAndWarningsReachTheSink() throws Exception {
        byte[] good = Files.readAllBytes(SharedData.dataLetters().resolve("000_cef401a6dd751b32.txt"));
        byte[] bad = java.util.Arrays.copyOf(good, good.length + 1);
        bad[good.length] = (byte) 0xFF;
        Path letter = Files.write(dir.resolve("stray.txt"), bad);
        List<String> seen = new ArrayList<>();
        CaseSink sink = new CaseSink() {
            @Override
            public void accept(LabeledCase labeled) {
                seen.add("case " + labeled.input().id());
            }

            @Override
            public void reject(String where, String reason) {
                seen.add("reject " + where + ": " + reason);
            }

            @Override
            public void warn(String where, String message) {
                seen.add("warn " + where + ": " + message);
            }
        };
        CaseInputs inputs = new CaseInputs(CsvColumns.DEFAULT, List.of(), 1 << 20);
        inputs.read(letter, sink);
        assertEquals("warn " + letter + ": 1 byte sequence that is not valid UTF-8 replaced with U+FFFD", seen.get(0));
        assertTrue(seen.get(1).startsWith("case stray/1"), seen.toString());
        seen.clear();
        TimeBudget spent = new TimeBudget(Duration.ofSeconds(2), System.nanoTime() + 300_000_000L);
        Path other = Files.write(dir.resolve("other.txt"), good);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> spent.call(() -> {
            Thread.sleep(800); // the deadline passes before the letter is parsed
            new CaseInputs(CsvColumns.DEFAULT, List.of(), 1 << 20).read(other, sink);
            return null;
        }));
        assertEquals(List.of("reject " + other + ": took longer than 2 s"), seen);
        assertEquals(StandardCharsets.UTF_8, StandardCharsets.UTF_8);
    }
}
