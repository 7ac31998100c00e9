package org.imrtoolkit.core.letter;

import java.util.Locale;

/** The body of guidance a decision rests on. ACOEM chapters adopted into the MTUS count as ACOEM. */
public enum GuidelineSource {
    MTUS, ACOEM, ODG, OTHER, NONE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
