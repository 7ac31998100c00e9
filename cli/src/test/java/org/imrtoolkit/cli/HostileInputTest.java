package org.imrtoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.imrtoolkit.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, family by family, through the command line on generated inputs: each hostile input
 * is refused or skipped in one line naming it, within a stated time, with the right exit code,
 * every other input of the batch written, and no stack trace ("Exception", "Error", "at org.") on
 * stderr. Time and memory per letter are in the app's LetterBudgetTest (a letter's work that never
 * ends or runs out of memory), hostile model files in the model's ModelFileRefusalsTest; here
 * are their command-line faces.
 */
class HostileInputTest {

    /** Every command here is given this long; the slowest (predict on 5 letters) takes a few seconds. */
    private static final Duration BUDGET = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    private Path letters() throws IOException {
        Path d = Files.createDirectories(dir.resolve("letters"));
        try (Stream<Path> s = Files.list(SharedData.dataLetters())) {
            for (Path f : s.sorted().toList()) {
                Files.copy(f, d.resolve(f.getFileName()));
            }
        }
        return d;
    }

    private static Run run(String... args) {
        return assertTimeoutPreemptively(BUDGET, () -> Run.of(args));
    }

    private static void noTrace(Run r) {
        assertFalse(r.err().contains("Exception") || r.err().contains("Error") || r.err().contains("at org."), r.err());
    }

    private static long rows(String csv) {
        return csv.lines().count() - 1;
    }

    @Test
    void modelFilesThatAreNotRegularOrNotModelsAreOneLineAndExit1() throws Exception {
        Path letters = letters();
        for (String model : List.of("/dev/zero", dir.toString(), dir.resolve("none.imrmodel").toString())) {
            Run r = run("predict", "-q", "-m", model, letters.toString());
            assertEquals(1, r.exitCode(), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("imr predict: " + model + ": "), r.err());
            noTrace(r);
        }
        Path fifo = dir.resolve("model.fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo");
        Run r = run("model-info", fifo.toString());
        assertEquals("imr model-info: " + fifo + ": not a regular file (a FIFO)", r.err().strip());
        assertEquals(1, r.exitCode());
    }

