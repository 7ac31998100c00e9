package org.imrtoolkit.app.io;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;

import org.imrtoolkit.core.io.AtomicFile;

/**
 * Where a command writes its result: stdout, or a file that appears only when {@link #commit()} is
 * called, whole (written to a temporary file, then moved into place).
 */
public record OutputFile(AtomicFile file, Writer writer) implements AutoCloseable {

    /** A file at {@code path}, or {@code stdout} when the path is null. */
    public static OutputFile open(Path path, PrintWriter stdout) throws IOException {
        if (path == null) {
            return new OutputFile(null, stdout);
        }
        AtomicFile file;
        try {
            file = new AtomicFile(path);
        } catch (java.nio.file.FileSystemException e) {
            // "/proc/nope" alone says neither what failed nor why
            throw new java.io.IOException("cannot write " + path + ": " + why(e), e);
        }
        return new OutputFile(file, file.writer());
    }

    /** Why a file could not be made, in words: "no such directory /proc/nope", "permission denied". */
    static String why(java.nio.file.FileSystemException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied" + (e.getFile() == null ? "" : " (" + e.getFile() + ")");
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            // the file that failed is the folder being made, or the temporary file in a folder that is not there
            Path failed = e.getFile() == null ? null : Path.of(e.getFile());
            Path dir = failed != null && failed.getFileName().toString().endsWith(".tmp") ? failed.getParent() : failed;
            return "cannot create the directory " + dir;
        }
        String reason = e.getReason() == null ? e.getClass().getSimpleName() : e.getReason().toLowerCase(java.util.Locale.ROOT);
        return reason + (e.getFile() == null ? "" : " (" + e.getFile() + ")");
    }

    public void commit() throws IOException {
        writer.flush();
        if (file != null) {
            file.commit();
        }
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        }
    }
}
