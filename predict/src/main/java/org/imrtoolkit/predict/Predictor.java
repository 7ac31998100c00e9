package org.imrtoolkit.predict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.imrtoolkit.features.Evidence;
import org.imrtoolkit.train.FittedModel;
import org.imrtoolkit.train.encode.FeatureEncoder;
import org.imrtoolkit.train.encode.FeatureSpec;
import org.imrtoolkit.train.encode.NamedFeatures;
import org.imrtoolkit.train.encode.RawExample;
import org.imrtoolkit.train.encode.SparseVector;
import org.imrtoolkit.train.model.ModelFile;

/**
 * Applies a model to examples: probability, predicted class, and the three inputs that pushed the
 * prediction most toward the class it chose, with their evidence. Thread-safe.
 */
public final class Predictor {

    private static final int REASONS = 3;

    private final FittedModel model;

    public Predictor(FittedModel model) {
        this.model = model;
    }

    public static Predictor of(ModelFile.Contents contents) {
        var m = contents.manifest();
        return new Predictor(new FittedModel(new FeatureEncoder(m.featureSpec()), contents.model(), m.labels(),
                m.threshold()));
    }

    public FittedModel model() {
        return model;
    }

    public Prediction predict(RawExample e) {
        SparseVector x = model.encode(e);
        double p = model.model().probability(x);
        boolean positive = p >= model.threshold();
        double[] contributions = model.model().contributions(x);
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < contributions.length; k++) {
            if (positive ? contributions[k] > 0 : contributions[k] < 0) {
                order.add(k);
            }
        }
        order.sort(Comparator.comparingDouble(k -> -Math.abs(contributions[k])));
        FeatureSpec spec = model.encoder().spec();
        List<Reason> reasons = new ArrayList<>();
        for (int k : order.subList(0, Math.min(REASONS, order.size()))) {
            int index = x.indices()[k];
            String name = spec.name(index);
            String evidence = spec.isNamed(index) ? evidence(e, NamedFeatures.source(name)) : "";
            reasons.add(new Reason(name, contributions[k], evidence));
        }
        return new Prediction(e.id(), e.item(), model.labels().get(positive ? 1 : 0), p, reasons, e.clinical());
    }

    /** The sentence a clinical feature came from ("requested_sessions" is read from requested_sessions_max). */
    private static String evidence(RawExample e, String feature) {
        for (Evidence ev : e.clinical().evidence()) {
            if (ev.feature().equals(feature) || ev.feature().startsWith(feature + "_")) {
                return ev.sentence();
            }
        }
        return "";
    }
}
