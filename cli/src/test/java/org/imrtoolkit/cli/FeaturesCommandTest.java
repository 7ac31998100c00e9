package org.imrtoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.imrtoolkit.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeaturesCommandTest {

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    private static final Pattern EVIDENCE = Pattern.compile(
            "\\{\"id\":\"([^\"]+)\",\"feature\":\"([^\"]+)\",\"value\":\"([^\"]*)\",\"source\":\"(item|summary)\","
                    + "\"sentence\":\"((?:[^\"\\\\]|\\\\.)*)\",\"begin\":(\\d+),\"end\":(\\d+)}");

    @TempDir
    Path dir;

    @Test
    void shippedLettersGiveOneRowPerItemWithEvidence() throws IOException {
        Path evidence = dir.resolve("evidence.jsonl");
        Run run = Run.of("features", "--evidence", evidence.toString(), SharedData.dataLetters().toString());
        assertEquals(0, run.exitCode(), run.err());
        List<CSVRecord> rows = READ.parse(new StringReader(run.out())).getRecords();
        assertEquals(9, rows.size());
        assertEquals("id", rows.get(0).getParser().getHeaderNames().get(0));
        CSVRecord first = rows.get(0);
        assertAll(
                () -> assertEquals("000_cef401a6dd751b32/1", first.get("id")),
                () -> assertEquals("12", first.get("requested_sessions_min")),
                () -> assertEquals("20", first.get("prior_visits")),
                () -> assertEquals("physical_therapy", first.get("treatment_type")),
                () -> assertEquals("cervical", first.get("item_body_regions")),
                () -> assertEquals("51", first.get("age")),
                () -> assertEquals("female", first.get("sex")),
                () -> assertEquals("permanent_and_stationary", first.get("work_status")));
        CSVRecord range = rows.get(2);
        assertEquals("12", range.get("requested_sessions_min"));
        assertEquals("18", range.get("requested_sessions_max"));
        assertEquals("not_documented", rows.get(5).get("functional_improvement"));

        List<String> lines = Files.readAllLines(evidence);
        assertTrue(lines.size() > 9);
        for (String line : lines) {
            Matcher m = EVIDENCE.matcher(line);
            assertTrue(m.matches(), line);
            assertTrue(Integer.parseInt(m.group(6)) < Integer.parseInt(m.group(7)), line);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"feature\":\"prior_visits\",\"value\":\"20\"")
                && l.contains("this date is visit number 20")), "prior visits keep their sentence");
    }

    @Test
    void csvRowsWithTheirColumns() throws IOException {
        Path csv = Files.writeString(dir.resolve("cases.csv"), """
                case,notes,request,outcome,region
                a1,"She has completed 24 sessions of physical therapy, with no documentation of functional improvement.",Physical therapy 2x6,Upheld,south
                a2,"He was injured on 3-4-15. MRI shows a tear.",MRI of the right knee,Overturned,north
                """);
        Run run = Run.of("features", "--id-column", "case", "--text-column", "notes", "--item-column", "request",
                "--label-column", "outcome", "--category-column", "region", csv.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<CSVRecord> rows = READ.parse(new StringReader(run.out())).getRecords();
        assertEquals(List.of("a1", "a2"), rows.stream().map(r -> r.get("id")).toList());
        assertEquals("24", rows.get(0).get("prior_visits"));
        assertEquals("12", rows.get(0).get("requested_sessions_max"));
        assertEquals("not_documented", rows.get(0).get("functional_improvement"));
        assertEquals("imaging", rows.get(1).get("treatment_type"));
        assertEquals("", rows.get(1).get("requested_sessions_min"));
    }

    @Test
    void aMissingColumnIsNamedWithTheHeader() throws IOException {
        Path csv = Files.writeString(dir.resolve("cases.csv"), "case,notes\nx,some text\n");
        Run run = Run.of("features", "--text-column", "summary", csv.toString());
        assertEquals(1, run.exitCode());
        assertEquals("imr features: " + csv + ": no column 'summary'; the header is: case, notes",
                run.err().lines().findFirst().orElseThrow());
    }

    @Test
    void aBrokenRowIsReportedAndTheOthersWritten() throws IOException {
        Path csv = Files.writeString(dir.resolve("cases.csv"), "case,notes\nx,knee pain\ny\nz,back pain\n");
        Run run = Run.of("features", "--id-column", "case", "--text-column", "notes", csv.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(csv + ":row 3: expected 2 fields, found 1"), run.err());
        List<CSVRecord> rows = READ.parse(new StringReader(run.out())).getRecords();
        assertEquals(List.of("x", "z"), rows.stream().map(r -> r.get("id")).toList());
    }
}
