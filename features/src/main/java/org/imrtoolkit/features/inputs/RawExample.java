package org.imrtoolkit.features.inputs;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.imrtoolkit.features.clinical.ClinicalFeatures;

/**
 * A case read into features but not yet encoded, since the encoding (vocabulary, category values)
 * is fitted on training data. Holds no label.
 *
 * @param id         the case's id
 * @param item       the disputed item
 * @param clinical   its named clinical features with evidence
 * @param terms      its lexical terms
 * @param categories its categorical columns (CSV inputs)
 * @param group      the cases it must stay with in cross-validation and resampling: its letter
 *                   ({@code Case.group()})
 */
public record RawExample(String id, String item, ClinicalFeatures clinical, List<String> terms,
                         Map<String, String> categories, String group) {

    public RawExample {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(clinical, "clinical");
        terms = List.copyOf(terms);
        categories = Map.copyOf(categories);
        Objects.requireNonNull(group, "group");
    }
}
