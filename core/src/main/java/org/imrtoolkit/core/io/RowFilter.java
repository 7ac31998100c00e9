package org.imrtoolkit.core.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A condition on a CSV column, written {@code COLUMN<=VALUE} (also {@code <, >, >=, =, !=}), that
 * selects rows: a train/test split by year is {@code --where "Report Year<=2014"} on train and
 * {@code --where "Report Year>=2015"} on evaluate. Numbers compare as numbers, anything else as text.
 */
public record RowFilter(String column, String operator, String value) {

    private static final Pattern SYNTAX = Pattern.compile("^(.+?)\\s*(<=|>=|!=|=|<|>)\\s*(.*)$");

    /** Longer expressions are refused before matching: SYNTAX's lazy column name is quadratic in a run of spaces. */
    static final int MAX_LENGTH = 1000;

    public static RowFilter parse(String expression) {
        if (expression.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("--where takes COLUMN<=VALUE of at most " + MAX_LENGTH
                    + " characters, not one of " + expression.length());
        }
        Matcher m = SYNTAX.matcher(expression.strip());
        if (!m.matches() || m.group(1).isBlank()) {
            throw new IllegalArgumentException("--where takes COLUMN<=VALUE (or <, >, >=, =, !=), not '" + expression + "'");
        }
        return new RowFilter(m.group(1).strip(), m.group(2), m.group(3).strip());
    }

    /** Whether the filter compares numbers, so that a cell that is no number is an error, not a miss. */
    public boolean numeric() {
        return isNumber(value);
    }

    public static boolean isNumber(String s) {
        try {
            Double.parseDouble(s.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public boolean test(String cell) {
        int cmp = compare(cell.strip(), value);
        return switch (operator) {
            case "<=" -> cmp <= 0;
            case ">=" -> cmp >= 0;
            case "<" -> cmp < 0;
            case ">" -> cmp > 0;
            case "=" -> cmp == 0;
            case "!=" -> cmp != 0;
            default -> throw new IllegalStateException(operator);
        };
    }

    private static int compare(String a, String b) {
        try {
            return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

    @Override
    public String toString() {
        return column + operator + value;
    }
}
