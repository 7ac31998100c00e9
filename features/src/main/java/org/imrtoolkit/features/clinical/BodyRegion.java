package org.imrtoolkit.features.clinical;

import java.util.Locale;

/** Body regions the MTUS chapters and the letters' requests are organised by. */
public enum BodyRegion {
    CERVICAL, THORACIC, LUMBAR, SHOULDER, ELBOW, WRIST_HAND, HIP, KNEE, ANKLE_FOOT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
