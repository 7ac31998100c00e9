package org.imrtoolkit.train;

import org.imrtoolkit.train.encode.FeatureEncoder;
import org.imrtoolkit.train.model.LogisticModel;

/** Fits the encoding and the logistic model on a dataset. */
public final class Training {

    private Training() {
    }

    public static FittedModel fit(Dataset data, TrainOptions options, double threshold) {
        FeatureEncoder encoder = FeatureEncoder.fit(data.examples(), options.featureSet(), options.minDocumentFrequency());
        LogisticModel model = new LogisticTrainer(options.lambda(), options.balance(), options.seed())
                .fit(CrossValidation.encodeAll(encoder, data), data.y(), encoder.spec().size());
        return new FittedModel(encoder, model, data.labels(), threshold);
    }
}
