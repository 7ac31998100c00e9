/**
 * Every HTML report of the toolkit (evaluation and cross-validation, predictions, reasons) in one
 * page layout and stylesheet ({@code Page}), with the SVG charts in one place ({@code Charts}); the
 * curves they draw are computed in {@code org.imrtoolkit.model.metrics}.
 */
package org.imrtoolkit.app.report;
