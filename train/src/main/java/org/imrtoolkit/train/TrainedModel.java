package org.imrtoolkit.train;

import org.imrtoolkit.model.FittedModel;
import org.imrtoolkit.model.ModelManifest;

/**
 * What training gives: the final model, the manifest that describes it, and the cross-validation
 * behind its calibration and threshold.
 */
public record TrainedModel(FittedModel model, ModelManifest manifest, CrossValidation.Result crossValidation) {
}
