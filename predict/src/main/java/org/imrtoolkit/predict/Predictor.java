package org.imrtoolkit.predict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.imrtoolkit.features.Evidence;
import org.imrtoolkit.features.inputs.RawExample;
import org.imrtoolkit.model.FittedModel;
import org.imrtoolkit.model.ModelFile;
import org.imrtoolkit.model.encode.FeatureSpec;
import org.imrtoolkit.model.encode.NamedFeatures;
import org.imrtoolkit.model.encode.SparseVector;

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
        return new Predictor(FittedModel.of(contents));
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
            String evidence = spec.isNamed(index) ? evidence(e, name) : "";
            reasons.add(new Reason(name, contributions[k], evidence));
        }
        return new Prediction(e.id(), e.item(), model.labels().get(positive ? 1 : 0), p, reasons, e.clinical());
    }

    /**
     * The sentence a named input was read from: for "summary_body_regions=knee" the evidence of that
     * region, for "requested_sessions" that of requested_sessions_max; none for a "_missing" input.
     */
    private static String evidence(RawExample e, String name) {
        if (name.endsWith("_missing")) {
            return "";
        }
        String feature = NamedFeatures.source(name);
        int eq = name.indexOf('=');
        String value = eq < 0 ? null : name.substring(eq + 1);
        for (Evidence ev : e.clinical().evidence()) {
            boolean sameFeature = ev.feature().equals(feature) || ev.feature().startsWith(feature + "_");
            if (sameFeature && (value == null || ev.value().equals(value))) {
                return ev.sentence();
            }
        }
        return "";
    }
}
