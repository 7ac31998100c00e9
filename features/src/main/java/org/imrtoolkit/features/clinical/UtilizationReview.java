package org.imrtoolkit.features.clinical;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether utilization review certified less than was asked: "modified to 9 sessions", "partially
 * certified", "6 sessions were authorized", "certified 6 of 12". A plain "non-certified" is a
 * denial, not a modification.
 */
public final class UtilizationReview {

    private static final Pattern MODIFIED = Pattern.compile(
            "\\b(?:was |were )?(?:modified|partially (?:certified|approved|authorized)|modification)\\b"
                    + "|(?<!non-)(?<!non)\\b(?:certified|authorized|approved)\\s+(?:\\w+\\s+){0,4}?(?:\\d+|one|two|three|four|five|six"
                    + "|seven|eight|nine|ten|twelve)\\b(?:\\s+of\\s+\\d+|\\s+(?:\\w+\\s+){0,3}?(?:sessions?|visits?))"
                    + "|\\b\\d+\\s+(?:\\w+\\s+){0,3}?(?:sessions?|visits?)\\s+(?:was|were)\\s+(?:certified|authorized|approved)\\b",
            Pattern.CASE_INSENSITIVE);

    private UtilizationReview() {
    }

    public static Optional<Match<Boolean>> find(String text) {
        Matcher m = MODIFIED.matcher(text);
        return m.find() ? Optional.of(new Match<>(true, m.start(), m.end())) : Optional.empty();
    }
}
