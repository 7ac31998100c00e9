package org.imrtoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.imrtoolkit.core.testing.SharedData;
import org.imrtoolkit.store.LetterStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: a real {@code imr} process ended with SIGTERM (what Ctrl-C's SIGINT and a service stop
 * also do: the JVM's shutdown hooks run) leaves neither predict's spool file nor export's
 * {@code .<table>.parquet.tmp} behind. Each run is given 60 s to reach the point it is stopped at.
 */
class SignalCleanupTest {

    @TempDir
    Path dir;

    private Process start(Path tmp, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Djava.io.tmpdir=" + tmp);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ImrCommand.class.getName());
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("run.log").toFile()).start();
    }

    /** Sends SIGTERM once a file matching {@code writing} exists under {@code folder} with some bytes. */
    private static void terminateWhile(Process p, Path folder, Predicate<Path> writing) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        boolean seen = false;
        while (!seen && p.isAlive() && System.nanoTime() < deadline) {
            try (Stream<Path> s = Files.list(folder)) {
                seen = s.anyMatch(f -> writing.test(f) && f.toFile().length() > 0);
            }
            Thread.sleep(10);
        }
        assertTrue(seen && p.isAlive(), "the run was writing its temporary file when it was stopped");
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(143, p.exitValue(), "ended by SIGTERM");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void predictsSpoolFileIsDeleted() throws Exception {
        Path letters = Files.createDirectories(dir.resolve("letters"));
        List<Path> sources;
        try (Stream<Path> s = Files.list(SharedData.dataLetters())) {
            sources = s.sorted().toList();
        }
        for (int i = 0; i < 1000; i++) {
            Path src = sources.get(i % sources.size());
            Files.copy(src, letters.resolve(i + "_" + src.getFileName()));
        }
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Process p = start(tmp, List.of("predict", "-q", "-m", SharedData.defaultModel().toString(),
                "-o", dir.resolve("out.csv").toString(), letters.toString()));
        terminateWhile(p, tmp, f -> f.getFileName().toString().startsWith("imr-predict"));
        assertEquals(List.of(), names(tmp).stream().filter(n -> n.startsWith("imr-predict")).toList());
    }

    @Test
    void exportsTemporaryParquetFileIsDeleted() throws Exception {
        Path db = dir.resolve("big.duckdb");
        LetterStore.open(db, "test").close();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            // evidence rows enough to take DuckDB a few seconds to write as Parquet
            s.execute("INSERT INTO evidence SELECT 'l' || range, 1, 'id' || range, 1, 'feature', md5(range::VARCHAR), "
                    + "'summary', repeat(md5(range::VARCHAR), 8), 0, 10 FROM range(4000000)");
        }
        Path parquet = Files.createDirectories(dir.resolve("parquet"));
        Process p = start(Files.createDirectories(dir.resolve("tmp")), List.of("export", "--db", db.toString(),
                "--parquet", parquet.toString()));
        terminateWhile(p, parquet, f -> f.getFileName().toString().equals(".evidence.parquet.tmp"));
        assertTrue(names(parquet).stream().noneMatch(n -> n.endsWith(".tmp")), names(parquet).toString());
    }
}
