package org.imrtoolkit.core.letter;

import org.imrtoolkit.core.budget.TimeBudget;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date formats the letters use: 7-24-10, 11-10-14, 10-16-2016, 10/15/2011, 02/21/2007,
 * October 28, 2014 and Oct. 28, 2014, and "10/14/ 2016" where a line break fell inside the date.
 */
public final class LetterDates {

    /** A date in any supported format; group "num" for numeric dates, "month" for written ones. */
    public static final Pattern DATE = Pattern.compile(
            // Every date starts with a digit or a month's initial: one test turns away the other positions.
            "(?=[0-9jfmasond])(?:(?<num>\\b(?<m>\\d{1,2})(?<sep>[-/]) ?(?<d>\\d{1,2})\\k<sep> ?(?<y>\\d{4}|\\d{2})\\b)"
                    + "|(?<month>\\b(?<mname>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?"
                    + "\\s+(?<md>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<my>\\d{4})\\b))",
            Pattern.CASE_INSENSITIVE);

    /** Two-digit years up to this one are read as 20xx, later ones as 19xx. */
    private static final int TWO_DIGIT_PIVOT = 30;

    private LetterDates() {
    }

    /** The first date in {@code text}, if any. */
    public static Optional<Dated> find(CharSequence text) {
        Matcher m = DATE.matcher(TimeBudget.guard(text));
        while (m.find()) {
            Optional<LocalDate> date = toDate(m);
            if (date.isPresent()) {
                return Optional.of(new Dated(date.get(), m.group(), m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    /** Every date in {@code text}, in order. */
    public static java.util.List<Dated> findAll(CharSequence text) {
        java.util.List<Dated> all = new java.util.ArrayList<>();
        Matcher m = DATE.matcher(TimeBudget.guard(text));
        while (m.find()) {
            toDate(m).ifPresent(d -> all.add(new Dated(d, m.group(), m.start(), m.end())));
        }
        return all;
    }

    /** Parses a whole string as one date. */
    public static Optional<LocalDate> parse(String text) {
        Matcher m = DATE.matcher(TimeBudget.guard(text.strip()));
        return m.matches() ? toDate(m) : Optional.empty();
    }

    private static Optional<LocalDate> toDate(Matcher m) {
        try {
            if (m.group("num") != null) {
                int year = Integer.parseInt(m.group("y"));
                if (m.group("y").length() == 2) {
                    year += year <= TWO_DIGIT_PIVOT ? 2000 : 1900;
                }
                return Optional.of(LocalDate.of(year, Integer.parseInt(m.group("m")),
                        Integer.parseInt(m.group("d"))));
            }
            return Optional.of(LocalDate.of(Integer.parseInt(m.group("my")),
                    month(m.group("mname")), Integer.parseInt(m.group("md"))));
        } catch (DateTimeException e) {
            return Optional.empty(); // 13/45/2014 is no date; look on
        }
    }

    private static Month month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month;
            }
        }
        throw new DateTimeException("no month " + name);
    }

    /**
     * A date found in text.
     *
     * @param date  the date
     * @param text  as written
     * @param begin offset of its first character
     * @param end   offset after its last character
     */
    public record Dated(LocalDate date, String text, int begin, int end) {
    }
}
