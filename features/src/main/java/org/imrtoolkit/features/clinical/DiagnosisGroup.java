package org.imrtoolkit.features.clinical;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The MTUS physical-medicine groups whose visit limits differ. */
public enum DiagnosisGroup {
    MYALGIA, NEURALGIA, POST_SURGICAL, OTHER;

    private static final Pattern NEURAL = Pattern.compile(
            "\\b(?:radiculopath\\w*|radiculitis|radicular|neuritis|neuralgia|sciatica|neuropath\\w*|nerve root|carpal tunnel syndrome)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MUSCULAR = Pattern.compile(
            "\\b(?:strain\\w*|sprain\\w*|myalgia|myositis|myofascial|spasms?|musculoskeletal|tendinitis|tendonitis|bursitis"
                    + "|pain|degenerative|disc|disk|contusion)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The MTUS post-surgical course covers the months after surgery. */
    public static final int POST_SURGICAL_MONTHS = 6;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Post-surgical when a surgery is documented within {@link #POST_SURGICAL_MONTHS} (or undated),
     * else neuralgia when the text names radicular pain, else myalgia for muscle and joint pain.
     */
    public static Match<DiagnosisGroup> of(String text, boolean postSurgical, Integer monthsSinceSurgery) {
        if (postSurgical && (monthsSinceSurgery == null || monthsSinceSurgery <= POST_SURGICAL_MONTHS)) {
            return new Match<>(POST_SURGICAL, 0, 0);
        }
        Matcher n = NEURAL.matcher(text);
        if (n.find()) {
            return new Match<>(NEURALGIA, n.start(), n.end());
        }
        Matcher m = MUSCULAR.matcher(text);
        if (m.find()) {
            return new Match<>(MYALGIA, m.start(), m.end());
        }
        return new Match<>(OTHER, 0, 0);
    }
}
