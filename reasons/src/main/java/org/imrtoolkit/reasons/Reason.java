package org.imrtoolkit.reasons;

import java.util.Locale;

/** A reason a rationale gives for upholding a denial. */
public enum Reason {
    /** More visits or sessions than the guideline allows. */
    EXCEEDS_GUIDELINE_LIMIT,
    /** No documented functional improvement from prior treatment. */
    NO_FUNCTIONAL_IMPROVEMENT,
    /** Should continue with, or move to, a home exercise program. */
    HOME_EXERCISE_PROGRAM,
    /** No documented trial or failure of conservative or first-line treatment. */
    NO_CONSERVATIVE_CARE_TRIAL,
    /** No red flags or neurological findings. */
    NO_RED_FLAGS,
    /** The guideline's criteria for the treatment are not met. */
    CRITERIA_NOT_MET,
    /** An adjunct to another treatment that was denied. */
    ADJUNCT_TO_DENIED,
    /** Dose, frequency, quantity or duration not stated. */
    REQUEST_INCOMPLETE,
    /** The guideline does not recommend the treatment. */
    NOT_RECOMMENDED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
