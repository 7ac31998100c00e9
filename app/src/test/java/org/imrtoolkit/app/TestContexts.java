package org.imrtoolkit.app;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Contexts for tests that run a job end to end. */
final class TestContexts {

    private TestContexts() {
    }

    /** Two threads, letters up to 16 MB, the default time per letter, no progress; results and messages go nowhere. */
    static Context quiet(String command) {
        return new Context(command, 2, 1 << 24, false, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
    }
}
