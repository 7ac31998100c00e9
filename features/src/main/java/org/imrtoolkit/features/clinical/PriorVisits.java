package org.imrtoolkit.features.clinical;

import static org.imrtoolkit.features.clinical.Numbers.NUM;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imrtoolkit.core.nlp.Sentence;

/**
 * Reads prior therapy visits from a case summary: "visit number 20", "at least 4 visits", "has
 * completed 24 sessions", "12 prior PT sessions", "18 visits to date", "Treatment to date has
 * included 6 chiropractic treatments", "attended 6 out of 12", "8 physical therapy reports",
 * monthly tallies ("4 sessions in May, 6 in June"), and a bare count in a sentence about a therapy
 * ("Physical therapy #12 sessions") that speaks of no request, plan, allowance or denial. A count
 * is a prior one when it says so itself ("12 prior sessions"), or when a word of the past stands
 * before it in its sentence ("had", "included", "at least") or right after it ("completed", "to
 * date") and no word of a request ("requested", "authorized", "plan", "additional") does: an
 * approved, planned or denied course is not one attended, nor one authorised and not attended.
 */
public final class PriorVisits {

    /** A therapy given in visits, as the summaries name it. */
    static final Pattern THERAPY = Pattern.compile(
            "\\b(?:PT|OT|(?i:physical therapy|physiotherapy|occupational therapy|chiropractic|chiro\\w*|acupuncture"
                    + "|aquatic therapy|massage therapy|hand therapy|therapy sessions|therapy visits))\\b");

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final int MAX_PLAUSIBLE = 200;
    private static final Pattern VISIT_NUMBER = Pattern.compile(
            "\\bvisit\\s*(?:number|no\\.?|#)\\s*(?<n>\\d{1,3})\\b|\\b(?<o>\\d{1,3})(?:st|nd|rd|th)\\s+(?:visit|session|treatment)\\b",
            FLAGS);
    private static final Pattern COUNT = Pattern.compile(
            "\\b(?<n>" + NUM + ")(?:\\s*\\(\\d{1,3}\\))?" + Numbers.WORDS_BETWEEN
                    + "(?:\\s+|-)(?:sessions?|visits?|treatments?)\\b", FLAGS);
    /** "attended 6 out of 12 (authorized) sessions": the first number is the one attended. */
    private static final Pattern ATTENDED_OF = Pattern.compile(
            "\\b(?:attended|completed|had|received|participated in|underwent|went to)\\s+(?<n>" + NUM + ")\\s+(?:out\\s+)?of\\s+"
                    + "(?:the\\s+|a\\s+|his\\s+|her\\s+)?" + NUM + "\\b", FLAGS);
    /** The denominator of "N out of M sessions" is not the count attended. */
    private static final Pattern OUT_OF = Pattern.compile("\\b" + NUM + "\\s+(?:out\\s+)?of\\s+(?:the\\s+|a\\s+|his\\s+|her\\s+)?$",
            FLAGS);
    /** "8 physical therapy reports": one report a visit. */
    private static final Pattern REPORTS = Pattern.compile(
            "\\b(?<n>" + NUM + ")\\s+(?:(?:prior|previous|separate|different)\\s+)?(?:physical therapy|PT|chiropractic|acupuncture"
                    + "|occupational therapy|therapy)\\s+(?:progress\\s+|treatment\\s+|visit\\s+|daily\\s+)?(?:reports|notes)\\b", FLAGS);
    /** One month's tally: "4 sessions in May", "6 in June 2016". */
    private static final Pattern MONTHLY = Pattern.compile(
            "\\b(?<n>" + NUM + ")(?:\\s+(?:[A-Za-z]+\\s+){0,2}?(?:sessions?|visits?|treatments?))?\\s+(?:in|during)\\s+(?:the month of\\s+)?"
                    + "(?:January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b", FLAGS);
    private static final Pattern SENTENCE = Pattern.compile("[^.;]+");
    /** Words that put a count in the past, or mark it as a course the patient has had. */
    private static final Pattern PAST = Temporality.words("past.prior-visits");
    /** Words inside the count itself that make it a past course whatever stands around it. */
    private static final Pattern OWN_PAST = Temporality.words("past.within-count");
    private static final Pattern REQUEST = Temporality.words("requested.prior-visits");
    private static final Pattern UNATTENDED = Temporality.words("unattended.prior-visits");
    private static final Pattern NOT_BARE = Temporality.words("not-prior.bare-count");
    private static final Pattern STRONG_AFTER = Temporality.leading("past.after-count");
    private static final Pattern COURSE_PAST = Temporality.words("past.prior-therapy");
    /** A course denied, planned or requested is not one had, unless the sentence also says it was had. */
    private static final Pattern COURSE_NOT_HAD = Temporality.words("not-prior.therapy");
    private static final Pattern COURSE_SURELY_HAD = Temporality.words("past.prior-therapy-strong");
    private static final int BEFORE = 160;
    private static final int AFTER = 40;

