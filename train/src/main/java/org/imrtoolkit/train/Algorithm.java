package org.imrtoolkit.train;

import java.util.Locale;

import org.imrtoolkit.model.encode.FeatureSet;

/** The learners {@code imr train} offers, all Smile's. */
public enum Algorithm {
    /**
     * L2 logistic regression, sparse. By default on the lexical terms alone: on repeated
     * cross-validation of the shared letters, adding the clinical features and the UR account
     * ({@code analyst}) moved no figure beyond the intervals (see scripts/model-selection.sh and the
     * README), and of two models within each other's intervals the simpler one is the default.
     */
    LOGISTIC(FeatureSet.LEXICAL),
    /** Random forest on the named clinical features and categorical columns. */
    RF(FeatureSet.REASONS),
    /** Gradient boosting on the named clinical features and categorical columns. */
    GBM(FeatureSet.REASONS);

    private final FeatureSet defaultFeatureSet;

    Algorithm(FeatureSet defaultFeatureSet) {
        this.defaultFeatureSet = defaultFeatureSet;
    }

    /** The name users write and the manifest records: logistic, rf, gbm. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The feature set used when none is asked for. */
    public FeatureSet defaultFeatureSet() {
        return defaultFeatureSet;
    }

    /** Whether the learner can read the sparse lexical terms (trees gain nothing from thousands of them). */
    public boolean readsTerms() {
        return this == LOGISTIC;
    }

    /** The learner with these options. */
    public Trainer trainer(TrainOptions options) {
        return switch (this) {
            case LOGISTIC -> new LogisticTrainer(options.lambda(), options.balance(), options.seed());
            case RF, GBM -> new TreeTrainer(this, options.balance(), options.seed());
        };
    }
}
