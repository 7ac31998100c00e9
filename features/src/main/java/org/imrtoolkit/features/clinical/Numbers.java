package org.imrtoolkit.features.clinical;

import java.util.Locale;
import java.util.Map;

/** Numbers as the letters write them: digits, or words up to ninety-nine ("twelve", "twenty-four", "twice"). */
final class Numbers {

    /** A regex alternative matching one number, digits or words. */
    static final String NUM = "(?:\\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
            + "|seventeen|eighteen|nineteen|a dozen|dozen)";

    /**
     * Up to three words between a count and its unit ("12 prior PT sessions", "6 PT (physical
     * therapy) sessions"); never a unit of time, so "6 weeks of therapy sessions" is no count.
     */
    static final String WORDS_BETWEEN =
            "(?:\\s+(?!(?:weeks?|wks?|days?|months?|years?|times?|hours?|mg|per|a|x)\\b)\\(?[A-Za-z/]+\\)?){0,3}";

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("dozen", 12), Map.entry("a dozen", 12),
            Map.entry("once", 1), Map.entry("twice", 2), Map.entry("thrice", 3));

    private Numbers() {
    }

    /** The value of a number matched by {@link #NUM} (or "once", "twice"). */
    static int parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
            return Integer.parseInt(t);
        }
        Integer whole = WORDS.get(t);
        if (whole != null) {
            return whole;
        }
        String[] parts = t.split("[- ]");
        int value = 0;
        for (String part : parts) {
            Integer v = WORDS.get(part);
            if (v == null) {
                throw new NumberFormatException("not a number: " + text);
            }
            value += v;
        }
        return value;
    }
}
