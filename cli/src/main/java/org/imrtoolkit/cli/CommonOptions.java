package org.imrtoolkit.cli;

import java.time.Duration;

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
            description = "Refuse a letter file, or a CSV row's text, larger than this (1KB to 256MB, e.g. 5MB, 500KB). "
                    + "Default: ${DEFAULT-VALUE}.")
    long maxInputSize;

    @Option(names = "--threads", paramLabel = "N", converter = CountConverter.Threads.class,
            description = "Worker threads, 1 to 256 (default: the machine's processors). Output is the same for every N.")
    Integer threads;

    @Option(names = "--time-per-letter", paramLabel = "SECONDS", defaultValue = "60", converter = CountConverter.Seconds.class,
            description = "Skip a letter file (or a CSV row) whose reading and work take longer than this, 1 to 3600; "
                    + "it is reported and the run goes on. Default: ${DEFAULT-VALUE}.")
    int timePerLetter;

    /** Where the command's job runs: these options, and the command's output and error streams. */
    Context context(CommandSpec spec) {
        int n = threads == null ? Math.min(CountConverter.Threads.MAX, Runtime.getRuntime().availableProcessors()) : threads;
        return new Context(spec.name(), n, maxInputSize, Duration.ofSeconds(timePerLetter), !quiet,
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The context of a command that reads no inputs. */
    static Context plainContext(CommandSpec spec) {
        return new Context(spec.name(), 1, 0, false, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
