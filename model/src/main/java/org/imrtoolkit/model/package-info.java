/**
 * A trained model as prediction needs it: the {@link org.imrtoolkit.model.Scorer} (a logistic model
 * kept as its coefficients, or a Smile tree ensemble), calibrated at scoring time; the manifest
 * that describes it; and the zip that holds both with their checksums. Reading a model needs
 * nothing of the training code.
 */
package org.imrtoolkit.model;
