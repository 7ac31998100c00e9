/**
 * Fits and cross-validates classifiers of the decision from features, and writes the versioned
 * model file.
 */
package org.imrtoolkit.train;
