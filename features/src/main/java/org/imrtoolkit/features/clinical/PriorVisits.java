package org.imrtoolkit.features.clinical;

import static org.imrtoolkit.features.clinical.Numbers.NUM;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads prior therapy visits from a case summary: "visit number 20", "at least 4 visits", "has
 * completed 24 sessions", "12 prior PT sessions", "18 visits to date", "Treatment to date has
 * included 6 chiropractic treatments". A count is a prior one when it says so itself ("12 prior
 * sessions"), or when a word of the past stands before it in its sentence ("had", "included", "at
 * least") or right after it ("completed", "to date") and no word of a request ("requested",
 * "authorized", "plan", "additional") does: an approved or planned course is not one attended.
 */
public final class PriorVisits {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final int MAX_PLAUSIBLE = 200;
    private static final Pattern VISIT_NUMBER = Pattern.compile(
            "\\bvisit\\s*(?:number|no\\.?|#)\\s*(?<n>\\d{1,3})\\b|\\b(?<o>\\d{1,3})(?:st|nd|rd|th)\\s+(?:visit|session|treatment)\\b",
            FLAGS);
    private static final Pattern COUNT = Pattern.compile(
            "\\b(?<n>" + NUM + ")(?:\\s*\\(\\d{1,3}\\))?" + Numbers.WORDS_BETWEEN
                    + "(?:\\s+|-)(?:sessions?|visits?|treatments?)\\b", FLAGS);
    /** Words that put a count in the past, or mark it as a course the patient has had. */
    private static final Pattern PAST = Temporality.words("past.prior-visits");
    /** Words inside the count itself that make it a past course whatever stands around it. */
    private static final Pattern OWN_PAST = Temporality.words("past.within-count");
    private static final Pattern REQUEST = Temporality.words("requested.prior-visits");
    private static final Pattern STRONG_AFTER = Temporality.leading("past.after-count");
    private static final int BEFORE = 160;
    private static final int AFTER = 40;

    private PriorVisits() {
    }

    /** The largest prior-visit count the text documents. */
    public static Optional<Match<Integer>> find(String text) {
        Match<Integer> best = null;
        Matcher m = VISIT_NUMBER.matcher(text);
        while (m.find()) {
            int n = Integer.parseInt(m.group("n") != null ? m.group("n") : m.group("o"));
            best = larger(best, new Match<>(n, m.start(), m.end()));
        }
        m = COUNT.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - BEFORE), m.start());
            before = before.substring(Math.max(0, lastSentenceEnd(before)));
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + AFTER));
            int stop = after.indexOf(". ");
            after = stop >= 0 ? after.substring(0, stop) : after;
            String inside = m.group();
            boolean own = OWN_PAST.matcher(inside).find();
            boolean past = PAST.matcher(before).find() || STRONG_AFTER.matcher(after).find();
            if (own || past && !REQUEST.matcher(before).find() && !REQUEST.matcher(inside).find()) {
                best = larger(best, new Match<>(Numbers.parse(m.group("n")), m.start(), m.end()));
            }
        }
        return Optional.ofNullable(best);
    }

    private static int lastSentenceEnd(String s) {
        int i = s.lastIndexOf(". ");
        return i < 0 ? 0 : i + 2;
    }

    private static Match<Integer> larger(Match<Integer> a, Match<Integer> b) {
        if (b.value() > MAX_PLAUSIBLE) {
            return a;
        }
        return a == null || b.value() > a.value() ? b : a;
    }
}
