package org.imrtoolkit.features.clinical;

import java.util.Locale;

/** Whether the case documents functional improvement from treatment. */
public enum FunctionalImprovement {
    /** The text states there was improvement. */
    DOCUMENTED,
    /** The text states explicitly there was none, or that none is documented. */
    NOT_DOCUMENTED,
    /** The text says nothing of it, or only hypothetically ("as long as it is helping to restore function"). */
    UNKNOWN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