    @Test
    void aBadDirectoryEntryIsReportedAndTheBatchGoesOn() throws Exception {
        Path letters = letters();
        Files.createSymbolicLink(letters.resolve("self.txt"), letters.resolve("self.txt"));
        Files.createSymbolicLink(letters.resolve("up"), letters);
        Files.createSymbolicLink(letters.resolve("dangling.txt"), dir.resolve("gone.txt"));
        Path zero = letters.resolve("zero.txt");
        Files.createSymbolicLink(zero, Path.of("/dev/zero"));
        Run r = run("parse", "-q", letters.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertEquals(5, r.out().lines().filter(l -> l.matches("^\\d{3}_.*")).map(l -> l.substring(0, 20)).distinct().count(),
                r.out());
        assertTrue(r.err().contains(letters.resolve("self.txt") + ": symlink loop"), r.err());
        assertTrue(r.err().contains(letters.resolve("up") + ": symlink loop"), r.err());
        assertTrue(r.err().contains(letters.resolve("dangling.txt") + ": "), r.err());
        assertTrue(r.err().contains(zero + ": not a regular file (a character device)"), r.err());
        noTrace(r);
    }

    @Test
    void outputsAreCheckedBeforeAnyWorkAndNeverReadBack() throws Exception {
        Path letters = letters();
        Path input = letters.resolve("000_cef401a6dd751b32.txt");
        byte[] before = Files.readAllBytes(input);
        for (String[] args : List.of(
                new String[] {"parse", "-o", input.toString(), letters.toString()},
                new String[] {"parse", "-o", dir.toString(), letters.toString()},
                new String[] {"parse", "-o", "", letters.toString()},
                new String[] {"predict", "-o", dir.resolve("p.csv").toString(), "--errors", dir.resolve("p.csv").toString(),
                        letters.toString()},
                new String[] {"parse", "-o", "/dev/null", letters.toString()})) {
            Run r = run(args);
            assertEquals(2, r.exitCode(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("imr " + args[0] + ": "), r.err());
            noTrace(r);
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(input)), "the input was not touched");

        // The previous run's output inside the input directory is not read back as input.
        Path preds = letters.resolve("preds.csv");
        String model = SharedData.defaultModel().toString();
        Run first = run("predict", "-q", "-m", model, "-o", preds.toString(), letters.toString());
        long n = rows(Files.readString(preds));
        Run second = run("predict", "-q", "-m", model, "-o", preds.toString(), letters.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(0, second.exitCode(), second.err());
        assertEquals(n, rows(Files.readString(preds)));
    }

    @Test
    void stdoutWriteErrorsAreOneLineAndExit1() throws Exception {
        Path letters = letters();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("java.class.path");
        assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full");
        for (String redirect : List.of("> /dev/full", ">&-")) {
            Path err = dir.resolve("err.txt");
            Process p = new ProcessBuilder(Bash.bash().toString(), "-c",
                    "exec \"$0\" -cp \"$1\" org.imrtoolkit.cli.ImrCommand parse -q \"$2\" " + redirect,
                    java, cp, letters.toString()).redirectError(err.toFile()).start();
            assertTrue(p.waitFor(BUDGET.toSeconds(), TimeUnit.SECONDS), "parse " + redirect + " did not finish");
            String message = Files.readString(err, StandardCharsets.UTF_8);
            assertEquals(1, p.exitValue(), message);
            assertTrue(message.strip().startsWith("imr parse: cannot write to stdout: "), message);
            assertEquals(1, message.strip().lines().count(), message);
        }
    }

    @Test
    void labelsAModelDoesNotKnowAreSkippedPerCaseAndTheExitCodeSaysSo() throws Exception {
        Path letters = letters();
        Path original = letters.resolve("000_cef401a6dd751b32.txt");
        Files.writeString(letters.resolve("withdrawn.txt"), Files.readString(original, StandardCharsets.UTF_8)
                .replace("cervical spine: Upheld", "cervical spine: Withdrawn"), StandardCharsets.UTF_8);
        Files.writeString(original, Files.readString(original, StandardCharsets.UTF_8)
                .replace("cervical spine: Upheld", "cervical spine: UPHELD."), StandardCharsets.UTF_8);
        String model = SharedData.defaultModel().toString();
        Run r = run("evaluate", "-q", "-m", model, letters.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("warning: " + letters.resolve("withdrawn.txt") + ": "), r.err());
        assertTrue(r.err().contains("label 'Withdrawn' is not one the model knows [Upheld, Overturned]"), r.err());
        assertTrue(r.out().contains("balanced accuracy"), r.out());
        noTrace(r);
    }

    @Test
    void fileNamesCannotWriteControlCharactersToTheTerminal() throws Exception {
        Path letters = letters();
        Files.writeString(letters.resolve("\u001b[2Jevil\nname.txt"), "not a letter");
        Run r = run("parse", "-q", letters.toString());
        assertEquals(1, r.exitCode());
        assertFalse(r.err().contains("\u001b"), r.err());
        assertTrue(r.err().contains("\\x1b[2Jevil\\nname.txt"), r.err());
        // the file, what was written, then "1 of 6 files did not parse"
        assertEquals(3, r.err().lines().count(), r.err());
    }

    @Test
    void numericOptionsOutOfRangeAreUsageErrorsNamingTheRange() {
        for (String[] args : List.of(
                new String[] {"parse", "--threads", "268435456", "x"},
                new String[] {"parse", "--threads", "0", "x"},
                new String[] {"parse", "--time-per-letter", "0", "x"},
                new String[] {"parse", "--max-input-size", "10GB", "x"},
                new String[] {"train", "--lambda", "Infinity", "-o", "m", "x"},
                new String[] {"train", "--lambda", "NaN", "-o", "m", "x"},
                new String[] {"train", "--folds", "50", "-o", "m", "x"})) {
            Run r = run(args);
            assertEquals(2, r.exitCode(), String.join(" ", args));
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().matches("(?s).*expected .*(from|above) .*"), r.err());
            noTrace(r);
        }
    }
}
