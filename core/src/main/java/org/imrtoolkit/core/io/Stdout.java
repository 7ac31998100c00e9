package org.imrtoolkit.core.io;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Standard output that reports write errors. {@code System.out} and a {@link java.io.PrintWriter}
 * swallow them, so {@code imr parse DIR > /dev/full}, a closed stdout or a full disk ended with
 * exit 0 and a truncated file. A command that writes its result to stdout writes it through
 * {@link #writer()} (or calls {@code checkError()} on its PrintWriter after the last flush), and on
 * an {@link IOException} prints {@link #describe(IOException)} and exits 1.
 */
public final class Stdout {

    private Stdout() {
    }

    /** UTF-8 text to file descriptor 1, throwing on any write error; closing it does not close stdout. */
    public static Writer writer() {
        return writer(new FileOutputStream(FileDescriptor.out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        });
    }

    /** UTF-8 text to {@code out}, throwing on any write error (for tests: /dev/full). */
    public static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    /** "cannot write to stdout: No space left on device". */
    public static String describe(IOException e) {
        return "cannot write to stdout: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
