package org.imrtoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.imrtoolkit.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReasonsCommandTest {

    @TempDir
    Path dir;

    @Test
    void shippedLettersGiveTheirReasonsAndAReport() throws Exception {
        Path report = dir.resolve("reasons.html");
        Run run = Run.of("reasons", "--report", report.toString(), SharedData.dataLetters().toString());
        assertEquals(0, run.exitCode(), run.err());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(run.out())).getRecords();
        assertEquals(9, rows.size());
        assertEquals(List.of("id", "decision", "treatment_type", "exceeds_guideline_limit", "no_functional_improvement",
                "home_exercise_program", "no_conservative_care_trial", "no_red_flags", "criteria_not_met",
                "adjunct_to_denied", "request_incomplete", "not_recommended", "guideline_limit_cited", "guidelines"),
                rows.get(0).getParser().getHeaderNames());
        CSVRecord pt = rows.get(1);
        assertEquals("001_d0634289b152a677/1", pt.get("id"));
        assertEquals("true", pt.get("exceeds_guideline_limit"));
        assertEquals("8-10 sessions", pt.get("guideline_limit_cited"));
        assertEquals("MTUS Physical Medicine p. 99", pt.get("guidelines"), "the page the rationale cites");
        assertEquals("true", rows.get(6).get("adjunct_to_denied"));
        String html = Files.readString(report);
        assertTrue(html.contains("<svg") && html.contains("physical_therapy / Upheld"), html);
    }
}
