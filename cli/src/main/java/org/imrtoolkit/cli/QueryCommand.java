package org.imrtoolkit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.imrtoolkit.app.QueryJob;
import org.imrtoolkit.store.StoreQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code imr query}: one read-only SQL query on the store. */
@Command(name = "query",
        mixinStandardHelpOptions = true,
        description = {
                "Runs one read-only SQL query (DuckDB's SQL) on a database made by imr load and writes the result as CSV "
                        + "or JSON lines. Exactly one statement that reads is run (SELECT, WITH, FROM, VALUES, DESCRIBE, "
                        + "SHOW, SUMMARIZE), as DuckDB's parser decides; anything else is refused (a write, COPY, ATTACH, "
                        + "INSTALL, SET, PRAGMA, a second statement). The database is opened read-only, with DuckDB's "
                        + "access to other files, the network and extensions turned off and its settings locked.",
                "%nThe DuckDB CLI and any JDBC tool open the same file too."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the query ran", "1:the query failed (one line on stderr)", "2:invalid command-line usage"})
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Mixin
    DatabaseOption database;

    @Option(names = "--format", paramLabel = "csv|jsonl", defaultValue = "csv", converter = LabelConverter.QueryFormatLabel.class,
            description = "csv (RFC 4180, NULL as an empty field; a cell starting with = + - @ gets a leading ') or jsonl "
                    + "(one JSON object a row; a repeated column name gets _2, _3; BLOB as base64, LIST as an array, "
                    + "STRUCT and MAP as objects). Default: ${DEFAULT-VALUE}.")
    StoreQuery.Format format;

    @Mixin
    QueryLimitOptions limits;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the result to FILE (atomically) instead of stdout.")
    Path output;

    @Parameters(index = "0", paramLabel = "SQL", description = "The query, e.g. \"SELECT decision, count(*) FROM items GROUP BY 1\".")
    String sql;

    @Override
    public Integer call() throws IOException {
        return new QueryJob(database.db, sql, format, limits.limits(), output).run(CommonOptions.plainContext(spec));
    }
}
