package org.imrtoolkit.features.clinical;

/** A number of sessions, exact ({@code min == max}) or a range ("2-3 times a week for 6 weeks" is 12..18). */
public record SessionRange(int min, int max) {

    public SessionRange {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("bad range " + min + ".." + max);
        }
    }

    /**
     * The range between two counts in either order: letters write ranges high-low too ("3-2 times
     * a week"), and such a range is the same request, not an error in the letter.
     */
    public static SessionRange between(int a, int b) {
        return new SessionRange(Math.min(a, b), Math.max(a, b));
    }
}
