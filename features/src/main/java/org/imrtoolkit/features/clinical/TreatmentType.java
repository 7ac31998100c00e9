package org.imrtoolkit.features.clinical;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What kind of treatment a disputed item asks for. */
public enum TreatmentType {
    PHYSICAL_THERAPY, OCCUPATIONAL_THERAPY, CHIROPRACTIC, ACUPUNCTURE, MASSAGE, AQUATIC_THERAPY,
    MEDICATION, IMAGING, INJECTION, SURGERY, DME, PSYCH, OTHER;

    /** Treatments given, and asked for, in sessions or visits. */
    private static final Set<TreatmentType> COUNTED = EnumSet.of(PHYSICAL_THERAPY, OCCUPATIONAL_THERAPY,
            CHIROPRACTIC, ACUPUNCTURE, MASSAGE, AQUATIC_THERAPY, PSYCH, OTHER);

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TreatmentType ofLabel(String label) {
        return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }

    /** Whether requests for it are counted in sessions (an MRI or a drug is not). */
    public boolean countedInSessions() {
        return COUNTED.contains(this);
    }

    /** Physical medicine: therapy whose visits the MTUS limits. */
    public boolean physicalMedicine() {
        return this == PHYSICAL_THERAPY || this == OCCUPATIONAL_THERAPY || this == AQUATIC_THERAPY
                || this == CHIROPRACTIC || this == ACUPUNCTURE || this == MASSAGE;
    }
}
