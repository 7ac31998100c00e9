package org.imrtoolkit.cli;

import org.imrtoolkit.app.Context;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Options every subcommand that reads inputs takes. */
final class CommonOptions {

    @Mixin
    VerboseOption verbose;

    @Option(names = {"-q", "--quiet"}, description = "Print no progress.")
    boolean quiet;

    @Option(names = "--max-input-size", paramLabel = "SIZE", defaultValue = "5MB", converter = SizeConverter.class,
            description = "Refuse a letter file, or a CSV row's text, larger than this (e.g. 5MB, 500KB). Default: ${DEFAULT-VALUE}.")
    long maxInputSize;

    @Option(names = "--threads", paramLabel = "N", converter = CountConverter.Positive.class,
            description = "Worker threads (default: the machine's processors). Output is the same for every N.")
    Integer threads;

    /** Where the command's job runs: these options, and the command's output and error streams. */
    Context context(CommandSpec spec) {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        return new Context(spec.name(), n, maxInputSize, !quiet, spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }

    /** The context of a command that reads no inputs. */
    static Context plainContext(CommandSpec spec) {
        return new Context(spec.name(), 1, 0, false, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
