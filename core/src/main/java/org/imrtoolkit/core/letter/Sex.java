package org.imrtoolkit.core.letter;

/** The patient's sex as the case summary states it. */
public enum Sex {
    FEMALE, MALE, UNKNOWN;

    /** Lower-case name, as written to CSV. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
