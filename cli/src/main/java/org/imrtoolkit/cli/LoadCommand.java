package org.imrtoolkit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.imrtoolkit.app.LoadJob;
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

    @Mixin
    DatabaseOption database;

    @Option(names = {"-m", "--model"}, paramLabel = "MODEL", description = "Also store this model's prediction for each item.")
    Path model;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Letters (.txt, .pdf) or directories searched recursively.")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        return new LoadJob(database.db, model, inputs, VersionProvider.toolkitVersion()).run(common.context(spec));
    }
}
