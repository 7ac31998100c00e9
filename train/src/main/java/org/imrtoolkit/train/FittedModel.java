package org.imrtoolkit.train;

import java.util.List;

import org.imrtoolkit.train.encode.FeatureEncoder;
import org.imrtoolkit.train.encode.RawExample;
import org.imrtoolkit.train.encode.SparseVector;
import org.imrtoolkit.train.model.Scorer;

/**
 * A model ready to predict: how to encode an example, and the logistic model over that encoding.
 *
 * @param encoder   the fitted encoding
 * @param model     the fitted model over that encoding
 * @param labels    the negative and the positive class's names
 * @param threshold the positive class is predicted at or above this probability
 */
public record FittedModel(FeatureEncoder encoder, Scorer model, List<String> labels, double threshold) {

    public SparseVector encode(RawExample e) {
        return encoder.encode(e);
    }
}
