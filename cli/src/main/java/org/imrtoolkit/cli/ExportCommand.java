package org.imrtoolkit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.imrtoolkit.app.Context;
import org.imrtoolkit.app.ExportJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code imr export}: every table of the store as Parquet. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        description = "Writes every table of a database made by imr load as DIR/<table>.parquet, for pandas, Spark, "
                + "R or any engine that reads Parquet. Each file is written whole, then moved into place.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every table was written", "1:the export failed (one line on stderr)", "2:invalid command-line usage"})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on success.")
    boolean quiet;

    @Mixin
    DatabaseOption database;

    @Option(names = "--parquet", required = true, paramLabel = "DIR", description = "The folder to write the Parquet files to.")
    Path dir;

    @Override
    public Integer call() throws IOException {
        Context plain = CommonOptions.plainContext(spec);
        // The files written are reported (as progress is) unless --quiet.
        Context context = new Context(plain.command(), 1, 0, !quiet, plain.out(), plain.err());
        return new ExportJob(database.db, dir).run(context);
    }
}
