/**
 * Fits and cross-validates classifiers of the decision: one {@link org.imrtoolkit.train.Trainer}
 * per {@link org.imrtoolkit.train.Algorithm}, folds grouped by letter, Platt scaling fitted on the
 * out-of-fold log-odds. Training returns the model with the manifest that describes it.
 */
package org.imrtoolkit.train;
