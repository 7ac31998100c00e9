/**
 * Applies a saved model to cases: predicted class, probability and the reasons behind it, with
 * their evidence; the predictions CSV; and the evaluation of predictions against known decisions.
 * Needs the model, never the training code.
 */
package org.imrtoolkit.predict;
