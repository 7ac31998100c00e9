package org.imrtoolkit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.imrtoolkit.core.io.CsvColumns;
import org.imrtoolkit.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code imr features} end to end on two dev letters with a surgery request: CM17-0002892 (a knee
 * arthroscopy among the items, with a PA assist and post-operative therapy) and CM17-0010420
 * (pre-operative tests for a hernia repair that is not among the items). The new columns and the
 * evidence lines that back them.
 */
class FeaturesSignalsTest {

    @TempDir
    Path dir;

    @Test
    void surgeryRequestFindingsAndFirstTrialInTheCsvAndTheEvidence() throws Exception {
        Path letters = SharedData.shared("wc-letters/txt");
        Path out = dir.resolve("f.csv");
        Path evidence = dir.resolve("e.jsonl");
        Context context = TestContexts.quiet("features");
        new FeaturesJob(List.of(letters.resolve("CM17-0002892.txt"), letters.resolve("CM17-0010420.txt")),
                new CaseSource(CsvColumns.DEFAULT, List.of()), out, evidence, OutputFormat.CSV).run(context);
        Map<String, CSVRecord> rows = new HashMap<>();
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().get().parse(Files.newBufferedReader(out))) {
            rows.put(r.get("id"), r);
        }
        CSVRecord arthroscopy = rows.get("CM17-0002892/1");
        assertEquals("false", arthroscopy.get("part_of_surgery_request"));
        assertEquals("", arthroscopy.get("procedure_item"));
        CSVRecord assist = rows.get("CM17-0002892/2");
        assertEquals("true", assist.get("part_of_surgery_request"));
        assertEquals("1", assist.get("procedure_item"));
        // "rupture of the ACL", "medial meniscal tearing", "locking/ catching and instability"
        assertEquals("full_thickness_tear;meniscal_or_labral_tear;locking;instability", assist.get("objective_findings"));
        CSVRecord therapy = rows.get("CM17-0002892/3");
        assertEquals("true", therapy.get("part_of_surgery_request"));
        assertEquals("1", therapy.get("procedure_item"));
        CSVRecord chestXray = rows.get("CM17-0010420/1");
        assertEquals("true", chestXray.get("part_of_surgery_request"));
        assertEquals("absent", chestXray.get("procedure_item"));
        assertEquals("", chestXray.get("initial_trial_within_limit"), "an x-ray is no therapy course");

        List<String> lines = Files.readAllLines(evidence);
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"id\":\"CM17-0002892/2\"")
                && l.contains("\"feature\":\"procedure_item\"") && l.contains("\"source\":\"item 1\"")
                && l.contains("Right knee arthroscopy")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"id\":\"CM17-0010420/1\"")
                && l.contains("\"feature\":\"part_of_surgery_request\"") && l.contains("Pre-op")));
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"id\":\"CM17-0002892/2\"")
                && l.contains("\"feature\":\"objective_findings\"") && l.contains("\"value\":\"locking\"")
                && l.contains("locking/ catching and instability")));
    }
}
