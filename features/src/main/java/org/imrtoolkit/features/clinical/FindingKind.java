package org.imrtoolkit.features.clinical;

import java.util.Locale;

/**
 * The kinds of objective finding that, documented in the summary, support a request the guidelines
 * reserve for them (imaging, surgery, specialist care): each is a section of
 * {@code objective-findings.rules}.
 */
public enum FindingKind {
    FRACTURE("a fracture"),
    FULL_THICKNESS_TEAR("a full-thickness or complete tear"),
    MENISCAL_OR_LABRAL_TEAR("a meniscal or labral tear on imaging"),
    LOCKING("locking or catching of the joint"),
    INSTABILITY("instability of the joint"),
    NEUROLOGICAL_DEFICIT("an objective neurological deficit"),
    RED_FLAG("a red flag");

    private final String words;

    FindingKind(String words) {
        this.words = words;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The finding in an analyst's words ("a fracture"). */
    public String words() {
        return words;
    }

    public static FindingKind ofLabel(String label) {
        return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }
}
