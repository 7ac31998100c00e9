package org.imrtoolkit.core.io;

import java.io.IOException;

import org.imrtoolkit.core.letter.LabeledCase;

/** Receives the cases read from the inputs, and the inputs (files or rows) that could not be read. */
public interface CaseSink {

    /** One case with its label ("" when the input has none). */
    void accept(LabeledCase labeled) throws IOException;

    /**
     * One input that was skipped.
     *
     * @param where  the file, with ":row N" or ":line N" where known
     * @param reason what is wrong with it
     */
    void reject(String where, String reason);

    /**
     * Something doubtful about an input that was read all the same ("2 byte sequences that are not
     * valid UTF-8 replaced with U+FFFD", an unknown decision word kept as written). A command prints
     * it as a warning; by default it is dropped.
     *
     * @param where   the file
     * @param message one line
     */
    default void warn(String where, String message) {
    }
}
