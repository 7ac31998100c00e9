package org.imrtoolkit.core.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.imrtoolkit.core.budget.TimeBudget;

/**
 * Splits extracted letter text into its non-blank lines. Extractors differ in blank lines (one
 * puts a blank line between every two lines), trailing spaces, form feeds at page breaks and line
 * ends; none of that carries meaning in a letter, whose sections are all introduced by labels.
 */
final class LetterLines {

    /** CRLF, CR, LF, and the Unicode line breaks some exports use: NEL, LINE and PARAGRAPH SEPARATOR. */
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\n\\u0085\\u2028\\u2029]");

    private LetterLines() {
    }

    static List<Line> of(String text) {
        List<Line> lines = new ArrayList<>();
        int number = 0;
        for (String raw : LINE_BREAK.split(text, -1)) {
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
