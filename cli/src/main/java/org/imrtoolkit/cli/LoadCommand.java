package org.imrtoolkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.imrtoolkit.store.LetterProblem;
import org.imrtoolkit.store.LetterRows;
import org.imrtoolkit.store.LetterStore;
import org.imrtoolkit.store.Toolkit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code imr load}: decided letters into the analysts' DuckDB store. */
@Command(name = "load",
        mixinStandardHelpOptions = true,
        description = {
                "Loads letters into a DuckDB database (one file, no server) for SQL: tables letters, items, features, "
                        + "evidence, reasons and, with -m, predictions (the schema is in the README).",
                "%nA letter loaded again (same id) replaces its rows in one transaction: no duplicates, and a run "
                        + "killed mid-way leaves each letter whole or absent. Letters are parsed on --threads threads "
                        + "and written by one. A bad file is named on stderr and skipped; the rest are loaded."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every input was loaded",
                "1:some inputs were skipped (each named on stderr), or the database could not be written",
                "2:invalid command-line usage"})
final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--db", required = true, paramLabel = "FILE.duckdb", description = "The database file (created when absent).")
    Path db;

    @Option(names = {"-m", "--model"}, paramLabel = "MODEL", description = "Also store this model's prediction for each item.")
    Path model;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Letters (.txt, .pdf) or directories searched recursively.")
    List<Path> inputs;

    /** One file's outcome, from a worker thread: its rows, or why it has none. */
    private record Outcome(LetterRows rows, LetterProblem problem) {
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files = Toolkit.letterFiles(inputs);
        if (files.isEmpty()) {
            err.println("imr load: no *.txt or *.pdf letters found in " + inputs);
            return 1;
        }
        Toolkit toolkit = new Toolkit(common.maxBytes(), model);
        int[] counts = {0, 0, 0}; // letters loaded, items loaded, files skipped
        try (LetterStore store = LetterStore.open(db, VersionProvider.toolkitVersion())) {
            Map<String, Path> seen = new HashMap<>();
            ParallelFiles.run(files, common.threads(), file -> {
                try {
                    return new Outcome(toolkit.analyze(file), null);
                } catch (LetterProblem p) {
                    return new Outcome(null, p);
                }
            }, (file, outcome) -> {
                if (outcome.problem() != null) {
                    counts[2]++;
                    err.println("imr load: " + outcome.problem().where() + ": " + outcome.problem().getMessage());
                    return;
                }
                Path first = seen.putIfAbsent(outcome.rows().letterId(), file);
                if (first != null) {
                    counts[2]++;
                    err.println("imr load: " + file + ": duplicate letter id '" + outcome.rows().letterId()
                            + "' (also the name of " + first + "); not loaded");
                    return;
                }
                store.replace(outcome.rows());
                counts[0]++;
                counts[1] += outcome.rows().items();
            }, new Progress(err, "letters", files.size(), !common.quiet));
            if (!common.quiet) {
                Map<String, Long> rows = store.counts();
                err.printf("imr load: %d letters (%d items) loaded%s; %s now holds %d letters, %d items%n", counts[0],
                        counts[1], toolkit.model() == null ? "" : " with predictions of " + toolkit.model().name(), db,
                        rows.get("letters"), rows.get("items"));
            }
        }
        if (counts[2] > 0) {
            err.printf("imr load: %d of %d files skipped%n", counts[2], files.size());
        }
        return counts[2] == 0 ? 0 : 1;
    }
}
