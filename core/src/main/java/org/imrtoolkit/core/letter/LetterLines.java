package org.imrtoolkit.core.letter;

import java.util.ArrayList;
import java.util.List;

import org.imrtoolkit.core.budget.TimeBudget;

/**
 * Splits extracted letter text into its non-blank lines. Extractors differ in blank lines (one
 * puts a blank line between every two lines), trailing spaces, form feeds at page breaks and line
 * ends; none of that carries meaning in a letter, whose sections are all introduced by labels.
 */
final class LetterLines {

    private LetterLines() {
    }

    static List<Line> of(String text) {
        List<Line> lines = new ArrayList<>();
        int number = 0;
        for (String raw : split(text)) {
            if ((number & 1023) == 0) {
                TimeBudget.checkCurrent();
            }
            number++;
            String cleaned = clean(raw);
            if (!cleaned.isEmpty()) {
                lines.add(new Line(number, cleaned));
            }
        }
        return lines;
    }

    /**
     * The text cut at CRLF, CR, LF, and the Unicode line breaks some exports use (NEL, LINE and
     * PARAGRAPH SEPARATOR), the last line kept even when empty. A scan rather than a regular
     * expression's split: this runs over every character of every letter.
     */
    static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    /** Page breaks, BOMs, NULs and no-break spaces become plain spaces; runs of spaces fold to one. */
    static String clean(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean isSpace = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF'
                    || Character.isISOControl(c);
            if (isSpace) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
