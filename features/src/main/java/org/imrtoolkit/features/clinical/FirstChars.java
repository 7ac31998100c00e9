package org.imrtoolkit.features.clinical;

import java.util.List;

import java.util.Optional;

/**
 * The characters a match of a rule can start with, as a character class: a
 * {@code (?=[...])} before an alternation of rules turns away, with one test, the positions where
 * no rule can start, which Java's regex engine would otherwise try rule by rule. Reads the plain
 * subset of the syntax the rules files use (literals, escapes, classes, groups, alternatives,
 * quantifiers, lookarounds); anything else, or a rule that can match the empty string, gives no
 * class, and the caller then adds no test. Lookarounds are skipped, which can only widen the class.
 */
final class FirstChars {

    private final String re;
    private int unknown;

    private FirstChars(String re) {
        this.re = re;
    }

    /** The class body (without the brackets) of the characters a match can start with; empty when unsure. */
    static Optional<String> of(String regex) {
        FirstChars f = new FirstChars(regex);
        Result r = f.alternatives(0, regex.length());
        if (f.unknown > 0 || r.nullable() || r.chars().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(r.chars());
    }

    private record Result(String chars, boolean nullable) {
    }

    private Result alternatives(int from, int to) {
        List<int[]> spans = RegexText.alternatives(re, from, to, false);
        if (spans == null) {
            unknown++;
            return new Result("", true);
        }
        StringBuilder chars = new StringBuilder();
        boolean nullable = false;
        for (int[] span : spans) {
            Result r = sequence(span[0], span[1]);
            chars.append(r.chars());
            nullable |= r.nullable();
        }
        return new Result(chars.toString(), nullable);
    }

    private Result sequence(int from, int to) {
        StringBuilder chars = new StringBuilder();
        int i = from;
        while (i < to) {
            char c = re.charAt(i);
            String atom;
            boolean atomNullable = false;
            int next;
            if (c == '\\') {
                if (i + 1 >= to) {
                    unknown++;
                    return new Result("", true);
                }
                char e = re.charAt(i + 1);
                next = i + 2;
                if (e == 'b' || e == 'B') {
                    i = next;
                    continue;
                } else if (e == 'w' || e == 'd' || e == 's') {
                    atom = "\\" + e;
                } else if (!Character.isLetterOrDigit(e)) {
                    atom = "\\" + e;
                } else {
                    unknown++;
                    return new Result("", true);
                }
            } else if (c == '[') {
                int end = RegexText.classEnd(re, i, false);
                if (end < 0 || end >= to) {
                    unknown++;
                    return new Result("", true);
                }
                String body = re.substring(i + 1, end);
                if (body.isEmpty() || body.startsWith("^") || body.contains("[") || body.contains("&&")) {
                    unknown++;
                    return new Result("", true);
                }
                atom = "[" + body + "]";
                next = end + 1;
            } else if (c == '(') {
                int end = RegexText.groupEnd(re, i, to, false);
                int body = end < 0 ? RegexText.UNREADABLE : RegexText.groupBody(re, i, end);
                if (body == RegexText.UNREADABLE) {
                    unknown++;
                    return new Result("", true);
                }
                next = end + 1;
                if (body == RegexText.LOOKAROUND) {
                    // Skipped, as the class comment says: it only widens the class.
                    atom = "";
                    atomNullable = true;
                } else {
                    Result r = alternatives(body, end);
                    atom = r.chars();
                    atomNullable = r.nullable();
                }
            } else if (c == '.' || c == '^' || c == '$' || c == ')' || c == '|' || c == '?' || c == '*'
                    || c == '+' || c == '{') {
                unknown++;
                return new Result("", true);
            } else if (Character.isLetterOrDigit(c) || c == ' ') {
                atom = String.valueOf(c);
                next = i + 1;
            } else {
                atom = "\\" + c;
                next = i + 1;
            }
            int[] q = RegexText.quantifier(re, next, to);
            if (q == null) {
                unknown++;
                return new Result("", true);
            }
            chars.append(atom);
            if (!atomNullable && q[1] == 0) {
                return new Result(chars.toString(), false);
            }
            i = q[0];
        }
        return new Result(chars.toString(), true);
    }
}
