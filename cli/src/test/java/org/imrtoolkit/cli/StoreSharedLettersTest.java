package org.imrtoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.imrtoolkit.core.testing.SharedData;
import org.imrtoolkit.store.CorpusReport;
import org.imrtoolkit.store.Toolkit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 129 shared letters in the store: their counts, and the corpus report's figures against the
 * counts of {@code imr parse} and {@code imr reasons} on the same letters.
 */
class StoreSharedLettersTest {

    @TempDir
    Path dir;

    @Test
    void sharedLettersLoadAndTheReportAgreesWithParseAndReasons() throws Exception {
        String letters = SharedData.shared("wc-letters/pdf").toString();
        Path db = dir.resolve("wc.duckdb");
        Run load = Run.of("load", "-q", "--db", db.toString(), letters);
        assertEquals(0, load.exitCode(), load.err());
        assertEquals(129, StoreCommandsTest.count(db, "SELECT count(*) FROM letters"));
        assertEquals(311, StoreCommandsTest.count(db, "SELECT count(*) FROM items"));

        Path html = dir.resolve("corpus.html");
        Run report = Run.of("report", "--db", db.toString(), "-o", html.toString());
        assertEquals(0, report.exitCode(), report.err());
        assertTrue(Files.readString(html).contains("129 letters, 311 disputed items"));
        CorpusReport figures = CorpusReport.of(db);

        Run parse = Run.of("parse", "-q", letters);
        assertEquals(0, parse.exitCode(), parse.err());
        List<CSVRecord> items = StoreCommandsTest.records(parse.out());
        Predicate<CSVRecord> overturned = r -> r.get("decision").equals("Overturned");

        // 1. Items overturned, of all.
        assertEquals(items.stream().filter(overturned).count() + " of " + items.size(),
                figures.section("Overview").row("overturned items").get(1));

        // 2. Items and overturned items by the IMR decision's guideline source.
        Map<String, List<CSVRecord>> bySource = items.stream()
                .collect(Collectors.groupingBy(r -> r.get("maximus_guideline_source"), TreeMap::new, Collectors.toList()));
        CorpusReport.Section sources = figures.section("Overturn rate by guideline source");
        assertEquals(bySource.size(), sources.rows().size());
        bySource.forEach((source, rows) -> {
            List<String> row = sources.row(source);
            assertEquals(Integer.toString(rows.size()), row.get(1), source);
            assertEquals(Long.toString(rows.stream().filter(overturned).count()), row.get(2), source);
        });

        // 3. The reviewer's reasons by treatment type, against imr reasons.
        Run reasons = Run.of("reasons", "-q", letters);
        assertEquals(0, reasons.exitCode(), reasons.err());
        List<CSVRecord> tagged = StoreCommandsTest.records(reasons.out());
        assertEquals(311, tagged.size());
        Map<String, List<CSVRecord>> byType = tagged.stream()
                .collect(Collectors.groupingBy(r -> r.get("treatment_type"), TreeMap::new, Collectors.toList()));
        CorpusReport.Section reviewer = figures.section("The reviewer's reasons by treatment type");
        assertEquals(byType.size(), reviewer.rows().size());
        List<String> reasonColumns = Toolkit.reasonColumns();
        byType.forEach((type, rows) -> {
            List<String> row = reviewer.row(type);
            assertEquals(Integer.toString(rows.size()), row.get(1), type);
            for (int k = 0; k < reasonColumns.size(); k++) {
                String reason = reasonColumns.get(k);
                long n = rows.stream().filter(r -> r.get(reason).equals("true")).count();
                String cell = row.get(3 + k);
                assertEquals(Long.toString(n), cell.contains(" ") ? cell.substring(0, cell.indexOf(' ')) : cell,
                        type + " " + reason);
            }
        });
        // 4. The UR's reasons and decision against the outcome, against imr features and imr parse.
        Run features = Run.of("features", "-q", letters);
        assertEquals(0, features.exitCode(), features.err());
        Map<String, String> decisionOf = items.stream()
                .collect(Collectors.toMap(r -> r.get("letter_id") + "/" + r.get("item_index"), r -> r.get("decision")));
        List<CSVRecord> featureRows = StoreCommandsTest.records(features.out());
        assertEquals(311, featureRows.size());
        CorpusReport.Section ur = figures.section("The UR's reasons against the outcome");
        List<String> urColumns = featureRows.getFirst().getParser().getHeaderNames().stream()
                .filter(h -> h.startsWith("ur_reason_") || h.equals("ur_decision")).toList();
        assertEquals(1 + org.imrtoolkit.features.clinical.DenialReason.values().length, urColumns.size(), urColumns.toString());
        long cited = 0;
        for (String column : urColumns) {
            Map<String, List<CSVRecord>> byValue = featureRows.stream()
                    .collect(Collectors.groupingBy(r -> r.get(column), TreeMap::new, Collectors.toList()));
            for (Map.Entry<String, List<CSVRecord>> e : byValue.entrySet()) {
                List<String> row = ur.row(column + " = " + e.getKey());
                assertEquals(Integer.toString(e.getValue().size()), row.get(1), row.toString());
                assertEquals(Long.toString(e.getValue().stream().filter(r -> decisionOf.get(r.get("id")).equals("Overturned"))
                        .count()), row.get(2), row.toString());
            }
            cited += byValue.getOrDefault("true", List.of()).size();
        }
        assertTrue(cited > 0, "the UR cites some reason on the shared letters");
        assertTrue(ur.rates().stream().anyMatch(r -> r.label().startsWith("ur_reason_") && r.interval().n() > 0
                && r.interval().low() <= r.interval().rate() && r.interval().rate() <= r.interval().high()));

        long ptExceeds = byType.get("physical_therapy").stream()
                .filter(r -> r.get("exceeds_guideline_limit").equals("true")).count();
        assertTrue(ptExceeds > 0, "a figure that is not zero: " + ptExceeds);
    }
}
