package org.imrtoolkit.features.clinical;

import java.util.Locale;

/**
 * A reason the utilization review gave for its decision, as the case summary reports it; the
 * vocabulary of the reasons an IMR rationale gives (less adjunct_to_denied), read with the same
 * rules ({@link ReasonRules}).
 */
public enum UrReason {
    EXCEEDS_GUIDELINE_LIMIT,
    NO_FUNCTIONAL_IMPROVEMENT,
    HOME_EXERCISE_PROGRAM,
    NO_CONSERVATIVE_CARE_TRIAL,
    NO_RED_FLAGS,
    CRITERIA_NOT_MET,
    REQUEST_INCOMPLETE,
    NOT_RECOMMENDED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The feature's name: {@code ur_reason_<reason>}. */
    public String feature() {
        return "ur_reason_" + label();
    }
}
