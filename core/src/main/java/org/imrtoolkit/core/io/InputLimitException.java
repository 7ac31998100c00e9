package org.imrtoolkit.core.io;

/**
 * One input is over a bound met after reading (the text handed to the annotator). Unchecked, so it
 * passes through code that does not expect it; the message is for the user as it is, and a command
 * reports it as that input's failure ({@link InputErrors#describe}).
 */
public final class InputLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InputLimitException(String message) {
        super(message, null, false, false);
    }
}
