package org.imrtoolkit.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.imrtoolkit.model.BuildProvenance;
import org.imrtoolkit.model.CrossValidationSummary;
import org.imrtoolkit.model.FittedModel;
import org.imrtoolkit.model.ModelManifest;
import org.imrtoolkit.model.PlattScaling;
import org.imrtoolkit.model.Scorer;
import org.imrtoolkit.model.encode.FeatureEncoder;

/** Fits the encoding and the model on a dataset. */
public final class Training {

    private Training() {
    }

    /**
     * Cross-validates, then fits the final model on all the data and describes it in its manifest.
     *
     * @param threads   threads the folds run on; the result is the same for every count
     * @param onFold    called with the number of folds done as each finishes
     */
    public static TrainedModel train(Dataset data, TrainOptions options, Provenance provenance, int threads,
                                     IntConsumer onFold) {
        CrossValidation.Result cv = CrossValidation.run(data, options, threads, onFold);
        TrainOptions fixed = tuned(data, options);
        FittedModel fitted = fit(data, fixed, cv.calibration(), cv.threshold());
        ModelManifest manifest = new ModelManifest(ModelManifest.FORMAT_VERSION, provenance.toolkitVersion(),
                provenance.created(), options.algorithm().label(), fixed.settings(), provenance.inputs(),
                provenance.csvColumns(), data.labels().get(1), data.labels(), cv.threshold(), cv.calibration(),
                data.size(), data.positives(), fitted.encoder().spec(),
                new CrossValidationSummary(cv.folds(), cv.note(), cv.pooled(), cv.perFold(), cv.repeated()), null,
                Map.of(), shares(data, fitted), BuildProvenance.current());
        return new TrainedModel(fitted, manifest, cv);
    }

    /**
     * The share of training cases in which each input of the final model is present (non-zero), kept
     * in the manifest so that a model's card can say how common each input was without the data.
     */
    public static List<Double> shares(Dataset data, FittedModel model) {
        double[] count = new double[model.encoder().spec().size()];
        for (var e : data.examples()) {
            for (int i : model.encode(e).indices()) {
                count[i]++;
            }
        }
        List<Double> shares = new ArrayList<>(count.length);
        for (double c : count) {
            shares.add(c / Math.max(1, data.size()));
        }
        return shares;
    }

    /**
     * The final model: fitted on all the data, its probabilities calibrated with the scaling and
     * its decision made at the threshold that cross-validation chose.
     */
    public static FittedModel fit(Dataset data, TrainOptions options, PlattScaling calibration, double threshold) {
        FittedModel raw = fitRaw(data, options);
        return new FittedModel(raw.encoder(), raw.model().calibrated(calibration), data.labels(), threshold);
    }

    /**
     * The options with the lambda to fit with: as given, or with {@code --lambda auto} the one chosen
     * by inner cross-validation on these data only.
     */
    static TrainOptions tuned(Dataset data, TrainOptions options) {
        return options.tuneLambda() ? options.withLambda(LambdaSearch.choose(data, options)) : options;
    }

    /** A model as the learner gives it, uncalibrated, threshold 0.5, with the options' lambda as it is. */
    static FittedModel fitRaw(Dataset data, TrainOptions options) {
        FeatureEncoder encoder = FeatureEncoder.fit(data.examples(), options.featureSet(), options.minDocumentFrequency());
        var x = CrossValidation.encodeAll(encoder, data);
        Scorer model = options.algorithm().trainer(options).fit(x, data.y(), encoder.spec());
        return new FittedModel(encoder, model, data.labels(), 0.5);
    }
}
