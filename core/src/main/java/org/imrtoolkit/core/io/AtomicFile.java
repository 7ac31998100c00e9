package org.imrtoolkit.core.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file that appears whole or not at all: everything is written to a temporary file
 * beside the target, which is moved over the target by {@link #commit()}. Closing without
 * committing deletes the temporary file, so a failed run leaves the old file (or none).
 */
public final class AtomicFile implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final OutputStream out;
    private Writer writer;
    private boolean committed;

    public AtomicFile(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        Path dir = this.target.getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: its owner-only permissions would stick to the finished file.
        this.temp = Files.createFile(dir.resolve("." + this.target.getFileName() + "."
                + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".tmp"));
        this.out = Files.newOutputStream(temp);
    }

    public Path target() {
        return target;
    }

    /** The output as UTF-8 text; one writer per file. */
    public Writer writer() {
        if (writer == null) {
            writer = new BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        }
        return writer;
    }

    /** The output as bytes. */
    public OutputStream stream() {
        return out;
    }

    /** Flushes, syncs and moves the finished file into place. */
    public void commit() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        out.flush();
        out.close();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                out.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
