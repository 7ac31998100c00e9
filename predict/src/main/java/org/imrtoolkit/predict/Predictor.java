package org.imrtoolkit.predict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.imrtoolkit.features.Evidence;
import org.imrtoolkit.features.inputs.RawExample;
import org.imrtoolkit.model.FittedModel;
import org.imrtoolkit.model.ModelFile;
import org.imrtoolkit.model.encode.FeatureSet;
import org.imrtoolkit.model.encode.FeatureSpec;
import org.imrtoolkit.model.encode.NamedFeatures;
import org.imrtoolkit.model.encode.SparseVector;

/**
 * Applies a model to examples: probability, predicted class, and the three inputs that pushed the
 * prediction most toward the class it chose, with their evidence. Thread-safe.
 */
public final class Predictor {

    /** How many reasons a prediction gives (a dependent item's too). */
    static final int REASONS = 3;

    /** The named inputs read from the disputed item (its words, its treatment, its visit counts). */
    private static final Set<String> ITEM_INPUTS = Set.of("item_body_regions", "treatment_type", "requested_sessions",
            "exceeds_guideline", "ur_decision", "part_of_surgery_request", "initial_trial_within_limit");

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
        return predict(e, model.threshold());
    }

    /** The prediction at {@code threshold} instead of the model's own. */
    public Prediction predict(RawExample e, double threshold) {
        SparseVector x = model.encode(e);
        double p = model.model().probability(x);
        if (!Double.isFinite(p)) {
            // The model file's numbers are bounded at load, so this is a case no bound foresaw: it is
            // skipped (and named) alone, not written as NaN nor allowed to fail the batch.
            throw new IllegalArgumentException("the model gives this case no finite probability (" + p + "); case skipped");
        }
        boolean positive = p >= threshold;
        double[] contributions = model.model().contributions(x);
        FeatureSpec spec = model.encoder().spec();
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < contributions.length; k++) {
            if (positive ? contributions[k] > 0 : contributions[k] < 0) {
                order.add(k);
            }
        }
        order.sort(Comparator.comparingDouble(k -> -Math.abs(contributions[k])));
        List<Integer> chosen = new ArrayList<>(order.subList(0, Math.min(REASONS, order.size())));
        // Items of one letter share its summary; an item input among the reasons is what tells them apart.
        if (chosen.stream().noneMatch(k -> isItemInput(spec.name(x.indices()[k])))) {
            order.stream().filter(k -> isItemInput(spec.name(x.indices()[k]))).findFirst().ifPresent(k -> {
                if (chosen.size() == REASONS) {
                    chosen.remove(REASONS - 1);
                }
                chosen.add(k);
            });
        }
        chosen.sort(Comparator.comparing((Integer k) -> !isItemInput(spec.name(x.indices()[k])))
                .thenComparingDouble(k -> -Math.abs(contributions[k])));
        List<Reason> reasons = new ArrayList<>();
        Set<String> quoted = new HashSet<>();
        for (int k : chosen) {
            int index = x.indices()[k];
            String name = spec.name(index);
            Evidence ev = spec.isNamed(index) ? evidence(e, name) : null;
            // The same sentence quoted twice reads as two pieces of evidence; it is one.
            String sentence = ev == null || !quoted.add(ev.sentence()) ? "" : ev.sentence();
            reasons.add(new Reason(name, InputLabels.label(name, e.clinical()), contributions[k], sentence, ev));
        }
        return new Prediction(e.id(), e.item(), model.labels().get(positive ? 1 : 0), p, reasons, e.clinical());
    }

    /**
     * The predictions of a run, in their order, with each letter's dependent items capped at their
     * procedure's probability ({@link DependentItems}); as given for a model that does not read
     * whether an item is part of a surgery request, so that such a model predicts as it always did.
     */
    public List<Prediction> followProcedures(List<Prediction> predictions, double threshold) {
        if (!readsSurgeryRequests()) {
            return predictions;
        }
        return DependentItems.apply(predictions, threshold, model.labels().get(1), model.labels().get(0));
    }

    /** Whether the model reads the surgery-request input, and so applies the dependent-item cap. */
    public boolean readsSurgeryRequests() {
        return model.encoder().spec().featureSet().uses(FeatureSet.Block.SIGNALS);
    }

    /** Whether a named input is read from the disputed item itself rather than the letter's summary. */
    static boolean isItemInput(String name) {
        return ITEM_INPUTS.contains(NamedFeatures.source(name));
    }

    /**
     * The evidence a named input was read from: for "summary_body_regions=knee" the evidence of that
     * region, for "requested_sessions" that of requested_sessions_max; none for a "_missing" input.
     */
    private static Evidence evidence(RawExample e, String name) {
        if (name.endsWith("_missing")) {
            return null;
        }
        String feature = NamedFeatures.source(name);
        int eq = name.indexOf('=');
        String value = eq < 0 ? null : name.substring(eq + 1);
        for (Evidence ev : e.clinical().evidence()) {
            boolean sameFeature = ev.feature().equals(feature) || ev.feature().startsWith(feature + "_");
            if (sameFeature && (value == null || ev.value().equals(value))) {
                return ev;
            }
        }
        return null;
    }
}
