package org.imrtoolkit.cli;

import org.imrtoolkit.app.Context;
import org.imrtoolkit.core.io.Sizes;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Options every subcommand takes. */
final class CommonOptions {

    @Option(names = "--verbose", description = "Print stack traces of errors.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Print no progress.")
    boolean quiet;

    @Option(names = "--max-input-size", paramLabel = "SIZE", defaultValue = "5MB",
            description = "Refuse a letter file, or a CSV row's text, larger than this (e.g. 5MB, 500KB). Default: ${DEFAULT-VALUE}.")
    String maxInputSize;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: the machine's processors). Output is the same for every N.")
    Integer threads;

    int threads() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new IllegalArgumentException("--threads must be at least 1: " + n);
        }
        return n;
    }

    long maxBytes() {
        return Sizes.parse(maxInputSize);
    }

    /** Where the command's job runs: these options, and the command's output and error streams. */
    Context context(CommandSpec spec) {
        return new Context(spec.name(), threads(), maxBytes(), !quiet, spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }

    /** The context of a command that reads no inputs. */
    static Context plainContext(CommandSpec spec) {
        return new Context(spec.name(), 1, 0, false, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
