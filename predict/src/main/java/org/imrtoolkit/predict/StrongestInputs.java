package org.imrtoolkit.predict;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.imrtoolkit.model.FittedModel;
import org.imrtoolkit.model.LogisticModel;
import org.imrtoolkit.model.encode.FeatureSpec;

/**
 * A logistic model's strongest inputs, for its card and its cross-validation report: each input's
 * label, its weight (on the calibrated log-odds of the positive class, per unit of the input), and
 * the share of training cases that had it. A tree ensemble has no weights to list.
 */
public final class StrongestInputs {

    private StrongestInputs() {
    }

    /**
     * @param label    what the input is, in words
     * @param name     the input's name
     * @param weight   its coefficient
     * @param presence the share of training cases with the input, or NaN when not known
     */
    public record Input(String label, String name, double weight, double presence) {
    }

    /**
     * The {@code n} inputs of largest weight, either sign.
     *
     * @param presence the share of training cases with each input, by input index; null to derive what
     *                 the model file holds (a term's document frequency, from its idf)
     */
    public static List<Input> of(FittedModel model, int n, int trainingExamples, double[] presence) {
        if (!(model.model() instanceof LogisticModel logistic)) {
            return List.of();
        }
        FeatureSpec spec = model.encoder().spec();
        double[] w = logistic.weights();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            // a weight that rounds to 0.00 moves no prediction: it is no strong input
            if (Math.abs(w[i]) >= 0.005) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble(i -> -Math.abs(w[i])));
        List<Input> top = new ArrayList<>();
        for (int i : order.subList(0, Math.min(n, order.size()))) {
            String name = spec.name(i);
            top.add(new Input(InputLabels.label(name, null), name, w[i],
                    presence != null ? presence[i] : termPresence(spec, i, trainingExamples)));
        }
        return top;
    }

    /** A term's share of training cases, from idf = ln((1 + N) / (1 + df)) + 1; NaN for other inputs. */
    private static double termPresence(FeatureSpec spec, int index, int n) {
        int offset = spec.named().size() + spec.categories().size();
        if (index < offset || n <= 0) {
            return Double.NaN;
        }
        double df = (1.0 + n) / Math.exp(spec.idf().get(index - offset) - 1.0) - 1.0;
        return Math.max(0, Math.min(1, df / n));
    }
}
