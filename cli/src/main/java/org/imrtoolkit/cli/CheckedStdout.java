package org.imrtoolkit.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * Stdout for picocli's PrintWriter, which swallows write errors: this writer remembers the first
 * one, so that a full disk, {@code > /dev/full} or a closed stdout ends the run with exit 1 and
 * one line rather than exit 0 and a truncated result. After the first failure nothing more is
 * written.
 */
final class CheckedStdout extends Writer {

    private final Writer out;
    private IOException failure;

    CheckedStdout(Writer out) {
        this.out = out;
    }

    /** The first write error, or null. */
    IOException failure() {
        return failure;
    }

    @Override
    public void write(char[] buffer, int off, int len) throws IOException {
        run(() -> out.write(buffer, off, len));
    }

    @Override
    public void flush() throws IOException {
        run(out::flush);
    }

    @Override
    public void close() throws IOException {
        run(out::close);
    }

    private interface Step {
        void run() throws IOException;
    }

    private void run(Step step) throws IOException {
        if (failure != null) {
            throw failure;
        }
        try {
            step.run();
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }
}
