package org.imrtoolkit.features.clinical;

/**
 * Where a character class or a group of a rule's regular expression ends, read from its text: what
 * {@link RequiredWords} and {@link FirstChars} need to walk a rule without compiling it.
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
}
