package org.imrtoolkit.model;

import java.util.List;

import org.imrtoolkit.features.inputs.RawExample;
import org.imrtoolkit.model.encode.FeatureEncoder;
import org.imrtoolkit.model.encode.SparseVector;

/**
 * A model ready to predict: how to encode an example, and the model over that encoding.
 *
 * @param encoder   the fitted encoding
 * @param model     the fitted model over that encoding
 * @param labels    the negative and the positive class's names
 * @param threshold the positive class is predicted at or above this probability
 */
public record FittedModel(FeatureEncoder encoder, Scorer model, List<String> labels, double threshold) {

    /** The model a model file holds. */
    public static FittedModel of(ModelFile.Contents contents) {
        ModelManifest m = contents.manifest();
        return new FittedModel(new FeatureEncoder(m.featureSpec()), contents.model(), m.labels(), m.threshold());
    }

    public SparseVector encode(RawExample e) {
        return encoder.encode(e);
    }
}
