package org.imrtoolkit.core.letter;

/**
 * The text is not an IMR letter, or a section the toolkit needs is missing or unreadable.
 * The message says what is missing; {@link #line()} points at the input line where known.
 */
public class LetterFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    public LetterFormatException(String message, int line) {
        super(message);
        this.line = line;
    }

    public LetterFormatException(String message) {
        this(message, 0);
    }

    /** The 1-based input line the problem was found at, or 0 when it concerns the whole letter. */
    public int line() {
        return line;
    }

    /** "line 42: message", or the bare message when no line is known. */
    public String describe() {
        return line > 0 ? "line " + line + ": " + getMessage() : getMessage();
    }
}
