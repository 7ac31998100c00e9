/**
 * How good a classifier is on imbalanced outcomes: balanced accuracy, ROC-AUC, PR-AUC, Brier score,
 * per-class precision and recall, calibration, always beside the always-majority baseline; and the
 * curves the reports draw. Shared by cross-validation and by evaluation on held-out cases.
 */
package org.imrtoolkit.model.metrics;
