package org.imrtoolkit.model.metrics;

import java.util.Locale;

/** What a decision threshold is chosen to maximise on cross-validated predictions. */
public enum Objective {
    BALANCED_ACCURACY, F1, ACCURACY, YOUDEN;

    /** The name as users write it: balanced_accuracy, f1, accuracy, youden. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
