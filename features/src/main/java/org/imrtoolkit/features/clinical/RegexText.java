package org.imrtoolkit.features.clinical;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a character class, a group or a quantifier of a rule's regular expression ends, and where a
 * group's body begins, read from its text: what {@link RequiredWords} and {@link FirstChars} need to
 * walk a rule without compiling it.
 */
final class RegexText {

    private RegexText() {
    }

    /**
     * The index of the ']' closing the class opened at {@code open}; -1 when none, or, with
     * {@code nestedUnknown}, when a nested class (an intersection or union) makes it unreadable here.
     */
    static int classEnd(String re, int open, boolean nestedUnknown) {
        int i = open + 1;
        if (i < re.length() && re.charAt(i) == '^') {
            i++;
        }
        if (i < re.length() && re.charAt(i) == ']') {
            i++;
        }
        for (; i < re.length(); i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[' && nestedUnknown) {
                return -1;
            } else if (c == ']') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The spans {from, to} of the alternatives of {@code re} between {@code from} and {@code to},
     * split at the '|' outside groups and classes; null when a class cannot be read (see
     * {@link #classEnd}).
     */
    static List<int[]> alternatives(String re, int from, int to, boolean nestedUnknown) {
        List<int[]> spans = new ArrayList<>();
        int start = from;
        int depth = 0;
        for (int i = from; i <= to; i++) {
            if (i == to || re.charAt(i) == '|' && depth == 0) {
                spans.add(new int[] {start, i});
                start = i + 1;
                continue;
            }
            char c = re.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(re, i, nestedUnknown);
                if (i < 0) {
                    return null;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return spans;
    }

    /** The index of the ')' closing the group opened at {@code open}; -1 when none before {@code to}. */
    static int groupEnd(String re, int open, int to, boolean nestedUnknown) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            char c = re.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(re, i, nestedUnknown);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** {@link #groupBody} of a group this reading does not know: a flag group, a name with no '>'. */
    static final int UNREADABLE = -1;
    /** {@link #groupBody} of a lookahead or lookbehind, which reads no text of the match. */
    static final int LOOKAROUND = -2;

    /**
     * Where the body of the group opened at {@code open} and closed at {@code end} begins, after
     * "(", "(?:" or "(?<name>"; {@link #LOOKAROUND} or {@link #UNREADABLE} for the other kinds.
     */
    static int groupBody(String re, int open, int end) {
        if (re.startsWith("(?=", open) || re.startsWith("(?!", open) || re.startsWith("(?<=", open)
                || re.startsWith("(?<!", open)) {
            return LOOKAROUND;
        }
        if (re.startsWith("(?:", open)) {
            return open + 3;
        }
        if (re.startsWith("(?<", open)) {
            int close = re.indexOf('>', open);
            return close < 0 || close > end ? UNREADABLE : close + 1;
        }
        return re.startsWith("(?", open) ? UNREADABLE : open + 1;
    }

    /**
     * The quantifier at {@code at} (before {@code to}): {index after it, and its lazy or possessive
     * mark, 1 when it allows zero repetitions else 0}; {at, 0} when there is none; null when a
     * '{' has no '}' before {@code to}.
     */
    static int[] quantifier(String re, int at, int to) {
        if (at >= to) {
            return new int[] {at, 0};
        }
        char c = re.charAt(at);
        int next;
        int zero;
        if (c == '?' || c == '*') {
            next = at + 1;
            zero = 1;
        } else if (c == '+') {
            next = at + 1;
            zero = 0;
        } else if (c == '{') {
            int close = re.indexOf('}', at);
            if (close < 0 || close >= to) {
                return null;
            }
            String min = re.substring(at + 1, close).split(",", -1)[0].strip();
            zero = min.isEmpty() || min.chars().allMatch(ch -> ch == '0') ? 1 : 0;
            next = close + 1;
        } else {
            return new int[] {at, 0};
        }
        if (next < to && (re.charAt(next) == '?' || re.charAt(next) == '+')) {
            next++;
        }
        return new int[] {next, zero};
    }
}
