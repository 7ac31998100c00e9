package org.imrtoolkit.cli;

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
        return org.imrtoolkit.core.io.Sizes.parse(maxInputSize);
    }
}
