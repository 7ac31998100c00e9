package org.imrtoolkit.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --db}: the DuckDB file of the analysts' store, for load, query, export and report alike. */
final class DatabaseOption {

    @Option(names = "--db", required = true, paramLabel = "FILE.duckdb",
            description = "The database file made by imr load (which creates it when absent).")
    Path db;
}
