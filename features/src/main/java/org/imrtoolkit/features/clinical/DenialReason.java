package org.imrtoolkit.features.clinical;

import java.util.Locale;

/**
 * A reason a denial gives: one vocabulary for the reasons the IMR reviewer's rationale gives for
 * upholding (read by {@code imr reasons}) and the reasons the case summary reports the utilization
 * review (UR) gave (read as the {@code ur_reason_<label>} features), both found with the rules of
 * {@link ReasonRules}.
 */
public enum DenialReason {
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
    /** An adjunct to another treatment that was denied ("since the surgery was not certified, the assistant is not needed"). */
    ADJUNCT_TO_DENIED,
    /** Dose, frequency, quantity or duration not stated. */
    REQUEST_INCOMPLETE,
    /** The guideline does not recommend the treatment. */
    NOT_RECOMMENDED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The UR feature's name: {@code ur_reason_<reason>}. */
    public String feature() {
        return "ur_reason_" + label();
    }

    /** The reason of a label ("no_red_flags"). */
    public static DenialReason ofLabel(String label) {
        return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }
}
