package org.imrtoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.imrtoolkit.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages that say what happened (issue 21): a problem on every row of a table is named three
 * times and then counted, not printed once per row; a mistyped input path writes nothing (no CSV
 * header on stdout); and every command that writes ends with one line naming what it wrote.
 */
class WhatWasWrittenTest {

    @TempDir
    Path dir;

    private static String model() {
        return SharedData.defaultModel().toString();
    }

    private static String letters() {
        return SharedData.dataLetters().toString();
    }

    private static long lines(String err, String containing) {
        return err.lines().filter(l -> l.contains(containing)).count();
    }

    @Test
    void aProblemOnEveryRowOfATableIsNamedThreeTimesThenCounted() throws Exception {
        StringBuilder csv = new StringBuilder("id,kind\n");
        for (int i = 0; i < 40; i++) {
            csv.append("r").append(i).append(",a\n");
        }
        Path table = Files.writeString(dir.resolve("t.csv"), csv);
        Run run = Run.of("train", "-q", "-o", dir.resolve("m.imrmodel").toString(), "--id-column", "id",
                "--category-column", "kind", table.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(4, lines(run.err(), "no label"), run.err());
        assertTrue(run.err().contains("imr train: r0: no label (for CSV inputs, name its column with --label-column)"), run.err());
        assertTrue(run.err().contains("imr train: no label (for CSV inputs, name its column with --label-column): "
                + "37 more inputs like the above, 40 in all"), run.err());
    }

    @Test
    void theDmhcTableWithoutItsLabelColumnGivesFourLinesNot19228() {
        Path table = SharedData.shared("dmhc").resolve("imr-determinations-2001-2016.csv");
        Run run = Run.of("train", "-q", "-o", dir.resolve("m.imrmodel").toString(), "--delimiter", ";", "--id-column",
                "Reference ID", "--category-column", "Type", table.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(4, lines(run.err(), "no label"), run.err());
        assertTrue(run.err().contains("19,225 more inputs like the above, 19,228 in all"), run.err());
        assertTrue(run.err().lines().count() <= 6, run.err());
    }

    @Test
    void aBadFileInABatchIsAlwaysNamed() throws Exception {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        for (int i = 0; i < 6; i++) {
            Files.writeString(batch.resolve("bad" + i + ".txt"), "not a letter");
        }
        Run run = Run.of("parse", "-q", batch.toString());
        assertEquals(1, run.exitCode());
        for (int i = 0; i < 6; i++) {
            assertTrue(run.err().contains("bad" + i + ".txt: not an IMR determination letter"), run.err());
        }
    }

    @Test
    void aMistypedPathWritesNoHeaderAndNoFile() {
        Path missing = dir.resolve("no-such-letters");
        List<List<String>> commands = List.of(List.of("parse"), List.of("features"), List.of("reasons"),
                List.of("predict", "-m", model()), List.of("evaluate", "-m", model()));
        for (List<String> command : commands) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("-q", missing.toString()));
            Run run = Run.of(args.toArray(String[]::new));
            assertEquals(1, run.exitCode(), command + ": " + run.err());
            assertEquals("", run.out(), command + " wrote to stdout");
            assertTrue(run.err().contains(missing + ": no such file or directory"), run.err());
        }
        Path model = dir.resolve("m.imrmodel");
        Run train = Run.of("train", "-q", "-o", model.toString(), missing.toString());
        assertEquals(1, train.exitCode());
        assertTrue(train.err().contains(missing + ": no such file or directory"), train.err());
        assertTrue(Files.notExists(model));
        Path db = dir.resolve("wc.duckdb");
        Run load = Run.of("load", "-q", "--db", db.toString(), missing.toString());
        assertEquals(1, load.exitCode());
        assertTrue(Files.notExists(db), "no database made from nothing");
        Run mixed = Run.of("load", "-q", "--db", db.toString(), missing.toString(), letters());
        assertEquals(1, mixed.exitCode(), "a missing input is counted");
        assertTrue(mixed.err().contains("imr load: loaded 5 letters (9 items)"), "and the others loaded: " + mixed.err());
        Path errors = dir.resolve("errors.csv");
        Run predict = Run.of("predict", "-q", "-m", model(), "-o", dir.resolve("p.csv").toString(), "--errors",
                errors.toString(), missing.toString());
        assertEquals(1, predict.exitCode());
        assertTrue(Files.notExists(dir.resolve("p.csv")), "no prediction file");
        assertTrue(Files.exists(errors), "--errors lists the missing input");
    }

    @Test
    void everyWriterEndsWithALineNamingWhatItWrote() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        String p = out.resolve("items.csv").toString();
        assertTrue(Run.of("parse", "-q", "-o", p, letters()).err().contains("imr parse: wrote 9 items of 5 letters to " + p));
        String f = out.resolve("f.csv").toString();
        String ev = out.resolve("ev.jsonl").toString();
        Run features = Run.of("features", "-q", "-o", f, "--evidence", ev, letters());
        long evidence = Files.readAllLines(Path.of(ev)).size();
        assertTrue(features.err().contains("imr features: wrote the features of 9 cases to " + f + " and " + evidence
                + " evidence lines to " + ev), features.err());
        String r = out.resolve("r.csv").toString();
        assertTrue(Run.of("reasons", "-q", "-o", r, letters()).err().contains("imr reasons: wrote the reasons of 9 items to " + r));
        String pr = out.resolve("p.csv").toString();
        assertTrue(Run.of("predict", "-q", "-m", model(), "-o", pr, letters()).err()
                .contains("imr predict: wrote 9 predictions to " + pr));
        String metrics = out.resolve("e.json").toString();
        assertTrue(Run.of("evaluate", "-q", "-m", model(), "--metrics", metrics, letters()).err()
                .contains("imr evaluate: evaluated 9 cases from 5 files; wrote the metrics to " + metrics));
        Path table = Files.writeString(dir.resolve("t.csv"), ModelCommandsTest.csvRows());
        String m = out.resolve("m.imrmodel").toString();
        Run train = Run.of("train", "-q", "-o", m, "--id-column", "id", "--label-column", "outcome", "--category-column",
                "kind", "--folds", "3", table.toString());
        assertTrue(train.err().contains("imr train: wrote " + m + " (logistic, "), train.err());
        String db = out.resolve("wc.duckdb").toString();
        assertTrue(Run.of("load", "-q", "--db", db, letters()).err()
                .contains("imr load: loaded 5 letters (9 items) into " + db + ", which now holds 5 letters, 9 items"));
        String parquet = out.resolve("parquet").toString();
        Run export = Run.of("export", "-q", "--db", db, "--parquet", parquet);
        assertTrue(export.err().contains("imr export: wrote 7 tables (") && export.err().contains("as Parquet to " + parquet),
                export.err());
    }
}
