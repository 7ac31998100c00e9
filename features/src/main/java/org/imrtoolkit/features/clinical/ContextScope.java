package org.imrtoolkit.features.clinical;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scope of a NegEx/ConText trigger: a trigger before a mention reaches it within
 * {@code before} words, one after it within {@code after} words, and neither reaches across a
 * termination term ("but", "however", a semicolon). Shared by the readers that ask whether a
 * mention is affirmed, negated or hypothetical (functional improvement, objective findings).
 * Immutable and thread-safe.
 */
final class ContextScope {

    private static final Pattern WORD = Pattern.compile("[\\w'%-]+");

    private final Pattern termination;
    private final int before;
    private final int after;

    ContextScope(Pattern termination, int before, int after) {
        this.termination = termination;
        this.before = before;
        this.after = after;
    }

    /** A trigger ending before {@code at}, close enough, with no termination term between. */
    boolean triggerBefore(Pattern trigger, String s, int at, List<int[]> ignored) {
        Matcher m = trigger.matcher(s);
        m.region(0, at);
        // A trigger may look ahead at its target ("minimal" only before "improvement").
        m.useTransparentBounds(true);
        while (m.find()) {
            if (inside(m.start(), m.end(), ignored)) {
                continue;
            }
            String gap = s.substring(m.end(), at);
            if (words(gap) <= before && !termination.matcher(gap).find()) {
                return true;
            }
        }
        return false;
    }

    /** A trigger starting after {@code at}, close enough, with no termination term between. */
    boolean triggerAfter(Pattern trigger, String s, int at) {
        Matcher m = trigger.matcher(s);
        m.region(at, s.length());
        m.useTransparentBounds(true);
        while (m.find()) {
            String gap = s.substring(at, m.start());
            if (words(gap) <= after && !termination.matcher(gap).find()) {
                return true;
            }
        }
        return false;
    }

    /** The spans of every match of {@code p} in {@code s}, as {begin, end}. */
    static List<int[]> spans(Pattern p, String s) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    private static boolean inside(int begin, int end, List<int[]> spans) {
        for (int[] span : spans) {
            if (begin >= span[0] && end <= span[1]) {
                return true;
            }
        }
        return false;
    }

    private static int words(String s) {
        int n = 0;
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
