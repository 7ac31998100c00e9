package org.imrtoolkit.features.clinical;

import java.util.Locale;

/** What the utilization review did with a request, as the case summary reports it. */
public enum UrDecision {
    /** Denied the whole request ("non-certified", "denied", "failed to approve"). */
    NON_CERTIFIED,
    /** Certified less than was asked ("modified to 6 sessions", "partially approved"). */
    MODIFIED,
    /** The summary does not say. */
    UNKNOWN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
