package org.imrtoolkit.model;

import org.imrtoolkit.core.io.CsvColumns;

/**
 * Which cases stay together in cross-validation folds and bootstrap resamples, as the figures'
 * notes say it: a letter's items share its summary, so they are kept together; a table's rows are
 * each a group of their own unless a group column says which rows belong together.
 *
 * @param rows   whether the cases are rows of tables
 * @param column the table's group column; null when each row is a group of its own (or for letters)
 */
public record Grouping(boolean rows, String column) {

    /** Letters' items, kept together by letter. */
    public static final Grouping LETTERS = new Grouping(false, null);

    /** How the cases read with these columns are grouped. */
    public static Grouping of(boolean rows, CsvColumns columns) {
        return new Grouping(rows, rows && columns != null ? columns.groupColumn() : null);
    }

    /** How a model's training cases were grouped. */
    public static Grouping of(ModelManifest m) {
        return of(m.trainedOnTables(), m.csvColumns());
    }

    /** What one resample draws, in a word: "letter", "row" or "group". */
    public String unit() {
        return !rows ? "letter" : column == null ? "row" : "group";
    }

    /** How the folds were made: "grouped by letter", "each row its own group", "grouped by column 'case'". */
    public String folds() {
        return !rows ? "grouped by letter" : column == null ? "each row its own group" : "grouped by column '" + column + "'";
    }

    /** What a bootstrap resample draws: a letter's items together, a table's rows one by one, or a group's rows together. */
    public String resampled() {
        return !rows ? "whole letters" : column == null ? "rows" : "whole groups of column '" + column + "'";
    }
}
