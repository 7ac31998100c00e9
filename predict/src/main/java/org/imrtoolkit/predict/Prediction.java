package org.imrtoolkit.predict;

import java.util.List;

import org.imrtoolkit.features.clinical.ClinicalFeatures;

/**
 * A model's prediction for one case.
 *
 * @param id          the case's id
 * @param item        the disputed item
 * @param predicted   the predicted class
 * @param probability the probability of the positive class (Overturned)
 * @param reasons     the inputs that pushed the prediction most toward the predicted class
 * @param clinical    the case's clinical features, for reports
 */
public record Prediction(String id, String item, String predicted, double probability, List<Reason> reasons,
                         ClinicalFeatures clinical) {

    public Prediction {
        reasons = List.copyOf(reasons);
    }
}
