package org.imrtoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.imrtoolkit.core.io.ParseColumn;
import org.imrtoolkit.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code imr load}, {@code query}, {@code export} and {@code report} on a real DuckDB file. */
class StoreCommandsTest {

    @TempDir
    Path dir;

    private Path loadShipped() {
        Path db = dir.resolve("letters.duckdb");
        Run run = Run.of("load", "--db", db.toString(), "--threads", "2", SharedData.dataLetters().toString());
        assertEquals(0, run.exitCode(), run.err());
        return db;
    }

    static long count(Path db, String sql) throws Exception {
        Run run = Run.of("query", "--db", db.toString(), sql);
        assertEquals(0, run.exitCode(), run.err());
        return Long.parseLong(run.out().lines().skip(1).findFirst().orElseThrow().strip());
    }

    @Test
    void shippedLettersGiveFiveLettersAndNineItemsAndLoadingTwiceChangesNoCount() throws Exception {
        Path db = loadShipped();
        String counts = "SELECT (SELECT count(*) FROM letters) || '/' || (SELECT count(*) FROM items) || '/' "
                + "|| (SELECT count(*) FROM features) || '/' || (SELECT count(*) FROM evidence) || '/' "
                + "|| (SELECT count(*) FROM reasons) AS counts";
        String once = Run.of("query", "--db", db.toString(), counts).out();
        assertTrue(once.contains("\n5/9/9/"), once);
        Run again = Run.of("load", "--db", db.toString(), SharedData.dataLetters().toString());
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(once, Run.of("query", "--db", db.toString(), counts).out());
        assertEquals(5, count(db, "SELECT count(DISTINCT letter_id) FROM letters"));
    }

    @Test
    void aCorruptLetterIsNamedAndTheGoodOnesAreLoaded() throws Exception {
        Path letters = Files.createDirectories(dir.resolve("letters"));
        for (Path f : Files.list(SharedData.dataLetters()).sorted().toList()) {
            Files.copy(f, letters.resolve(f.getFileName()));
        }
        Files.write(letters.resolve("corrupt.pdf"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2, 3});
        Files.writeString(letters.resolve("notes.txt"), "Shopping list: eggs, milk.\n");
        Path db = dir.resolve("mixed.duckdb");
        Run run = Run.of("load", "--db", db.toString(), letters.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("corrupt.pdf") && run.err().contains("notes.txt"), run.err());
        assertTrue(run.err().lines().filter(l -> l.contains("corrupt.pdf")).count() == 1, run.err());
        assertEquals(5, count(db, "SELECT count(*) FROM letters"));
        assertEquals(9, count(db, "SELECT count(*) FROM items"));
    }

    @Test
    void aLetterIdSeenTwiceInOneLoadIsNamedAsInParseAndLoadedOnce() throws Exception {
        Path first = SharedData.dataLetters().resolve(Files.list(SharedData.dataLetters()).sorted().findFirst()
                .orElseThrow().getFileName());
        Path copy = Files.createDirectories(dir.resolve("again")).resolve(first.getFileName());
        Files.copy(first, copy);
        Path db = dir.resolve("dup.duckdb");
        Run load = Run.of("load", "--threads", "2", "--db", db.toString(), first.toString(), copy.toString());
        Run parse = Run.of("parse", "--threads", "2", first.toString(), copy.toString());
        assertEquals(1, load.exitCode(), load.err());
        assertEquals(1, parse.exitCode(), parse.err());
        String said = load.err().lines().filter(l -> l.contains("duplicate id")).findFirst().orElseThrow();
        assertTrue(said.contains(copy.toString()) && said.contains("(also in " + first + ")"), said);
        assertTrue(parse.err().contains(copy + ": duplicate id '") && parse.err().contains("(also in " + first + ")"),
                parse.err());
        assertEquals(1, count(db, "SELECT count(*) FROM letters"));
    }

