package org.imrtoolkit.app.io;

import org.imrtoolkit.core.io.Messages;

/** Text for a one-line message on the terminal, whatever a file name or an input put in it. */
public final class TerminalText {

    private TerminalText() {
    }

    /**
     * The text with its control characters escaped. Messages from the core are escaped already
     * where they quote input; escaping them again would double their backslashes, so text without
     * a control character is left as it is.
     */
    public static String safe(String text) {
        if (text == null) {
            return "";
        }
        String escaped = Messages.escape(text);
        return escaped.equals(text.replace("\\", "\\\\")) ? text : escaped;
    }
}
