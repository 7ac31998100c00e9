package org.imrtoolkit.train;

import org.imrtoolkit.train.encode.FeatureEncoder;
import org.imrtoolkit.train.model.Scorer;

/** Fits the encoding and the logistic model on a dataset. */
public final class Training {

    private Training() {
    }

    /**
     * The final model: fitted on all the data, its probabilities calibrated with the scaling and
     * its decision made at the threshold that cross-validation chose.
     */
    public static FittedModel fit(Dataset data, TrainOptions options, PlattScaling calibration, double threshold) {
        FittedModel raw = fitRaw(data, options);
        return new FittedModel(raw.encoder(), calibration.apply(raw.model()), data.labels(), threshold);
    }

    /** A model as the learner gives it, uncalibrated, threshold 0.5. */
    static FittedModel fitRaw(Dataset data, TrainOptions options) {
        FeatureEncoder encoder = FeatureEncoder.fit(data.examples(), options.featureSet(), options.minDocumentFrequency());
        var x = CrossValidation.encodeAll(encoder, data);
        Scorer model = options.algorithm().equals("logistic")
                ? new LogisticTrainer(options.lambda(), options.balance(), options.seed()).fit(x, data.y(), encoder.spec().size())
                : new TreeTrainer(options.algorithm(), options.balance(), options.seed())
                        .fit(x, data.y(), encoder.spec().named().size() + encoder.spec().categories().size());
        return new FittedModel(encoder, model, data.labels(), 0.5);
    }
}
