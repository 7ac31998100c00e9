package org.imrtoolkit.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void committedFileReplacesTheOldOne() throws Exception {
        Path target = Files.writeString(dir.resolve("out.csv"), "old");
        try (AtomicFile file = new AtomicFile(target)) {
            file.writer().write("new");
            assertEquals("old", Files.readString(target), "nothing shows before commit");
            file.commit();
        }
        assertEquals("new", Files.readString(target));
        assertEquals(1, count());
    }

    @Test
    void uncommittedFileLeavesNothingBehind() throws Exception {
        Path target = dir.resolve("out.csv");
        try (AtomicFile file = new AtomicFile(target)) {
            file.writer().write("half");
        }
        assertFalse(Files.exists(target));
        assertEquals(0, count());
    }

    @Test
    void nonRegularTargetsAndSymlinksAreNeverReplaced() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Files.writeString(dir.resolve("real.csv"), "keep"));
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> new AtomicFile(link).close());
        assertEquals(link.toAbsolutePath() + ": is a symbolic link; refusing to replace it (name the file it points to)",
                e.getMessage());
        Path sub = Files.createDirectories(dir.resolve("sub"));
        e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> new AtomicFile(sub).close());
        assertEquals(sub.toAbsolutePath() + ": is a directory; refusing to replace it", e.getMessage());
        Path devNull = Path.of("/dev/null");
        e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> new AtomicFile(devNull).close());
        assertEquals("/dev/null: not a regular file (a character device); refusing to replace it", e.getMessage());
        assertEquals("keep", Files.readString(dir.resolve("real.csv")));
        assertEquals(0, AtomicFile.inFlight());
    }

    @Test
    void theShutdownHookDeletesTemporaryFiles() throws Exception {
        Path target = dir.resolve("out.csv");
        AtomicFile file = new AtomicFile(target);
        file.writer().write("half");
        file.writer().flush();
        assertEquals(1, AtomicFile.inFlight());
        AtomicFile.deleteInFlight();
        assertFalse(Files.exists(file.temp()));
        file.close();
        assertEquals(0, count());
    }

    @Test
    void sigtermAndSighupLeaveNoTemporaryFile() throws Exception {
        String javaCommand = ProcessHandle.current().info().command().orElse("java");
        for (String signal : new String[]{"TERM", "HUP", "INT"}) {
            Path target = dir.resolve("out-" + signal + ".csv");
            Process p = new ProcessBuilder(javaCommand, "-cp", System.getProperty("java.class.path"),
                    AtomicFileSignalMain.class.getName(), target.toString()).redirectErrorStream(true).start();
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> {
                String line = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream())).readLine();
                org.junit.jupiter.api.Assertions.assertTrue(line != null && line.startsWith("writing "), line);
                Path temp = Path.of(line.substring("writing ".length()));
                org.junit.jupiter.api.Assertions.assertTrue(Files.exists(temp));
                Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start();
                assertEquals(0, kill.waitFor());
                p.waitFor();
                assertFalse(Files.exists(temp), signal + " left " + temp);
            });
        }
        assertEquals(0, count());
    }

    private long count() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
