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

    /**
     * The MTUS postsurgical physical medicine period: the Postsurgical Treatment Guidelines
     * (8 CCR 9792.24.3) give each surgery a "postsurgical physical medicine treatment period" after
     * which the chronic pain guidelines apply again; it is 6 months for most of the surgeries in
     * these letters (rotator cuff repair, knee arthroscopy, lumbar discectomy and fusion, carpal
     * tunnel release 3 months, fractures 4-6). Past it, or with no date to measure it by, the
     * post-surgical limits no longer apply: an undated "status post" may be years old.
     */
    public static final int POST_SURGICAL_MONTHS = 6;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Post-surgical when a dated surgery is documented within {@link #POST_SURGICAL_MONTHS},
     * else neuralgia when the text names radicular pain, else myalgia for muscle and joint pain.
     */
    public static Match<DiagnosisGroup> of(String text, boolean postSurgical, Integer monthsSinceSurgery) {
        if (postSurgical && monthsSinceSurgery != null && monthsSinceSurgery <= POST_SURGICAL_MONTHS) {
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
