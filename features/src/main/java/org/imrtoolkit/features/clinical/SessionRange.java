package org.imrtoolkit.features.clinical;

/** A number of sessions, exact ({@code min == max}) or a range ("2-3 times a week for 6 weeks" is 12..18). */
public record SessionRange(int min, int max) {

    public SessionRange {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("bad range " + min + ".." + max);
        }
    }
}
