package org.imrtoolkit.features.clinical;

import static org.imrtoolkit.features.clinical.Numbers.NUM;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how many sessions a request asks for: "12 sessions", "twelve visits", "x 12", "times 12",
 * "2x6", "2x6 weeks (12 sessions)", "2 times a week for 6 weeks", "2-3 times a week for 6 weeks"
 * (12..18), "2 to 3 times for 6 weeks", "8 visits over 4 weeks", "two times four visits (8)", and
 * the count after the name ("physical therapy sessions, 12"). An explicit count wins over a
 * frequency times a duration, which wins over a bare "x N". A range written high-low ("3-2 times a
 * week") is the same range.
 */
public final class RequestedSessions {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final String RANGE_SEP = "\\s*(?:-|to|or)\\s*";
    private static final Pattern COUNT = Pattern.compile(
            "\\b(?<a>" + NUM + ")(?:" + RANGE_SEP + "(?<b>" + NUM + "))?(?:\\s*\\(\\d{1,3}\\))?" + Numbers.WORDS_BETWEEN
                    + "(?:\\s+|-)(?:sessions?|visits?|treatments?)\\b", FLAGS);
    /**
     * Counts for parts of one request: "two sessions for the knee and eight sessions for the wrist".
     * The lookahead checks once that there is no '.' or ';', so that the search for "and" never
     * backtracks (without it, many "and"s before a '.' took quadratic time: 262 s on 1 MB).
     */
    private static final Pattern AND = Pattern.compile("^(?=[^.;]*+$)[^.;]*?\\band\\b[^.;]*+$", FLAGS);
    private static final Pattern FREQUENCY_DURATION = Pattern.compile(
            "\\b(?<f1>" + NUM + "|once|twice|thrice)(?:" + RANGE_SEP + "(?<f2>" + NUM + "))?"
                    + "(?<times>\\s*(?:x|times?))?"
                    + "(?<week>\\s*(?:a|per|/|each|every)\\s*(?:week|wk)\\.?|\\s*weekly)?"
                    + "\\s*(?:x|for|times|over)\\s*"
                    + "(?<d1>" + NUM + ")(?:" + RANGE_SEP + "(?<d2>" + NUM + "))?\\s*(?:weeks?|wks?)\\b", FLAGS);
    private static final Pattern BY = Pattern.compile(
            "\\b(?<f>\\d{1,2})\\s*x\\s*(?<d>\\d{1,2})\\b(?!\\s*(?:mg|mcg|ml|%|cm|mm))", FLAGS);
    /**
     * A frequency times a count of visits: "two times four visits (8)" is 8; the total in brackets,
     * when there is one, wins over the product.
     */
    private static final Pattern TIMES_VISITS = Pattern.compile(
            "\\b(?<f>" + NUM + "|twice|thrice)\\s*(?:x|times)\\s*(?<n>" + NUM + ")\\s+(?:sessions?|visits?|treatments?)\\b"
                    + "(?:\\s*\\((?<total>\\d{1,3})\\))?", FLAGS);
    /**
     * The count after the name: "physical therapy sessions, 12", "chiropractic visits: 6",
     * "acupuncture treatments x 8"; not a frequency ("sessions, 2 times a week").
     */
    private static final Pattern COUNT_AFTER = Pattern.compile(
            "\\b(?:sessions|visits|treatments)\\s*(?:,|:|-|#|x|qty:?|quantity:?)\\s*#?(?<n>" + NUM + ")\\b"
                    + "(?!\\s*(?:x\\b|times|per\\b|a\\s+(?:week|day|month)|/|weeks?|wks?|months?|days?|hours?|mg|%|-\\d|to\\s+\\d))",
            FLAGS);
    private static final Pattern TIMES_N = Pattern.compile(
            "(?:\\bx|\\btimes|#)\\s*(?<n>" + NUM + ")\\b(?!\\s*(?:weeks?|wks?|months?|days?|mg|hours?|hrs?|per|a\\s+(?:week|day)|times))",
            FLAGS);

    private RequestedSessions() {
    }

    public static Optional<Match<SessionRange>> find(String text) {
        Matcher m = TIMES_VISITS.matcher(text);
        if (m.find()) {
            int n = m.group("total") != null ? Integer.parseInt(m.group("total"))
                    : Numbers.parse(m.group("f")) * Numbers.parse(m.group("n"));
            return Optional.of(new Match<>(new SessionRange(n, n), m.start(), m.end()));
        }
        m = COUNT.matcher(text);
        if (m.find()) {
            int min = 0;
            int max = 0;
            int begin = m.start();
            int end;
            do {
                int a = Numbers.parse(m.group("a"));
                int b = m.group("b") == null ? a : Numbers.parse(m.group("b"));
                SessionRange part = SessionRange.between(a, b);
                min += part.min();
                max += part.max();
                end = m.end();
            } while (m.find() && AND.matcher(text.substring(end, m.start())).matches());
            return Optional.of(new Match<>(new SessionRange(min, max), begin, end));
        }
        m = COUNT_AFTER.matcher(text);
        if (m.find()) {
            int n = Numbers.parse(m.group("n"));
            return Optional.of(new Match<>(new SessionRange(n, n), m.start(), m.end()));
        }
        m = FREQUENCY_DURATION.matcher(text);
        while (m.find()) {
            String f1 = m.group("f1").toLowerCase(java.util.Locale.ROOT);
            boolean adverb = f1.equals("once") || f1.equals("twice") || f1.equals("thrice");
            if (m.group("times") == null && m.group("week") == null && !adverb) {
                continue; // "6 for 4 weeks" says nothing of a frequency
            }
            int fMin = Numbers.parse(f1);
            int fMax = m.group("f2") == null ? fMin : Numbers.parse(m.group("f2"));
            int dMin = Numbers.parse(m.group("d1"));
            int dMax = m.group("d2") == null ? dMin : Numbers.parse(m.group("d2"));
            return Optional.of(new Match<>(SessionRange.between(fMin * dMin, fMax * dMax), m.start(), m.end()));
        }
        m = BY.matcher(text);
        if (m.find()) {
            int n = Integer.parseInt(m.group("f")) * Integer.parseInt(m.group("d"));
            return Optional.of(new Match<>(new SessionRange(n, n), m.start(), m.end()));
        }
        m = TIMES_N.matcher(text);
        if (m.find()) {
            int n = Numbers.parse(m.group("n"));
            return Optional.of(new Match<>(new SessionRange(n, n), m.start(), m.end()));
        }
        return Optional.empty();
    }
}
