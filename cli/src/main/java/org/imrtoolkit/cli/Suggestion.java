package org.imrtoolkit.cli;

import java.util.Collection;
import java.util.Optional;

/**
 * The command a mistyped one most likely meant: the nearest by edit distance, a swap of two
 * neighbouring letters counting as one edit ("prase" is one edit from "parse", four from "train").
 */
final class Suggestion {

    /** Beyond this many edits a name is taken as something else, not a typo. */
    private static final int MAX_EDITS = 2;

    private Suggestion() {
    }

    static Optional<String> nearest(String typed, Collection<String> names) {
        String best = null;
        int bestDistance = MAX_EDITS + 1;
        for (String name : names) {
            int d = distance(typed, name);
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
