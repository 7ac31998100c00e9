package org.imrtoolkit.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterFilesWalkTest {

    @TempDir
    Path dir;

    private Map<Path, String> problems(LetterFiles.Walk walk) {
        return walk.problems().stream().collect(Collectors.toMap(LetterFiles.Problem::path, LetterFiles.Problem::reason));
    }

    @Test
    void loopsAndLinksToAncestorsAreReportedAndTheWalkGoesOn() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "x");
        Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("sub/b.pdf"), "x");
        Files.createSymbolicLink(in.resolve("sub/self"), in.resolve("sub"));
        Files.createSymbolicLink(in.resolve("root"), Path.of("/"));
        Files.createSymbolicLink(in.resolve("gone.txt"), in.resolve("nowhere.txt"));
        Files.createSymbolicLink(in.resolve("loop.txt"), in.resolve("loop.txt"));
        LetterFiles.Walk walk = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> LetterFiles.walk(List.of(in, dir.resolve("missing.txt")), LetterFiles::isLetterFile));
        assertEquals(List.of(in.resolve("a.txt"), in.resolve("sub/b.pdf")), walk.files());
        Map<Path, String> p = problems(walk);
        assertTrue(p.get(in.resolve("sub/self")).startsWith("symlink loop"), p.toString());
        assertTrue(p.get(in.resolve("root")).startsWith("symlink loop (links to /,"), p.toString());
        assertEquals("broken symbolic link", p.get(in.resolve("gone.txt")));
        assertEquals("symlink loop", p.get(in.resolve("loop.txt")));
        assertEquals("no such file or directory", p.get(dir.resolve("missing.txt")));
        assertEquals(5, p.size(), p.toString());
        // The strict form names the first problem and its reason, not a bare path.
        IOException e = assertThrows(IOException.class, () -> LetterFiles.expand(List.of(in)));
        assertTrue(e.getMessage().contains(": symlink loop") || e.getMessage().contains(": broken"), e.getMessage());
    }

    @Test
    void fifosAmongTheFilesAreReported() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0);
        Files.writeString(dir.resolve("ok.txt"), "x");
        LetterFiles.Walk walk = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> LetterFiles.walk(List.of(dir), LetterFiles::isLetterFile));
        assertEquals(List.of(dir.resolve("ok.txt")), walk.files());
        assertEquals(List.of(new LetterFiles.Problem(fifo, "not a regular file (a FIFO)")), walk.problems());
    }

    @Test
    void unreadableEntriesAreReportedAsPermissionDenied() throws Exception {
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.writeString(locked.resolve("x.txt"), "x");
        Path secret = Files.writeString(dir.resolve("secret.txt"), "x");
        Files.writeString(dir.resolve("ok.txt"), "x");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        try {
            assumeTrue(!Files.isReadable(secret), "running as root: permissions are not enforced");
            LetterFiles.Walk walk = LetterFiles.walk(List.of(dir), LetterFiles::isLetterFile);
            assertEquals(List.of(dir.resolve("ok.txt")), walk.files());
            assertEquals(Map.of(locked, "permission denied", secret, "permission denied"), problems(walk));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void messagesEscapeControlCharacters() {
        assertEquals("a\\x1b[2Jb\\nc\\td\\x85\\u2028\u00e9", Messages.escape("a\u001b[2Jb\nc\td\u0085\u2028\u00e9"));
        String plain = "data/letters/000.txt";
        assertTrue(plain == Messages.escape(plain));
        assertEquals("x\\x1b]0;title\\x07: symlink loop",
                new LetterFiles.Problem(Path.of("x\u001b]0;title\u0007"), "symlink loop").describe());
    }
}
