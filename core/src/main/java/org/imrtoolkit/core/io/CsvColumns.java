package org.imrtoolkit.core.io;

import java.util.List;
import java.util.Objects;

/**
 * How the columns of a CSV (or TSV) input map onto a case. The same options mean the same on every
 * command that reads data.
 *
 * @param delimiter       the field delimiter; null for the file's default (tab for .tsv, comma else)
 * @param idColumn        the column holding each row's id; null to use "FILE:row-N" ({@link CaseInputs#rowId})
 * @param textColumns     columns joined (with a blank line) as the case's summary
 * @param itemColumn      the column holding the disputed item; null when there is none
 * @param labelColumn     the column holding the decision; null when the rows are unlabelled
 * @param categoryColumns categorical columns, kept by name
 * @param groupColumn     the column whose value rows share when they must stay in one
 *                        cross-validation fold and be resampled together (the items of one letter in
 *                        a table of items); null when each row is a group of its own
 */
public record CsvColumns(Character delimiter, String idColumn, List<String> textColumns, String itemColumn,
                         String labelColumn, List<String> categoryColumns, String groupColumn) {

    public static final CsvColumns DEFAULT = new CsvColumns(null, null, List.of(), null, null, List.of(), null);

    public CsvColumns {
        textColumns = List.copyOf(textColumns);
        categoryColumns = List.copyOf(categoryColumns);
    }

    /** These columns with another group column (null: each row a group of its own). */
    public CsvColumns withGroupColumn(String column) {
        return new CsvColumns(delimiter, idColumn, textColumns, itemColumn, labelColumn, categoryColumns, column);
    }

    /** Every column these options name, for checking against a file's header. */
    public List<String> named() {
        java.util.List<String> all = new java.util.ArrayList<>();
        if (idColumn != null) {
            all.add(idColumn);
        }
        all.addAll(textColumns);
        if (itemColumn != null) {
            all.add(itemColumn);
        }
        if (labelColumn != null) {
            all.add(labelColumn);
        }
        all.addAll(categoryColumns);
        if (groupColumn != null) {
            all.add(groupColumn);
        }
        return all;
    }

    /** The delimiter for a file, by its extension unless one was set. */
    public char delimiterFor(String fileName) {
        if (delimiter != null) {
            return delimiter;
        }
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".tsv") ? '\t' : ',';
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CsvColumns c && Objects.equals(delimiter, c.delimiter) && Objects.equals(idColumn, c.idColumn)
                && textColumns.equals(c.textColumns) && Objects.equals(itemColumn, c.itemColumn)
                && Objects.equals(labelColumn, c.labelColumn) && categoryColumns.equals(c.categoryColumns)
                && Objects.equals(groupColumn, c.groupColumn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(delimiter, idColumn, textColumns, itemColumn, labelColumn, categoryColumns, groupColumn);
    }
}