    @Test
    void queryOnTheItemsMatchesParseRowForRow() throws Exception {
        Path db = loadShipped();
        Run parse = Run.of("parse", SharedData.dataLetters().toString());
        assertEquals(0, parse.exitCode(), parse.err());
        List<String> itemColumns = columns(db, "items");
        List<String> letterColumns = columns(db, "letters");
        List<String> select = new ArrayList<>();
        for (ParseColumn c : ParseColumn.values()) {
            String name = c.header();
            assertTrue(itemColumns.contains(name) || letterColumns.contains(name), "the store has " + name);
            select.add((itemColumns.contains(name) ? "i." : "l.") + name);
        }
        Run query = Run.of("query", "--db", db.toString(), "SELECT " + String.join(", ", select)
                + " FROM items i JOIN letters l USING (letter_id) ORDER BY i.letter_id, i.item_index");
        assertEquals(0, query.exitCode(), query.err());
        List<CSVRecord> expected = records(parse.out());
        List<CSVRecord> actual = records(query.out());
        assertEquals(9, expected.size());
        assertEquals(expected.getFirst().getParser().getHeaderNames(), actual.getFirst().getParser().getHeaderNames());
        assertEquals(expected.size(), actual.size());
        for (int k = 0; k < expected.size(); k++) {
            assertEquals(expected.get(k).toList(), actual.get(k).toList(), "row " + (k + 1));
        }
    }

    @Test
    void theFeaturesTableMatchesImrFeaturesRowForRowWithTheUrColumnsTyped() throws Exception {
        Path db = loadShipped();
        Run features = Run.of("features", SharedData.dataLetters().toString());
        assertEquals(0, features.exitCode(), features.err());
        List<CSVRecord> expected = records(features.out());
        List<String> headers = expected.getFirst().getParser().getHeaderNames();
        assertTrue(headers.contains("ur_decision") && headers.contains("ur_reason_no_functional_improvement"), headers.toString());
        Run query = Run.of("query", "--db", db.toString(), "SELECT " + String.join(", ", headers)
                + " FROM features ORDER BY letter_id, item_index");
        assertEquals(0, query.exitCode(), query.err());
        List<CSVRecord> actual = records(query.out());
        assertEquals(9, expected.size());
        assertEquals(expected.size(), actual.size());
        for (int k = 0; k < expected.size(); k++) {
            assertEquals(expected.get(k).toList(), actual.get(k).toList(), "row " + (k + 1));
        }
        Run types = Run.of("query", "--db", db.toString(), "SELECT column_name, data_type FROM information_schema.columns "
                + "WHERE table_name = 'features' AND column_name LIKE 'ur%' ORDER BY ordinal_position");
        List<CSVRecord> ur = records(types.out());
        assertEquals("ur_decision", ur.stream().filter(r -> r.get(1).equals("VARCHAR")).map(r -> r.get(0)).findFirst().orElseThrow());
        List<String> reasons = ur.stream().map(r -> r.get(0)).filter(c -> c.startsWith("ur_reason_")).toList();
        assertEquals(org.imrtoolkit.features.clinical.DenialReason.values().length, reasons.size(), reasons.toString());
        assertTrue(ur.stream().filter(r -> r.get(0).startsWith("ur_reason_")).allMatch(r -> r.get(1).equals("BOOLEAN")), ur.toString());
    }

