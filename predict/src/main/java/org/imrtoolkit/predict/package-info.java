/**
 * Applies a saved model to letters or CSV rows in batch: predicted class, probability and the
 * reasons behind it; and evaluates a model on labelled cases, with an HTML report.
 */
package org.imrtoolkit.predict;
