package org.imrtoolkit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.imrtoolkit.app.CaseSource;
import org.imrtoolkit.core.io.CsvColumns;
import org.imrtoolkit.core.io.RowFilter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The inputs of every command that reads cases, and how CSV/TSV inputs map onto cases: the same
 * parameters and options everywhere.
 */
final class CsvInputOptions {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Letters (.txt, .pdf), CSV/TSV files, or directories.")
    List<Path> inputs;

    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "Field delimiter of CSV inputs (default: tab for .tsv, comma otherwise; 'tab' for a tab).")
    String delimiter;

    @Option(names = "--id-column", paramLabel = "NAME", description = "Column holding each row's id (default: FILE:row-N, the file name and the row number).")
    String idColumn;

    @Option(names = "--text-column", paramLabel = "NAME",
            description = "Column of case text; repeatable, joined as the summary.")
    List<String> textColumns = new ArrayList<>();

    @Option(names = "--item-column", paramLabel = "NAME", description = "Column holding the disputed item.")
    String itemColumn;

    @Option(names = "--label-column", paramLabel = "NAME", description = "Column holding the decision.")
    String labelColumn;

    @Option(names = "--category-column", paramLabel = "NAME",
            description = "Categorical column; repeatable.")
    List<String> categoryColumns = new ArrayList<>();

    @Option(names = "--group-column", paramLabel = "NAME",
            description = "Column whose value rows share when they must stay together: in one cross-validation fold "
                    + "and one bootstrap resample, as the items of one letter do (default: each row is its own group).")
    String groupColumn;

    @Option(names = "--where", paramLabel = "COLUMN<=VALUE",
            description = "Only CSV rows where the condition holds (<, <=, >, >=, =, !=; numbers compare as numbers); "
                    + "repeatable. E.g. --where \"Report Year<=2014\".")
    List<String> where = new ArrayList<>();

    List<RowFilter> filters() {
        return where.stream().map(RowFilter::parse).toList();
    }

    /**
     * Whether any column option was given, so that a model's own mapping should give way. The group
     * column is not one: it says how the rows at hand belong together, not what the model reads.
     */
    boolean given() {
        return delimiter != null || idColumn != null || !textColumns.isEmpty() || itemColumn != null
                || labelColumn != null || !categoryColumns.isEmpty();
    }

    /** Cases as these options map them. */
    CaseSource source() {
        return new CaseSource(columns(), filters());
    }

    CsvColumns columns() {
        Character d = null;
        if (delimiter != null) {
            if (delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t")) {
                d = '\t';
            } else if (delimiter.length() == 1) {
                d = delimiter.charAt(0);
            } else {
                throw new IllegalArgumentException("--delimiter takes one character (or 'tab'), not '" + delimiter + "'");
            }
        }
        return new CsvColumns(d, idColumn, textColumns, itemColumn, labelColumn, categoryColumns, groupColumn);
    }
}