    @Test
    void queryWritesJsonLinesAndRefusesWrites() throws Exception {
        Path db = loadShipped();
        Run json = Run.of("query", "--db", db.toString(), "--format", "jsonl",
                "SELECT id, item_index, overturned FROM items ORDER BY id LIMIT 2");
        assertEquals(0, json.exitCode(), json.err());
        assertEquals("{\"id\":\"000_cef401a6dd751b32/1\",\"item_index\":1,\"overturned\":false}",
                json.out().lines().findFirst().orElseThrow());
        Run delete = Run.of("query", "--db", db.toString(), "DELETE FROM items");
        assertEquals(1, delete.exitCode());
        assertEquals(1, delete.err().strip().lines().count(), delete.err());
        assertTrue(delete.err().contains("read-only"), delete.err());
        assertEquals(9, count(db, "SELECT count(*) FROM items"));
        Run missing = Run.of("query", "--db", dir.resolve("none.duckdb").toString(), "SELECT 1");
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("none.duckdb: no such database file"), missing.err());
        Path out = dir.resolve("out/items.csv");
        assertEquals(0, Run.of("query", "--db", db.toString(), "-o", out.toString(), "SELECT * FROM items").exitCode());
        assertEquals(10, records(Files.readString(out)).size() + 1);
    }

    @Test
    void parquetFilesReadBackWithTheSameRowCounts() throws Exception {
        Path db = loadShipped();
        Path parquet = dir.resolve("parquet");
        Run run = Run.of("export", "--db", db.toString(), "--parquet", parquet.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> tables = List.of("letters", "items", "features", "evidence", "reasons", "predictions", "schema_version");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            for (String table : tables) {
                Path file = parquet.resolve(table + ".parquet");
                assertTrue(Files.isRegularFile(file), file.toString());
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM read_parquet('" + file + "')")) {
                    r.next();
                    assertEquals(count(db, "SELECT count(*) FROM " + table), r.getLong(1), table);
                }
            }
        }
        try (var files = Files.list(parquet)) {
            assertEquals(tables.size(), files.count(), "no temporary file left");
        }
    }

    @Test
    void reportWithPredictionsRendersInChromium() throws Exception {
        Path db = dir.resolve("predicted.duckdb");
        Run load = Run.of("load", "--db", db.toString(), "-m",
                SharedData.defaultModel().toString(), SharedData.dataLetters().toString());
        assertEquals(0, load.exitCode(), load.err());
        // the shipped default's cross-validated ROC-AUC interval includes 0.5 (README, "What the model does")
        assertTrue(load.err().contains("warning: this model is not shown to rank cases better than chance"), load.err());
        assertEquals(9, count(db, "SELECT count(*) FROM predictions WHERE model_name = 'default.imrmodel' "
                + "AND length(model_sha256) = 64 AND probability BETWEEN 0 AND 1"));
        Path html = dir.resolve("corpus.html");
        Run report = Run.of("report", "--db", db.toString(), "-o", html.toString());
        assertEquals(0, report.exitCode(), report.err());
        String page = Files.readString(html);
        for (String section : List.of("Overturn rate by treatment type", "Overturn rate by guideline source",
                "Overturn rate by reviewer specialty", "Overturn rate by month of decision",
                "The UR&#39;s reasons against the outcome", "The reviewer&#39;s reasons by treatment type",
                "Calibration of the model", "most confident misses")) {
            assertTrue(page.contains(section.replace("&#39;", "'")), section);
        }
        assertTrue(page.contains("<svg") && page.contains("(n="), "charts state their n");
        assertFalse(page.contains("<script") || page.contains("http://") || page.contains("https://"),
                "self-contained");
        Path target = SharedData.projectDir().resolve("cli/target");
        Files.createDirectories(target);
        Path copy = target.resolve("corpus-report.html");
        Files.copy(html, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path png = Chromium.screenshot(copy, target.resolve("corpus-report.png"));
        assertTrue(Files.size(png) > 10_000, "a rendered page, not a blank one");
    }

    private static List<String> columns(Path db, String table) throws Exception {
        Run run = Run.of("query", "--db", db.toString(), "SELECT column_name FROM information_schema.columns "
                + "WHERE table_name = '" + table + "' ORDER BY ordinal_position");
        assertEquals(0, run.exitCode(), run.err());
        return run.out().lines().skip(1).map(String::strip).collect(Collectors.toList());
    }

    static List<CSVRecord> records(String csv) throws Exception {
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            return p.getRecords();
        }
    }
}
