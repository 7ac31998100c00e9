package org.imrtoolkit.train;

import java.util.Locale;

import org.imrtoolkit.model.encode.FeatureSet;

/** The learners {@code imr train} offers, all Smile's. */
public enum Algorithm {
    /**
     * L2 logistic regression, sparse. By default on the inputs an analyst accepts as reasons (issue
     * 18's rule, fixed before any of them was measured): the UR's decision on the item and the
     * reasons it cited, and the three overturn signals (the item belongs to a surgery request, the
     * summary documents an objective finding, a first trial within the guideline's limit). No
     * descriptive proxy and no lexical term; the set is the default whatever its cross-validated
     * figures, which the README reports with their intervals.
     */
    LOGISTIC(FeatureSet.UR_SIGNALS),
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
