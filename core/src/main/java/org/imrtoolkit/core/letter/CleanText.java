package org.imrtoolkit.core.letter;

import java.util.List;

/**
 * Re-joins the lines of a paragraph broken by the PDF layout into clean running text.
 */
final class CleanText {

    private CleanText() {
    }

    /**
     * Joins lines with one space, except across a hyphen at the end of a line: the letters are
     * typed, not typeset, so such a hyphen is part of the text ("C5-" + "C6", "7-22-" + "15")
     * and the break is mended by joining without a space.
     */
    static String join(List<Line> lines) {
        StringBuilder out = new StringBuilder();
        for (Line line : lines) {
            appendLine(out, line.text());
        }
        return out.toString().strip();
    }

    static void appendLine(StringBuilder out, String text) {
        if (text.isEmpty()) {
            return;
        }
        int n = out.length();
        boolean hyphenBreak = n >= 2 && out.charAt(n - 1) == '-'
                && Character.isLetterOrDigit(out.charAt(n - 2))
                && Character.isLetterOrDigit(text.charAt(0));
        if (n > 0 && !hyphenBreak) {
            out.append(' ');
        }
        out.append(text);
    }

    static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            appendLine(out, part.strip());
        }
        return out.toString();
    }
}
