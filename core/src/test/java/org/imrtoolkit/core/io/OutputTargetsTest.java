package org.imrtoolkit.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputTargetsTest {

    @TempDir
    Path dir;

    private String refusal(OutputTargets targets, List<Path> inputs) {
        return assertThrows(OutputTargets.Refused.class, () -> targets.check(inputs)).getMessage();
    }

    @Test
    void eachBadTargetIsRefusedInOneLine() throws Exception {
        Path input = Files.writeString(dir.resolve("a.txt"), "x");
        assertEquals("-o /dev/null: not a regular file (a character device); refusing to replace it",
                refusal(new OutputTargets().add("-o", Path.of("/dev/null")), List.of()));
        assertEquals("-o " + dir + ": is a directory; give a file name",
                refusal(new OutputTargets().add("-o", dir), List.of()));
        assertEquals("-o \"\": an empty file name", refusal(new OutputTargets().add("-o", Path.of("")), List.of()));
        assertEquals("-o " + input + ": is also an input; refusing to overwrite an input",
                refusal(new OutputTargets().add("-o", input), List.of(input)));
        Path hardLink = Files.createLink(dir.resolve("b.txt"), input);
        assertEquals("-o " + hardLink + ": is also an input; refusing to overwrite an input",
                refusal(new OutputTargets().add("-o", hardLink), List.of(input)));
        Path sameByName = dir.resolve("sub/../a.txt");
        assertEquals("-o " + sameByName + ": is also an input; refusing to overwrite an input",
                refusal(new OutputTargets().add("-o", sameByName), List.of(input)));
        Path out = dir.resolve("preds.csv");
        assertEquals("--errors " + dir.resolve("./preds.csv") + ": is the same file as -o; give each output a file of its own",
                refusal(new OutputTargets().add("-o", out).add("--errors", dir.resolve("./preds.csv")), List.of()));
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), dir.resolve("target.csv"));
        assertEquals("-o " + link + ": is a symbolic link; refusing to replace it (name the file it points to)",
                refusal(new OutputTargets().add("-o", link), List.of()));
        Path underAFile = input.resolve("out.csv");
        assertEquals("-o " + underAFile + ": " + input + " is not a directory",
                refusal(new OutputTargets().add("-o", underAFile), List.of()));
        Path fifo = dir.resolve("fifo.csv");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            assertEquals("-o " + fifo + ": not a regular file (a FIFO); refusing to replace it",
                    refusal(new OutputTargets().add("-o", fifo), List.of()));
        }
        // Good targets pass: a new file in a new directory, stdout (null), an existing regular file.
        new OutputTargets().add("-o", dir.resolve("new/dir/out.csv")).add("--report", null)
                .add("--errors", Files.writeString(dir.resolve("old.csv"), "x")).check(List.of(input));
    }

    @Test
    void aDirectoryInputDoesNotReadTheOutput() throws Exception {
        Path a = Files.writeString(dir.resolve("a.csv"), "x");
        Path preds = Files.writeString(dir.resolve("preds.csv"), "old run");
        OutputTargets targets = new OutputTargets().add("-o", preds);
        targets.check(List.of(a));
        assertEquals(List.of(a), targets.withoutOutputs(List.of(a, preds)));
    }

    @Test
    void anUnwritableDirectoryIsRefused() throws Exception {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("r-x------"));
        try {
            assumeTrue(!Files.isWritable(locked), "running as root: permissions are not enforced");
            assertEquals("-o " + locked.resolve("x.csv") + ": cannot write in " + locked + " (permission denied)",
                    refusal(new OutputTargets().add("-o", locked.resolve("x.csv")), List.of()));
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void stdoutWriteErrorsAreThrown() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full));
        IOException e = assertThrows(IOException.class, () -> {
            try (Writer w = Stdout.writer(new FileOutputStream(full.toFile()))) {
                w.write("id,item\n".repeat(100_000));
                w.flush();
            }
        });
        assertEquals("cannot write to stdout: No space left on device", Stdout.describe(e));
    }
}
