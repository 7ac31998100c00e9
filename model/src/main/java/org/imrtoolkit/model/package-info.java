/**
 * The fitted model and its file: a logistic model kept as its coefficients, the manifest that
 * describes it, and the zip that holds both with their checksums.
 */
package org.imrtoolkit.model;
