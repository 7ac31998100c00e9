package org.imrtoolkit.core.io;

/**
 * Text put into a message for the terminal: a file name or a cell may hold an ESC sequence (that
 * clears or recolours the terminal) or a newline (that forges a second message line). Every path
 * and every piece of input a command prints goes through {@link #escape(String)}.
 */
public final class Messages {

    private Messages() {
    }

    /**
     * The text with control characters escaped: {@code \n}, {@code \r}, {@code \t}, {@code \\} as
     * Java writes them, ESC and every other C0, DEL and C1 control as {@code \x1b} style, and the
     * Unicode line and paragraph separators and bidirectional overrides as {@code \u2028} style.
     * Printable text, non-ASCII letters included, is unchanged.
     */
    public static String escape(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacement(c);
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                out.append(replacement != null ? replacement : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }

    private static String replacement(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) {
            return String.format(java.util.Locale.ROOT, "\\x%02x", (int) c);
        }
        if (c == '\u2028' || c == '\u2029' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F') {
            return String.format(java.util.Locale.ROOT, "\\u%04x", (int) c);
        }
        return null;
    }
}
