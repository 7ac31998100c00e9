/**
 * Applies a saved model to letters or CSV rows in batch: label, probability and the reasons behind it.
 */
package org.imrtoolkit.predict;
