package org.imrtoolkit.model.encode;

import java.util.List;
import java.util.Objects;

import org.imrtoolkit.features.Demand;
import org.imrtoolkit.features.FeatureGroup;

/**
 * What a model's inputs are, in index order: named clinical features, then categorical values, then
 * lexical terms with their inverse document frequencies. Written into the model file and read back,
 * so that prediction encodes a case exactly as training did.
 *
 * @param featureSet     which blocks are used
 * @param named          named clinical inputs seen in training
 * @param categories     categorical inputs, "column=value", seen in training
 * @param terms          lexical terms of the vocabulary
 * @param idf            the inverse document frequency of each term
 * @param minDocumentFrequency how many training cases a term needed to enter the vocabulary
 */
public record FeatureSpec(FeatureSet featureSet, List<String> named, List<String> categories, List<String> terms,
                          List<Double> idf, int minDocumentFrequency) {

    public FeatureSpec {
        Objects.requireNonNull(featureSet, "featureSet");
        named = List.copyOf(named);
        categories = List.copyOf(categories);
        terms = List.copyOf(terms);
        idf = List.copyOf(idf);
        if (terms.size() != idf.size()) {
            throw new IllegalArgumentException("one idf per term");
        }
    }

    public int size() {
        return named.size() + categories.size() + terms.size();
    }

    /** The readable name of input {@code index}: "prior_visits", "category:Type=Urgent Care", "term:no improvement". */
    public String name(int index) {
        if (index < named.size()) {
            return named.get(index);
        }
        index -= named.size();
        if (index < categories.size()) {
            return "category:" + categories.get(index);
        }
        return "term:" + terms.get(index - categories.size());
    }

    /**
     * What encoding a case for this model reads: the feature group of each named input (with what
     * its description needs), and the lexical terms when the model has any. Categorical inputs come
     * with the case and need nothing computed.
     */
    public Demand demand() {
        Demand d = Demand.NONE;
        for (String input : named) {
            d = d.with(Demand.forFeature(NamedFeatures.source(input)));
        }
        if (featureSet.lexical() || !terms.isEmpty()) {
            d = d.with(Demand.of(FeatureGroup.LEXICAL));
        }
        return d;
    }

    /** Whether input {@code index} is a named clinical feature. */
    public boolean isNamed(int index) {
        return index < named.size();
    }
}
