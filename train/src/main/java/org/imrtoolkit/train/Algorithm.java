package org.imrtoolkit.train;

import java.util.Locale;

import org.imrtoolkit.model.encode.FeatureSet;

/** The learners {@code imr train} offers, all Smile's. */
public enum Algorithm {
    /**
     * L2 logistic regression, sparse. By default on the UR's account alone (its decision and the
     * reasons it cited, as the summary reports them): on repeated cross-validation of the shared
     * letters no richer input set (lexical terms, clinical features, both) was better beyond the
     * intervals (see scripts/model-selection.sh and the README); of models within each other's
     * intervals the simpler one is the default, and this one has a dozen inputs that each read as a
     * reason an analyst accepts, and the only signal that held on letters unseen while the rules were
     * written (issue 10).
     */
    LOGISTIC(FeatureSet.UR),
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
