package org.imrtoolkit.core.letter;

import org.imrtoolkit.core.budget.TimeBudget;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the reviewer's credentials from the "HOW THE IMR FINAL DETERMINATION WAS MADE" section. */
final class ReviewerParser {

    private static final Pattern LICENSURE = Pattern.compile(
            "State\\(s\\) of Licensure:\\s*(.+?)\\s*(?=Certification\\(s\\)|CLINICAL CASE SUMMARY|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPECIALTY = Pattern.compile(
            "Certification\\(s\\)\\s*/\\s*Specialty:\\s*(.+?)\\s*(?=State\\(s\\) of Licensure|$)",
            Pattern.CASE_INSENSITIVE);
    /**
     * The longest specialty, subspecialty or list of states the sentence may hold. The letters'
     * longest are under 100 characters; the bound keeps the search linear in the text: unbounded
     * lazy groups made a line repeating "Board Certified in x " take cubic time (20 s at 168 KB).
     */
    static final int MAX_PART = 200;
    private static final Pattern BOARD = Pattern.compile(
            "Board Certified in\\s+(?<specialty>.{1," + MAX_PART + "}?)"
                    + "(?:,?\\s+(?:and\\s+)?has a subspecialty in\\s+(?<sub>.{1," + MAX_PART + "}?))?"
                    + ",?\\s+(?:and\\s+)?(?:is\\s+)?licensed to practice in\\s+(?<states>.{1," + MAX_PART
                    + "}?)\\.(?:\\s|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BOARD_START = Pattern.compile("Board Certified in\\s+", Pattern.CASE_INSENSITIVE);
    /** Where BOARD's "licensed to practice in" can stand: after and before a space. */
    private static final Pattern LICENSED = Pattern.compile("(?<=\\s)licensed to practice in\\s",
            Pattern.CASE_INSENSITIVE);
    /** Where BOARD's closing period can stand. */
    private static final Pattern PERIOD = Pattern.compile("\\.(?:\\s|$)");
    /** Room for the joints of the sentence (", and has a subspecialty in ", ", and is ") and their spaces. */
    private static final int SLACK = 200;

    private ReviewerParser() {
    }

    static Reviewer parse(String credentials) {
        Matcher board = board(credentials);
        if (board != null) {
            String sub = board.group("sub");
            return new Reviewer(states(board.group("states")), board.group("specialty").strip(),
                    sub == null ? "" : sub.strip());
        }
        Matcher licensure = LICENSURE.matcher(TimeBudget.guard(credentials));
        Matcher specialty = SPECIALTY.matcher(TimeBudget.guard(credentials));
        List<String> states = licensure.find() ? states(licensure.group(1)) : List.of();
        String spec = specialty.find() ? specialty.group(1).strip() : "";
        return new Reviewer(states, spec, subspecialty(spec));
    }

    /**
     * BOARD's first match, as {@code BOARD.matcher(text).find()} finds it, in time linear in the
     * text: BOARD is tried only from a "Board Certified in" with a "licensed to practice in" within
     * reach after it, and a closing period within reach of that. (The bounded groups alone are
     * linear too, but slow: a few seconds on 2 MB of "Board Certified in x, has a subspecialty in y".)
     *
     * @return the matcher positioned on the match, or null when there is none
     */
    private static Matcher board(String text) {
        List<Integer> licensed = positions(LICENSED.matcher(TimeBudget.guard(text)));
        if (licensed.isEmpty()) {
            return null;
        }
        List<Integer> periods = positions(PERIOD.matcher(TimeBudget.guard(text)));
        Matcher start = BOARD_START.matcher(TimeBudget.guard(text));
        Matcher board = BOARD.matcher(TimeBudget.guard(text)).useTransparentBounds(true).useAnchoringBounds(false);
        int l = 0;
        while (start.find()) {
            int from = start.end();
            while (l < licensed.size() && licensed.get(l) <= start.start()) {
                l++;
            }
            // The first "licensed" after the specialty's start that has a period within reach after it.
            boolean viable = false;
            for (int k = l; k < licensed.size() && licensed.get(k) <= from + 2 * MAX_PART + SLACK; k++) {
                int at = licensed.get(k);
                int p = firstAtOrAfter(periods, at);
                if (p < periods.size() && periods.get(p) <= at + MAX_PART + SLACK) {
                    viable = true;
                    break;
                }
            }
            if (viable) {
                board.region(start.start(), text.length());
                if (board.lookingAt()) {
                    return board;
                }
            }
        }
        return null;
    }

    private static List<Integer> positions(Matcher m) {
        List<Integer> at = new java.util.ArrayList<>();
        while (m.find()) {
            at.add(m.start());
        }
        return at;
    }

    private static int firstAtOrAfter(List<Integer> sorted, int value) {
        int i = java.util.Collections.binarySearch(sorted, value);
        return i >= 0 ? i : -i - 1;
    }

    /**
     * The certifications the "Certification(s)/Specialty" field lists after the board specialty
     * ("Physical Medicine & Rehabilitation, Pain Management" has the subspecialty "Pain
     * Management"); empty when it lists one. The specialty keeps the field as written.
     */
    private static String subspecialty(String field) {
        int comma = field.indexOf(',');
        return comma < 0 ? "" : field.substring(comma + 1).strip();
    }

    /** "California,South Carolina", "Arizona, Texas" and "California and Nevada" alike. */
    private static List<String> states(String list) {
        return Arrays.stream(list.split(",|\\band\\b"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
