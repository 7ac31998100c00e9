package org.imrtoolkit.features.clinical;

import static org.imrtoolkit.features.clinical.Numbers.NUM;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how many sessions a request asks for: "12 sessions", "twelve visits", "x 12", "times 12",
 * "2x6", "2x6 weeks (12 sessions)", "2 times a week for 6 weeks", "2-3 times a week for 6 weeks"
 * (12..18), "2 to 3 times for 6 weeks", "8 visits over 4 weeks". An explicit count wins over a
 * frequency times a duration, which wins over a bare "x N".
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
    private static final Pattern TIMES_N = Pattern.compile(
            "(?:\\bx|\\btimes|#)\\s*(?<n>" + NUM + ")\\b(?!\\s*(?:weeks?|wks?|months?|days?|mg|hours?|hrs?|per|a\\s+(?:week|day)|times))",
            FLAGS);

    private RequestedSessions() {
    }

    public static Optional<Match<SessionRange>> find(String text) {
        Matcher m = COUNT.matcher(text);
        if (m.find()) {
            int min = 0;
            int max = 0;
            int begin = m.start();
            int end;
            do {
                int a = Numbers.parse(m.group("a"));
                int b = m.group("b") == null ? a : Numbers.parse(m.group("b"));
                min += Math.min(a, b);
                max += Math.max(a, b);
                end = m.end();
            } while (m.find() && AND.matcher(text.substring(end, m.start())).matches());
            return Optional.of(new Match<>(new SessionRange(min, max), begin, end));
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
            return Optional.of(new Match<>(new SessionRange(fMin * dMin, fMax * dMax), m.start(), m.end()));
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
