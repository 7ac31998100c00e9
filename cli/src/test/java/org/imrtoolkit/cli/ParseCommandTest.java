package org.imrtoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.imrtoolkit.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    @TempDir
    Path dir;

    @Test
    void shippedLettersMatchTheGoldenCsvFieldByField() throws IOException {
        Run run = Run.of("parse", SharedData.dataLetters().toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("imr parse: wrote 9 items of 5 letters to stdout\n", run.err(), "the success line only");
        List<CSVRecord> actual = records(new StringReader(run.out()));
        List<CSVRecord> golden;
        try (Reader in = new InputStreamReader(
                ParseCommandTest.class.getResourceAsStream("/golden/parse-data-letters.csv"), StandardCharsets.UTF_8)) {
            golden = records(in);
        }
        assertEquals(9, actual.size());
        assertEquals(golden.size(), actual.size());
        assertEquals(golden.get(0).getParser().getHeaderNames(), actual.get(0).getParser().getHeaderNames());
        assertEquals(List.of("letter_id", "item_index", "item", "decision"),
                actual.get(0).getParser().getHeaderNames().subList(0, 4));
        for (int row = 0; row < golden.size(); row++) {
            for (String column : golden.get(row).getParser().getHeaderNames()) {
                assertEquals(golden.get(row).get(column), actual.get(row).get(column),
                        "row " + (row + 1) + ", column " + column);
            }
        }
    }

    @Test
    void aFileThatIsNoLetterIsNamedAndExitIsOne() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "Meeting notes\nNothing to see here.\n");
        Run run = Run.of("parse", notes.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("imr parse: " + notes + ": not an IMR determination letter"), run.err());
        assertFalse(run.err().contains("Exception"), "no stack trace: " + run.err());
        assertEquals(1, run.out().lines().count(), "only the header: " + run.out());
    }

    @Test
    void goodRowsAreWrittenAndBadFilesNamedInAMixedDirectory() throws IOException {
        for (String id : List.of("000_cef401a6dd751b32", "002_04f9b0e14f6627f2")) {
            Files.copy(SharedData.dataLetters().resolve(id + ".txt"), dir.resolve(id + ".txt"));
        }
        String letter = Files.readString(SharedData.dataLetters().resolve("001_d0634289b152a677.txt"));
        Files.writeString(dir.resolve("cut.txt"), letter.substring(0, letter.indexOf("IMR ISSUES")));
        Files.writeString(dir.resolve("scan.pdf"), "not really a pdf");
        Files.writeString(dir.resolve("readme.md"), "ignored: not a letter file name");

        Path out = dir.resolve("out/items.csv");
        Run run = Run.of("parse", "-o", out.toString(), dir.toString());
        assertEquals(1, run.exitCode());
        assertAll(
                () -> assertTrue(run.err().contains(dir.resolve("cut.txt") + ":line "), run.err()),
                () -> assertTrue(run.err().contains("missing section 'IMR ISSUES, DECISIONS AND RATIONALES'"), run.err()),
                () -> assertTrue(run.err().contains(dir.resolve("scan.pdf") + ": not a PDF file"), run.err()),
                () -> assertTrue(run.err().contains("2 of 4 files did not parse"), run.err()),
                () -> assertEquals("", run.out()));
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(out)) {
            rows = records(in);
        }
        assertEquals(List.of("000_cef401a6dd751b32/1", "002_04f9b0e14f6627f2/1", "002_04f9b0e14f6627f2/2",
                "002_04f9b0e14f6627f2/3"), rows.stream().map(r -> r.get("letter_id") + "/" + r.get("item_index")).toList());
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertEquals(List.of(out), left.toList(), "no temporary file is left beside the output");
        }
    }

    @Test
    void sharedPdfLettersGiveAllTheirItems() throws IOException {
        Path pdf = SharedData.shared("wc-letters/pdf");
        Run run = Run.of("parse", "--quiet", pdf.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<CSVRecord> rows = records(new StringReader(run.out()));
        assertEquals(311, rows.size());
        assertEquals(34, rows.stream().filter(r -> r.get("decision").equals("Overturned")).count());
    }

    @Test
    void missingInputIsAnErrorWithoutStackTrace() {
        Run run = Run.of("parse", dir.resolve("nowhere").toString());
        assertEquals(1, run.exitCode());
        assertEquals("imr parse: " + dir.resolve("nowhere") + ": no such file or directory", run.err().strip());
    }

    @Test
    void helpNamesTheExitCodes() {
        Run run = Run.of("parse", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Exit codes:"), run.out());
        assertTrue(run.out().contains("1   some inputs did not parse"), run.out());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, Run.of("parse").exitCode());
        assertEquals(2, Run.of("parse", "--no-such-option", "x").exitCode());
        assertEquals(2, Run.of("no-such-command").exitCode());
    }

    private static List<CSVRecord> records(Reader in) throws IOException {
        return READ.parse(in).getRecords();
    }
}
