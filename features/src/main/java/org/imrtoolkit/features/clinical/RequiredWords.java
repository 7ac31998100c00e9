package org.imrtoolkit.features.clinical;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Literal strings of which every match of a rule contains one ("weakness" for "(?:mild|moderate)
 * weakness (?:was|is)"), in lower case: a text that contains none of them cannot match, and a
 * {@code contains} test is far cheaper than running the rule over every position. Reads the plain
 * subset of the syntax the rules files use; anything else gives no strings, and the caller then
 * runs the rule on every text. Literals compare ASCII-case-insensitively, as the rules match
 * ({@code CASE_INSENSITIVE} without {@code UNICODE_CASE}).
 */
final class RequiredWords {

    private final String re;
    private boolean unknown;

    private RequiredWords(String re) {
        this.re = re;
    }

    /** Strings of which every match of any of these rules holds one; empty when unsure. */
    static Optional<List<String>> ofAny(Collection<String> rules) {
        Set<String> all = new LinkedHashSet<>();
        for (String rule : rules) {
            Optional<Set<String>> one = of(rule);
            if (one.isEmpty()) {
                return Optional.empty();
            }
            all.addAll(one.get());
        }
        return all.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(all));
    }

    static Optional<Set<String>> of(String rule) {
        RequiredWords r = new RequiredWords(rule);
        Set<String> found = r.alternatives(0, rule.length());
        return r.unknown || found == null || found.isEmpty() ? Optional.empty() : Optional.of(found);
    }

    /**
     * Words to look for in one pass: at each position of the text only the words starting with its
     * character are compared, instead of one scan of the text per word.
     */
    static final class Needles {

        /** Words by their first two characters (ASCII), as {@code c0 * 128 + c1}. */
        private final String[][] byPair = new String[128 * 128][];
        /** Words of one character, or starting with a character beyond ASCII: looked for one by one. */
        private final String[] others;

        Needles(List<String> words) {
            java.util.Map<Integer, List<String>> buckets = new java.util.HashMap<>();
            List<String> rest = new ArrayList<>();
            for (String w : words) {
                if (w.length() >= 2 && w.charAt(0) < 128 && w.charAt(1) < 128) {
                    buckets.computeIfAbsent(w.charAt(0) * 128 + w.charAt(1), k -> new ArrayList<>()).add(w);
                } else {
                    rest.add(w);
                }
            }
            buckets.forEach((pair, list) -> byPair[pair] = list.toArray(String[]::new));
            others = rest.toArray(String[]::new);
        }

        /** Whether {@code lowerText} (lower-cased by {@link #lower}) holds one of the words. */
        boolean in(String lowerText) {
            for (String w : others) {
                if (lowerText.contains(w)) {
                    return true;
                }
            }
            for (int i = 0, n = lowerText.length() - 1; i < n; i++) {
                char c0 = lowerText.charAt(i);
                char c1 = lowerText.charAt(i + 1);
                String[] bucket = c0 < 128 && c1 < 128 ? byPair[c0 * 128 + c1] : null;
                if (bucket != null) {
                    for (String w : bucket) {
                        if (lowerText.startsWith(w, i)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
    }

    /** ASCII lower case only, as the rules' case-insensitive matching folds. */
    static String lower(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] = (char) (c[i] + ('a' - 'A'));
            }
        }
        return new String(c);
    }

    /** Null when some alternative requires nothing. */
    private Set<String> alternatives(int from, int to) {
        List<int[]> spans = RegexText.alternatives(re, from, to, true);
        if (spans == null) {
            unknown = true;
            return null;
        }
        Set<String> union = new LinkedHashSet<>();
        for (int[] span : spans) {
            Set<String> one = sequence(span[0], span[1]);
            if (one == null) {
                return null;
            }
            union.addAll(one);
        }
        return union;
    }

    /** The best set of required strings among the parts of a sequence; null when none. */
    private Set<String> sequence(int from, int to) {
        List<Set<String>> candidates = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int i = from;
        while (i < to) {
            char c = re.charAt(i);
            Character literal = null;
            Set<String> group = null;
            int next;
            if (c == '\\') {
                if (i + 1 >= to) {
                    unknown = true;
                    return null;
                }
                char e = re.charAt(i + 1);
                next = i + 2;
                if (!Character.isLetterOrDigit(e)) {
                    literal = e;
                } else if ("bBwWsSdD".indexOf(e) < 0) {
                    unknown = true;
                    return null;
                }
            } else if (c == '[') {
                int end = RegexText.classEnd(re, i, true);
                if (end < 0 || end >= to) {
                    unknown = true;
                    return null;
                }
                next = end + 1;
            } else if (c == '(') {
                int end = RegexText.groupEnd(re, i, to, true);
                int body = end < 0 ? RegexText.UNREADABLE : RegexText.groupBody(re, i, end);
                if (body == RegexText.UNREADABLE) {
                    unknown = true;
                    return null;
                }
                next = end + 1;
                group = body == RegexText.LOOKAROUND ? null : alternatives(body, end);
            } else if (c == '.' || c == ')' || c == '|' || c == '?' || c == '*' || c == '+' || c == '{') {
                unknown = true;
                return null;
            } else if (c == '^' || c == '$') {
                next = i + 1;
            } else {
                literal = c;
                next = i + 1;
            }
            int[] q = RegexText.quantifier(re, next, to);
            // An unreadable quantifier, or a group whose own reading was unsure.
            if (q == null || unknown) {
                unknown = true;
                return null;
            }
            boolean quantified = q[0] != next;
            if (literal != null && !quantified) {
                run.append(literal);
            } else {
                end(run, candidates);
                if (group != null && !group.isEmpty() && (!quantified || q[1] == 0)) {
                    candidates.add(group);
                }
            }
            i = q[0];
        }
        end(run, candidates);
        Set<String> best = null;
        for (Set<String> cand : candidates) {
            if (best == null || shortest(cand) > shortest(best)) {
                best = cand;
            }
        }
        return best;
    }

    private static void end(StringBuilder run, List<Set<String>> candidates) {
        if (!run.isEmpty()) {
            candidates.add(Set.of(lower(run.toString())));
            run.setLength(0);
        }
    }

    private static int shortest(Set<String> words) {
        return words.stream().mapToInt(String::length).min().orElse(0);
    }
}
