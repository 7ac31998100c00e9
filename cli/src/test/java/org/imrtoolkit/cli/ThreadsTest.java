package org.imrtoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.imrtoolkit.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output of every command that runs in parallel is the same, in the same order, for any --threads. */
class ThreadsTest {

    @TempDir
    Path dir;

    @Test
    void parseFeaturesAndPredictGiveTheSameOutputOnOneAndFourThreads() throws Exception {
        String letters = SharedData.shared("wc-letters/pdf").toString();
        String model = SharedData.defaultModel().toString();
        for (List<String> command : List.of(List.of("parse"), List.of("features"), List.of("predict", "-m", model))) {
            String one = output(command, "1", letters);
            String four = output(command, "4", letters);
            assertEquals(one, four, command.get(0));
        }
    }

    @Test
    void crossValidationGivesTheSameModelOnOneAndThreeThreads() throws Exception {
        String letters = SharedData.shared("wc-letters/txt").toString();
        Path a = dir.resolve("a.imrmodel");
        Path b = dir.resolve("b.imrmodel");
        Run one = Run.of("train", "-q", "--threads", "1", "-o", a.toString(), letters);
        Run three = Run.of("train", "-q", "--threads", "3", "-o", b.toString(), letters);
        assertEquals(one.out().replace(a.toString(), "M"), three.out().replace(b.toString(), "M"));
        Run pa = Run.of("predict", "-m", a.toString(), SharedData.dataLetters().toString());
        Run pb = Run.of("predict", "-m", b.toString(), SharedData.dataLetters().toString());
        assertEquals(pa.out(), pb.out());
    }

    private String output(List<String> command, String threads, String input) throws Exception {
        Path out = dir.resolve(command.get(0) + "-" + threads + ".csv");
        List<String> args = new java.util.ArrayList<>(command);
        args.addAll(List.of("-q", "--threads", threads, "-o", out.toString(), input));
        Run run = Run.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return Files.readString(out);
    }
}
