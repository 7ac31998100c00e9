package org.imrtoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.imrtoolkit.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code imr} process killed with SIGKILL mid-run leaves nothing at its output path; and
 * training twice gives the same model but for its creation time.
 */
class InterruptedRunTest {

    @TempDir
    Path dir;

    private Process start(List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ImrCommand.class.getName());
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Kills the process (SIGKILL) once a temporary file of the output has grown, or after a while. */
    private void killMidWrite(Process p, Path output) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (p.isAlive() && System.nanoTime() < deadline) {
            try (var s = Files.list(output.getParent())) {
                boolean writing = s.anyMatch(f -> f.getFileName().toString().startsWith("." + output.getFileName())
                        && f.toFile().length() > 0);
                if (writing) {
                    break;
                }
            }
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "the run was still going when it was killed");
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, p.exitValue(), "killed by SIGKILL");
    }

    @Test
    void killedPredictLeavesNoPartialOutput() throws Exception {
        Path letters = Files.createDirectories(dir.resolve("letters"));
        List<Path> sources = Files.list(SharedData.dataLetters()).sorted().toList();
        for (int i = 0; i < 3000; i++) {
            Path src = sources.get(i % sources.size());
            Files.copy(src, letters.resolve(i + "_" + src.getFileName()));
        }
        Path out = dir.resolve("out/predictions.csv");
        Files.createDirectories(out.getParent());
        Process p = start(List.of("predict", "-q", "-m", SharedData.defaultModel().toString(),
                "-o", out.toString(), letters.toString()), dir.resolve("predict.log"));
        killMidWrite(p, out);
        assertFalse(Files.exists(out), "no partial file at the output path");
    }

    @Test
    void killedTrainLeavesNoPartialModel() throws Exception {
        Path model = dir.resolve("m/model.imrmodel");
        Files.createDirectories(model.getParent());
        Process p = start(List.of("train", "-q", "-o", model.toString(), SharedData.shared("wc-letters/txt").toString()),
                dir.resolve("train.log"));
        Thread.sleep(1500);
        assertTrue(p.isAlive(), "training was still going when it was killed");
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertFalse(Files.exists(model), "no partial model at the output path");
    }

    @Test
    void trainingTwiceGivesTheSameModelButForItsCreationTime() throws Exception {
        Path a = dir.resolve("a.imrmodel");
        Path b = dir.resolve("b.imrmodel");
        String letters = SharedData.shared("wc-letters/txt").toString();
        assertEquals(0, Run.of("train", "-q", "-o", a.toString(), letters).exitCode());
        Thread.sleep(1100); // a later creation time, to show it is the only difference
        assertEquals(0, Run.of("train", "-q", "-o", b.toString(), letters).exitCode());
        List<byte[]> ea = entries(a);
        List<byte[]> eb = entries(b);
        assertArrayEquals(ea.get(1), eb.get(1), "the coefficients are byte-identical");
        String ma = new String(ea.get(0)).replaceAll("\"created\" : \"[^\"]+\"", "");
        String mb = new String(eb.get(0)).replaceAll("\"created\" : \"[^\"]+\"", "");
        assertEquals(ma, mb, "the manifests differ only in their creation time");
    }

    private static List<byte[]> entries(Path model) throws IOException {
        List<byte[]> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(model))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                entries.add(zip.readAllBytes());
            }
        }
        return entries;
    }
}
