package org.imrtoolkit.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.imrtoolkit.core.io.CaseInputs;
import org.imrtoolkit.core.io.CsvColumns;
import org.imrtoolkit.model.ModelManifest;

/**
 * Refuses inputs that cannot supply what a model or a command reads, before any is read: a model
 * given no text and no column it was trained on would score every case from its intercept alone,
 * the same probability for all, which looks like a prediction and is none.
 */
public final class InputCheck {

    private InputCheck() {
    }

    /**
     * The files found, when there are any; an entry that could not be used (a missing file, an
     * unreadable directory) is not "no letters": it is reported as a skipped input instead.
     *
     * @throws IllegalArgumentException "no letters found in DIR" when the inputs hold none
     */
    static List<Path> found(Inputs in, List<Path> inputs) {
        if (in.files().isEmpty() && in.problems().isEmpty()) {
            throw new IllegalArgumentException("no letters found in " + String.join(", ",
                    inputs.stream().map(Path::toString).toList()) + " (looked for *.txt, *.pdf, *.csv, *.tsv)");
        }
        return in.files();
    }

    /**
     * The end of a run whose every input could not be used (a mistyped path): each is named and
     * counted, and nothing is written, not even a CSV header on stdout that a pipe would take for
     * an empty result.
     *
     * @return the exit code, 1
     */
    static int nothingToRead(Inputs in, Context context, Rejections rejections) throws java.io.IOException {
        in.report(rejections);
        return context.finish(rejections);
    }

    /**
     * Refuses a run whose {@code --where} kept no row: said as such, with the filter, rather than as
     * what an empty set of cases leads to downstream ("every example is unlabelled").
     *
     * @param kept how many cases were read, skipped ones included
     * @throws IllegalArgumentException when the filters kept none
     */
    public static void matched(long kept, CaseSource source) {
        if (kept == 0 && !source.filters().isEmpty()) {
            throw new IllegalArgumentException("no row matched --where " + String.join(" --where ",
                    source.filters().stream().map(f -> "'" + f + "'").toList())
                    + "; check the column, the operator (<, <=, >, >=, =, !=) and the value");
        }
    }

    /** Whether a model was trained on letters: no CSV column of text or categories in its manifest. */
    public static boolean trainedOnLetters(ModelManifest m) {
        CsvColumns c = m.csvColumns();
        return c == null || c.textColumns().isEmpty() && c.categoryColumns().isEmpty();
    }

    /**
     * Checks that every input can give a model what it was trained on.
     *
     * @throws IllegalArgumentException naming the input and what it lacks
     */
    public static void forModel(ModelManifest m, List<Path> files, CaseSource source) {
        CsvColumns given = source.columns();
        CsvColumns trained = m.csvColumns() == null ? CsvColumns.DEFAULT : m.csvColumns();
        for (Path f : files) {
            if (!CaseInputs.isTable(f)) {
                if (!trainedOnLetters(m) && trained.textColumns().isEmpty()) {
                    throw new IllegalArgumentException(f + ": the model was trained on CSV columns "
                            + String.join(", ", quoted(trained.categoryColumns()))
                            + " and reads no letter text; a letter has none of them: give a CSV with those columns");
                }
                continue;
            }
            if (trainedOnLetters(m)) {
                if (given.textColumns().isEmpty()) {
                    throw new IllegalArgumentException(f + ": the model was trained on letters and reads case text; "
                            + "name the CSV's text column(s) with --text-column NAME (and --item-column, --id-column)");
                }
                continue;
            }
            List<String> missing = new ArrayList<>();
            for (String c : trained.categoryColumns()) {
                if (!given.categoryColumns().contains(c)) {
                    missing.add("--category-column '" + c + "'");
                }
            }
            if (!trained.textColumns().isEmpty() && given.textColumns().isEmpty()) {
                missing.add("--text-column (trained with " + String.join(", ", quoted(trained.textColumns())) + ")");
            }
            if (missing.size() == trained.categoryColumns().size() + (trained.textColumns().isEmpty() ? 0 : 1)) {
                throw new IllegalArgumentException(f + ": the model was trained on columns this mapping does not give: "
                        + String.join(", ", missing));
            }
        }
    }

    /**
     * Checks that CSV inputs name a text column, the only thing features are read from.
     *
     * @throws IllegalArgumentException naming the input
     */
    public static void forFeatures(List<Path> files, CaseSource source) {
        for (Path f : files) {
            if (CaseInputs.isTable(f) && source.columns().textColumns().isEmpty()) {
                throw new IllegalArgumentException(f + ": the clinical features are read from case text; "
                        + "name the CSV's text column(s) with --text-column NAME");
            }
        }
    }

    private static List<String> quoted(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").toList();
    }
}
