package org.imrtoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.imrtoolkit.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code imr load} process killed with SIGKILL while it writes leaves a database that opens
 * and holds only whole letters: every letter with all its items, features and reasons.
 */
class KilledLoadTest {

    @TempDir
    Path dir;

    @Test
    void killedLoadLeavesOnlyWholeLetters() throws Exception {
        Path letters = Files.createDirectories(dir.resolve("letters"));
        List<Path> sources = Files.list(SharedData.dataLetters()).sorted().toList();
        int total = 2000;
        for (int i = 0; i < total; i++) {
            Path src = sources.get(i % sources.size());
            Files.copy(src, letters.resolve(i + "_" + src.getFileName()));
        }
        Path db = dir.resolve("store.duckdb");
        Path log = dir.resolve("load.log");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                ImrCommand.class.getName(), "load", "--threads", "2", "--db", db.toString(), letters.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // Progress lines ("N/2000 letters, ...") appear once the run has lasted a few seconds: by then
        // letters are being written, one transaction after another.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && System.nanoTime() < deadline
                && Files.readAllLines(log).stream().noneMatch(l -> l.matches("[1-9][0-9]*/" + total + " letters.*"))) {
            Thread.sleep(100);
        }
        assertTrue(p.isAlive(), "the load was still going when it was killed: " + Files.readString(log));
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, p.exitValue(), "killed by SIGKILL");

        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            long loaded = one(s, "SELECT count(*) FROM letters");
            assertTrue(loaded > 0 && loaded < total, "some letters, not all, were loaded: " + loaded);
            System.err.println("KilledLoadTest: killed with " + loaded + " of " + total + " letters loaded");
            assertEquals(0, one(s, """
                    SELECT count(*) FROM letters l
                    WHERE item_count <> (SELECT count(*) FROM items i WHERE i.letter_id = l.letter_id)
                       OR item_count <> (SELECT count(*) FROM features f WHERE f.letter_id = l.letter_id)
                       OR item_count <> (SELECT count(*) FROM reasons r WHERE r.letter_id = l.letter_id)
                       OR (SELECT count(*) FROM evidence e WHERE e.letter_id = l.letter_id) = 0"""), "every letter whole");
            for (String table : List.of("items", "features", "evidence", "reasons")) {
                assertEquals(0, one(s, "SELECT count(*) FROM " + table + " WHERE letter_id NOT IN (SELECT letter_id FROM letters)"),
                        "no rows of a letter that is absent in " + table);
            }
        }
        // The database takes more letters after the kill.
        Run more = Run.of("load", "-q", "--db", db.toString(), SharedData.dataLetters().toString());
        assertEquals(0, more.exitCode(), more.err());
    }

    private static long one(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
