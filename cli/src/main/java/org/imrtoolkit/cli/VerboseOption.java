package org.imrtoolkit.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}, on every subcommand: the error handler reads it here. */
final class VerboseOption {

    @Option(names = "--verbose", description = "Print stack traces of errors.")
    boolean verbose;
}
