package org.imrtoolkit.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text cells made safe to open in a spreadsheet (OWASP, "CSV injection"): a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be taken for a
 * formula, so it gets a leading apostrophe ({@code =1+2} is written {@code '=1+2}), which
 * spreadsheets show as text and do not display. Numbers are left as they are ({@code -3},
 * {@code -0.5}, {@code +1e-3}), and so is every other cell. Every CSV writer passes its cells
 * through {@link #safe(String)}; a reader of the toolkit's CSV who needs the original text removes
 * a leading apostrophe before one of those six characters.
 */
public final class CsvCells {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d++(?:\\.\\d*+)?|\\.\\d++)(?:[eE][+-]?\\d++)?");

    private CsvCells() {
    }

    /** The cell, with an apostrophe before it when a spreadsheet would read it as a formula. */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (!risky || (first != '=' && first != '@' && cell.length() < 400 && NUMBER.matcher(cell).matches())) {
            return cell;
        }
        return "'" + cell;
    }

    /** Each cell made {@link #safe(String)}; other values as {@link String#valueOf(Object)} gives them. */
    public static List<String> safe(Iterable<?> cells) {
        List<String> out = new ArrayList<>();
        for (Object cell : cells) {
            out.add(safe(cell == null ? "" : String.valueOf(cell)));
        }
        return out;
    }

    /** As {@link #safe(Iterable)}, for a row given as arguments. */
    public static List<String> safe(Object... cells) {
        return safe(java.util.Arrays.asList(cells));
    }
}
