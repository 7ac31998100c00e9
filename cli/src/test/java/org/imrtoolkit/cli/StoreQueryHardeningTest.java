package org.imrtoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.imrtoolkit.store.LetterStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, case by case, through the command line on generated stores: {@code imr query} runs
 * one reading statement under DuckDB's locked safety settings and within its limits; the store's
 * own statements read only its base tables; no output may be the database. Each refusal is one
 * line naming the database (exit 1; 2 for an output that is an input), with no stack trace, and
 * nothing appears or changes in the test's folder or in {@code ~/.duckdb}. Every command is given
 * {@link #BUDGET}; the time-limit cases state their own, shorter one.
 */
class StoreQueryHardeningTest {

    /** A refused statement is refused before it runs: each command is given this long. */
    private static final Duration BUDGET = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private Path db;

    /** An empty store of this schema, and a table of values to query. */
    @BeforeEach
    void store() throws Exception {
        db = dir.resolve("store.duckdb");
        LetterStore.open(db, "test").close();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE cells (id INTEGER, text VARCHAR)");
            s.execute("INSERT INTO cells VALUES (1, '=1+2'), (2, '-x'), (3, '@SUM(A1)'), (4, '+1'), (5, '-3'), (6, 'plain')");
        }
    }

    private static Run run(String... args) {
        return assertTimeoutPreemptively(BUDGET, () -> Run.of(args));
    }

    private static void oneLine(Run r, String start) {
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith(start), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("at org."), r.err());
    }

    /** Every file under the test folder with its SHA-256, and what ~/.duckdb holds. */
    private Map<String, String> snapshot() throws Exception {
        Map<String, String> files = new TreeMap<>();
        for (Path root : List.of(dir, Path.of(System.getProperty("user.home"), ".duckdb"))) {
            if (!Files.exists(root)) {
                files.put(root.toString(), "absent");
                continue;
            }
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.toList()) {
                    files.put(p.toString(), Files.isRegularFile(p) ? sha256(p) : "dir");
                }
            }
        }
        return files;
    }

    private static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    private Run refused(String sql, String says) throws Exception {
        Map<String, String> before = snapshot();
        Run r = run("query", "--db", db.toString(), sql);
        assertEquals(1, r.exitCode(), sql + ": " + r.err());
        oneLine(r, "imr query: " + db + ": ");
        assertTrue(r.err().contains(says), sql + ": " + r.err());
        assertEquals("", r.out(), sql);
        assertEquals(before, snapshot(), "nothing written, nothing changed: " + sql);
        return r;
    }

    @Test
    void statementsThatWriteAreRefusedByDuckDbsParserBeforeTheyRun() throws Exception {
        Path other = dir.resolve("other.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t AS SELECT 1 AS x");
        }
        String notRead = "read-only statement";
        refused("COPY (SELECT 1) TO '" + dir.resolve("copied.csv") + "'", notRead);
        refused("COPY cells TO '" + db + "'", notRead);
        refused("EXPORT DATABASE '" + dir.resolve("exported") + "'", notRead);
        refused("ATTACH '" + other + "' AS o (READ_WRITE)", notRead);
        refused("DELETE FROM cells", notRead);
        refused("INSTALL httpfs", notRead);
        refused("SET memory_limit='1TB'", notRead);
        refused("PRAGMA memory_limit='1TB'", notRead);
        refused("SELECT 1; DROP TABLE cells", notRead);
        refused("SELECT 1; SELECT 2", "holds 2 statements");
        refused("SELECT 1 /* a comment; */ ; SELECT 2 -- hides nothing", "holds 2 statements");
        refused("SELECT 1 -- a comment\n; DELETE FROM cells", notRead);
        refused("SELEC 1", "DuckDB cannot parse the query");
        refused("", "holds no statement");
    }

    @Test
    void filesTheNetworkAndExtensionsAreOutOfReach() throws Exception {
        String off = "file system operations are disabled by configuration";
        refused("SELECT * FROM read_text('/etc/passwd')", off);
        refused("SELECT * FROM read_csv('/etc/shadow', sep = ':')", off);
        refused("SELECT * FROM glob('/root/*')", off);
        refused("SELECT * FROM read_csv('http://127.0.0.1:9/x.csv')", off);
        refused("SELECT * FROM read_parquet('" + dir.resolve("none.parquet") + "')", off);
        // the settings cannot be read around either: a query sees them locked
        Run settings = run("query", "--db", db.toString(), "SELECT current_setting('enable_external_access') AS e, "
                + "current_setting('lock_configuration') AS l, current_setting('autoload_known_extensions') AS a");
        assertEquals(0, settings.exitCode(), settings.err());
        assertEquals("e,l,a\r\nfalse,true,false\r\n", settings.out());
    }

    @Test
    void aQueryOverItsTimeLimitIsCancelledWithinIt() throws Exception {
        Map<String, String> before = snapshot();
        long start = System.nanoTime();
        // budget: the 1 s limit, plus DuckDB's check between batches and the JVM's start of the command
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Run.of("query", "--db", db.toString(),
                "--timeout", "1", "SELECT count(*) FROM range(1000000000000)"));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1, r.exitCode(), r.err());
        oneLine(r, "imr query: " + db + ": the query ran longer than its time limit (1 s)");
        assertTrue(r.err().contains("--timeout SECONDS"), r.err());
        assertTrue(ms < 10_000, ms + " ms");
        System.out.printf("range(1e12) under --timeout 1: refused after %d ms%n", ms);
        assertEquals(before, snapshot());
    }

    @Test
    void aResultOverTheRowBoundIsRefusedAndNotWritten() throws Exception {
        Path out = dir.resolve("out/rows.csv");
        Map<String, String> before = snapshot();
        // a 50M-row cross join: run under a LIMIT of 1,000,001, so refused in seconds, not written in full
        Run big = run("query", "--db", db.toString(), "-o", out.toString(),
                "SELECT a.range AS a, b.range AS b FROM range(10000) a, range(5000) b");
        assertEquals(1, big.exitCode(), big.err());
        oneLine(big, "imr query: " + db + ": the result has more than 1000000 rows");
        assertTrue(big.err().contains("--max-rows N"), big.err());
        assertFalse(Files.exists(out));
        before.remove(out.getParent().toString());
        Map<String, String> after = snapshot();
        after.remove(out.getParent().toString());
        assertEquals(before, after);
        Run ten = run("query", "--db", db.toString(), "--max-rows", "10", "SELECT * FROM range(10)");
        assertEquals(0, ten.exitCode(), ten.err());
        assertEquals(11, ten.out().lines().count());
        Run eleven = run("query", "--db", db.toString(), "--max-rows", "10", "SELECT * FROM range(11)");
        assertEquals(1, eleven.exitCode(), eleven.err());
        assertTrue(eleven.err().contains("more than 10 rows, the most imr query writes (the first 10 were written)"), eleven.err());
    }

    @Test
    void aQueryOverItsMemoryLimitFailsAndNothingSpillsToDisk() throws Exception {
        Map<String, String> before = snapshot();
        Run r = run("query", "--db", db.toString(), "--memory-limit", "16MB", "SELECT list(range) FROM range(100000000)");
        assertEquals(1, r.exitCode(), r.err());
        oneLine(r, "imr query: " + db + ": Out of Memory Error");
        assertTrue(r.err().contains("memory limit (16.0 MB)") && r.err().contains("--memory-limit SIZE"), r.err());
        assertEquals(before, snapshot(), "no temporary folder beside the database");
        Run bad = run("query", "--db", db.toString(), "--memory-limit", "1TBX", "SELECT 1");
        assertEquals(2, bad.exitCode(), bad.err());
    }

    @Test
    void anOutputThatIsTheDatabaseIsRefusedForQueryAndReport() throws Exception {
        Map<String, String> before = snapshot();
        Run q = run("query", "--db", db.toString(), "-o", db.toString(), "SELECT 1");
        assertEquals(2, q.exitCode(), q.err());
        oneLine(q, "imr query: -o " + db + ": is also an input");
        Run r = run("report", "--db", db.toString(), "-o", db.toString());
        assertEquals(2, r.exitCode(), r.err());
        oneLine(r, "imr report: -o " + db + ": is also an input");
        assertEquals(before, snapshot(), "the database is unchanged");
    }

    @Test
    void csvCellsAreMadeSafeForSpreadsheetsAndJsonLinesKeepEveryColumnAndType() throws Exception {
        Run csv = run("query", "--db", db.toString(), "SELECT text, id - 4 AS n FROM cells ORDER BY id");
        assertEquals(0, csv.exitCode(), csv.err());
        assertEquals(List.of("text,n", "'=1+2,-3", "'-x,-2", "'@SUM(A1),-1", "+1,0", "-3,1", "plain,2"),
                csv.out().lines().toList());
        Run json = run("query", "--db", db.toString(), "--format", "jsonl", "SELECT 1 AS a, 2 AS a, 3 AS a_2, "
                + "'\\xAA\\xBB'::BLOB AS b, [1, 2] AS l, {'x': 1, 'y': 'z'} AS s, MAP {'k': [true]} AS m, "
                + "NULL AS n, 'inf'::DOUBLE AS d");
        assertEquals(0, json.exitCode(), json.err());
        assertEquals("{\"a\":1,\"a_3\":2,\"a_2\":3,\"b\":\"qrs=\",\"l\":[1,2],\"s\":{\"x\":1,\"y\":\"z\"},"
                + "\"m\":{\"k\":[true]},\"n\":null,\"d\":\"Infinity\"}", json.out().strip());
        Run nested = run("query", "--db", db.toString(), "SELECT [1, 2] AS l, {'x': 'y'} AS s");
        assertEquals(List.of("l,s", "\"[1,2]\",\"{\"\"x\"\":\"\"y\"\"}\""), nested.out().lines().toList());
    }

    @Test
    void everyKindOfReadingStatementRuns() {
        for (String sql : List.of("DESCRIBE cells", "SHOW TABLES", "SUMMARIZE cells", "FROM cells", "VALUES (1), (2)",
                "WITH t AS (SELECT 1 AS x) SELECT * FROM t", "SELECT 1; -- one statement, a trailing comment")) {
            Run r = run("query", "--db", db.toString(), sql);
            assertEquals(0, r.exitCode(), sql + ": " + r.err());
            assertTrue(r.out().lines().count() >= 2, sql + ": " + r.out());
        }
    }

    @Test
    void aRefusedQueryStaysWithinItsTimeAndMemoryBudget() throws Exception {
        // budget: 60 s and 1 GB of resident memory for the whole process (a JVM of at most 256 MB heap,
        // DuckDB at most 256 MB of working memory, and the 1,000,001 rows of two BIGINTs its LIMIT lets through)
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m",
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                ImrCommand.class.getName(), "query", "--db", db.toString(), "--memory-limit", "256MB",
                "-o", dir.resolve("big.csv").toString(), "SELECT a.range, b.range FROM range(10000) a, range(5000) b");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("run.log").toFile()).start();
        long start = System.nanoTime();
        long maxKb = 0;
        Path status = Path.of("/proc/" + p.pid() + "/status");
        while (p.isAlive() && System.nanoTime() - start < Duration.ofSeconds(60).toNanos()) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        maxKb = Math.max(maxKb, Long.parseLong(line.replaceAll("\\D", "")));
                    }
                }
            } catch (IOException e) {
                // ended meanwhile
            }
            Thread.sleep(20);
        }
        assertTrue(p.waitFor(1, java.util.concurrent.TimeUnit.SECONDS), "ended within 60 s");
        assertEquals(1, p.exitValue(), Files.readString(dir.resolve("run.log")));
        assertTrue(Files.readString(dir.resolve("run.log")).contains("more than 1000000 rows"));
        assertTrue(maxKb > 0 && maxKb < 1024 * 1024, "peak resident memory " + maxKb + " KB");
        System.out.printf("50M-row cross join refused: %d ms, peak resident memory %d MB%n",
                (System.nanoTime() - start) / 1_000_000, maxKb / 1024);
        assertFalse(Files.exists(dir.resolve("big.csv")));
    }

    @Test
    void duckDbsWholeMessageIsKeptOnOneLine() throws Exception {
        Run r = refused("SELECT txt FROM cells", "Candidate bindings");
        assertTrue(r.err().contains("Referenced column \"txt\" not found"), r.err());
    }

    @Test
    void aViewInPlaceOfATableIsRefusedByReportAndExport() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE letters RENAME TO letters_base");
            s.execute("CREATE VIEW letters AS SELECT * FROM letters_base");
        }
        Map<String, String> before = snapshot();
        Run report = run("report", "--db", db.toString(), "-o", dir.resolve("report.html").toString());
        assertEquals(1, report.exitCode(), report.err());
        oneLine(report, "imr report: " + db + ": no table letters (or it is a view, not a table)");
        Run export = run("export", "--db", db.toString(), "--parquet", dir.resolve("parquet").toString());
        assertEquals(1, export.exitCode(), export.err());
        oneLine(export, "imr export: " + db + ": no table letters (or it is a view, not a table)");
        assertEquals(before, snapshot());
    }

    @Test
    void exportWritesOnlyTheSchemasTablesWhateverOtherTablesAreNamed() throws Exception {
        Path pwned = dir.resolve("pwned.csv");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE \"cells TO '" + pwned + "' (FORMAT CSV); --\" (x INTEGER)");
        }
        Path parquet = dir.resolve("parquet");
        Run r = run("export", "-q", "--db", db.toString(), "--parquet", parquet.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertFalse(Files.exists(pwned));
        try (Stream<Path> files = Files.list(parquet)) {
            assertEquals(List.of("evidence.parquet", "features.parquet", "items.parquet", "letters.parquet",
                    "predictions.parquet", "reasons.parquet", "schema_version.parquet"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        Path inside = parquet.resolve("letters.parquet");
        Files.delete(inside);
        Files.copy(db, inside);
        Map<String, String> before = snapshot();
        Run onDb = run("export", "--db", inside.toString(), "--parquet", parquet.toString());
        assertEquals(2, onDb.exitCode(), onDb.err());
        oneLine(onDb, "imr export: --parquet " + inside + ": is also an input");
        assertEquals(before, snapshot());
    }

    @Test
    void reportSaysWhatItWrote() throws Exception {
        Path html = dir.resolve("corpus.html");
        Run r = run("report", "--db", db.toString(), "-o", html.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("imr report: wrote " + html + ", the corpus report of " + db + " (0 letters, 0 disputed items)",
                r.err().strip());
        assertTrue(Files.size(html) > 1000);
    }

    @Test
    void anAtArgumentIsAnArgumentNotAFileOfArguments() throws IOException {
        Path args = dir.resolve("args.txt");
        Files.writeString(args, "secret-line-one\n--threads\n2\n");
        Run r = run("parse", "@" + args);
        assertTrue(r.exitCode() == 1 || r.exitCode() == 2, r.err());
        assertFalse(r.err().contains("secret-line-one") || r.out().contains("secret-line-one"), r.err());
        assertTrue(r.err().contains("@" + args), r.err());
        for (String device : List.of("@/dev/zero", "@/dev/urandom")) {
            Run r2 = run("parse", device); // once a hang and a stack trace; now a name like any other
            assertTrue(r2.exitCode() == 1 || r2.exitCode() == 2, r2.err());
            oneLine(r2, "imr parse: ");
        }
        Run passwd = run("parse", "@/etc/passwd");
        assertFalse(passwd.err().contains("root:") || passwd.out().contains("root:"), passwd.err());
        oneLine(passwd, "imr parse: ");
    }
}
