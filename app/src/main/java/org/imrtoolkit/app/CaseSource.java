package org.imrtoolkit.app;

import java.util.List;

import org.imrtoolkit.core.io.CsvColumns;
import org.imrtoolkit.core.io.RowFilter;

/**
 * How CSV and TSV inputs map onto cases: the columns, and which rows to take. Letters need neither.
 *
 * @param columns the column mapping
 * @param filters the conditions a row must meet
 */
public record CaseSource(CsvColumns columns, List<RowFilter> filters) {

    public CaseSource {
        filters = List.copyOf(filters);
    }
}
