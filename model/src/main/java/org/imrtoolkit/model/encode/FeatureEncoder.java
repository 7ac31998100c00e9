package org.imrtoolkit.model.encode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.imrtoolkit.features.inputs.RawExample;
import org.imrtoolkit.features.lexical.Vocabulary;

/**
 * Fits a {@link FeatureSpec} on training examples and encodes examples with it. Lexical terms are
 * TF-IDF weighted ((1 + log tf) x idf) and the term block is scaled to unit length, so that a long
 * summary does not outweigh the named features. Immutable and thread-safe once built.
 */
public final class FeatureEncoder {

    private final FeatureSpec spec;
    private final Map<String, Integer> index = new HashMap<>();

    public FeatureEncoder(FeatureSpec spec) {
        this.spec = spec;
        for (int i = 0; i < spec.size(); i++) {
            String key = i < spec.named().size() ? spec.named().get(i)
                    : i < spec.named().size() + spec.categories().size()
                    ? "category:" + spec.categories().get(i - spec.named().size())
                    : "term:" + spec.terms().get(i - spec.named().size() - spec.categories().size());
            index.put(key, i);
        }
    }

    public FeatureSpec spec() {
        return spec;
    }

    /** Fits the inputs on training examples: the named and categorical values seen, the vocabulary. */
    public static FeatureEncoder fit(Collection<RawExample> training, FeatureSet set, int minDocumentFrequency) {
        TreeSet<String> named = new TreeSet<>();
        TreeSet<String> categories = new TreeSet<>();
        List<List<String>> documents = new ArrayList<>();
        // how many cases have each input, and its one value (NaN once two values were seen)
        Map<String, Integer> present = new HashMap<>();
        Map<String, Double> value = new HashMap<>();
        for (RawExample e : training) {
            if (set.clinical()) {
                NamedFeatures.of(e.clinical()).forEach((name, v) -> {
                    if (set.uses(NamedFeatures.block(name))) {
                        named.add(name);
                    }
                    if (set.uses(NamedFeatures.block(name)) && v != 0) {
                        present.merge(name, 1, Integer::sum);
                        value.merge(name, v, (a, b) -> a.equals(b) ? a : Double.NaN);
                    }
                });
            }
            e.categories().forEach((column, v) -> {
                categories.add(column + "=" + v);
                present.merge("category:" + column + "=" + v, 1, Integer::sum);
            });
            if (set.lexical()) {
                documents.add(e.terms());
            }
        }
        // An input with one value in every training case (a CSV row's "what the UR decided is not
        // stated") tells no case from another: it is no input, and must never be shown as a reason.
        int n = training.size();
        if (n > 1) {
            named.removeIf(name -> present.getOrDefault(name, 0) == n && !value.get(name).isNaN());
            categories.removeIf(c -> present.get("category:" + c) == n);
        }
        List<String> terms = List.of();
        List<Double> idf = List.of();
        if (set.lexical()) {
            Vocabulary vocabulary = Vocabulary.fit(documents, minDocumentFrequency);
            terms = vocabulary.terms();
            List<Double> weights = new ArrayList<>();
            for (int df : vocabulary.documentFrequency()) {
                weights.add(Math.log((1.0 + vocabulary.documents()) / (1.0 + df)) + 1.0);
            }
            idf = weights;
        }
        return new FeatureEncoder(new FeatureSpec(set, List.copyOf(named), List.copyOf(categories), terms, idf,
                minDocumentFrequency));
    }

    public SparseVector encode(RawExample e) {
        TreeMap<Integer, Double> x = new TreeMap<>();
        if (spec.featureSet().clinical()) {
            NamedFeatures.of(e.clinical()).forEach((name, value) -> put(x, name, value));
        }
        e.categories().forEach((column, value) -> put(x, "category:" + column + "=" + value, 1.0));
        if (spec.featureSet().lexical()) {
            Map<Integer, Integer> tf = new TreeMap<>();
            for (String term : e.terms()) {
                Integer i = index.get("term:" + term);
                if (i != null) {
                    tf.merge(i, 1, Integer::sum);
                }
            }
            double norm = 0;
            Map<Integer, Double> weights = new TreeMap<>();
            int offset = spec.named().size() + spec.categories().size();
            for (var entry : tf.entrySet()) {
                double w = (1 + Math.log(entry.getValue())) * spec.idf().get(entry.getKey() - offset);
                weights.put(entry.getKey(), w);
                norm += w * w;
            }
            double length = Math.sqrt(norm);
            weights.forEach((i, w) -> x.put(i, w / length));
        }
        int[] indices = new int[x.size()];
        double[] values = new double[x.size()];
        int k = 0;
        for (var entry : x.entrySet()) {
            indices[k] = entry.getKey();
            values[k++] = entry.getValue();
        }
        return new SparseVector(indices, values);
    }

    private void put(Map<Integer, Double> x, String name, double value) {
        Integer i = index.get(name);
        if (i != null && value != 0) {
            x.put(i, value);
        }
    }
}
