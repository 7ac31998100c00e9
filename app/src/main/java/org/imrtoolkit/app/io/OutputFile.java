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
        AtomicFile file = new AtomicFile(path);
        return new OutputFile(file, file.writer());
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