    private PriorVisits() {
    }

    /**
     * The first mention of a course ({@code course}'s words) in a summary sentence that says the
     * patient had it, as offsets into the summary.
     */
    static Optional<Match<String>> hadCourse(Pattern course, TextUnit summary) {
        for (Sentence s : summary.sentences()) {
            String text = s.text(summary.text());
            Matcher m = course.matcher(text);
            if (m.find() && COURSE_PAST.matcher(text).find()
                    && (!COURSE_NOT_HAD.matcher(text).find() || COURSE_SURELY_HAD.matcher(text).find())) {
                return Optional.of(new Match<>(m.group(), s.begin() + m.start(), s.begin() + m.end()));
            }
        }
        return Optional.empty();
    }

    /** The largest prior-visit count the text documents. */
    public static Optional<Match<Integer>> find(String text) {
        Match<Integer> best = null;
        Matcher m = VISIT_NUMBER.matcher(text);
        while (m.find()) {
            int n = Integer.parseInt(m.group("n") != null ? m.group("n") : m.group("o"));
            best = larger(best, new Match<>(n, m.start(), m.end()));
        }
        Matcher s = SENTENCE.matcher(text);
        while (s.find()) {
            best = larger(best, inSentence(text, s.start(), s.end()));
        }
        m = COUNT.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - BEFORE), m.start());
            before = before.substring(Math.max(0, lastSentenceEnd(before)));
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + AFTER));
            int stop = firstStop(after);
            after = stop >= 0 ? after.substring(0, stop) : after;
            String inside = m.group();
            if (OUT_OF.matcher(before).find() || UNATTENDED.matcher(after).find()) {
                continue;
            }
            boolean own = OWN_PAST.matcher(inside).find();
            boolean past = PAST.matcher(before).find() || STRONG_AFTER.matcher(after).find();
            if (own || past && !REQUEST.matcher(before).find() && !REQUEST.matcher(inside).find()) {
                best = larger(best, new Match<>(Numbers.parse(m.group("n")), m.start(), m.end()));
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The counts a sentence gives without a word of the past: "attended N out of M", "N physical
     * therapy reports", monthly tallies (summed), and a bare count of a named therapy's visits.
     */
    private static Match<Integer> inSentence(String text, int begin, int end) {
        String sentence = text.substring(begin, end);
        Match<Integer> best = null;
        Matcher m = ATTENDED_OF.matcher(sentence);
        while (m.find()) {
            best = larger(best, new Match<>(Numbers.parse(m.group("n")), begin + m.start(), begin + m.end()));
        }
        if (NOT_BARE.matcher(sentence).find() || UNATTENDED.matcher(sentence).find()) {
            return best;
        }
        m = REPORTS.matcher(sentence);
        while (m.find()) {
            best = larger(best, new Match<>(Numbers.parse(m.group("n")), begin + m.start(), begin + m.end()));
        }
        m = MONTHLY.matcher(sentence);
        int months = 0;
        int sum = 0;
        int first = -1;
        int last = -1;
        while (m.find()) {
            months++;
            sum += Numbers.parse(m.group("n"));
            first = first < 0 ? m.start() : first;
            last = m.end();
        }
        if (months >= 2) {
            best = larger(best, new Match<>(sum, begin + first, begin + last));
        }
        if (THERAPY.matcher(sentence).find()) {
            m = COUNT.matcher(sentence);
            while (m.find()) {
                if (!OUT_OF.matcher(sentence.substring(0, m.start())).find()) {
                    best = larger(best, new Match<>(Numbers.parse(m.group("n")), begin + m.start(), begin + m.end()));
                }
            }
        }
        return best;
    }

    private static int firstStop(String s) {
        int period = s.indexOf(". ");
        int semicolon = s.indexOf(';');
        if (period < 0) {
            return semicolon;
        }
        return semicolon < 0 ? period : Math.min(period, semicolon);
    }

    private static int lastSentenceEnd(String s) {
        int i = s.lastIndexOf(". ");
        return i < 0 ? 0 : i + 2;
    }

    private static Match<Integer> larger(Match<Integer> a, Match<Integer> b) {
        if (b == null || b.value() > MAX_PLAUSIBLE) {
            return a;
        }
        return a == null || b.value() > a.value() ? b : a;
    }
}
