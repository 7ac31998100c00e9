/**
 * How good a classifier is on imbalanced outcomes: balanced accuracy, ROC-AUC, PR-AUC, Brier score,
 * per-class precision and recall, calibration, always beside the always-majority baseline.
 */
package org.imrtoolkit.model.metrics;
