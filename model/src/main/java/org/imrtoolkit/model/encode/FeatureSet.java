package org.imrtoolkit.model.encode;

import java.util.Locale;

/** Which blocks of features a model uses; lets a user measure what each block adds. */
public enum FeatureSet {
    /** Named clinical features, categorical columns and lexical terms. */
    ALL,
    /** Named clinical features and categorical columns only. */
    CLINICAL,
    /** Lexical terms and categorical columns only: the TF-IDF baseline. */
    LEXICAL;

    public boolean clinical() {
        return this != LEXICAL;
    }

    public boolean lexical() {
        return this != CLINICAL;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
