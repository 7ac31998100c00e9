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

    private long count() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
