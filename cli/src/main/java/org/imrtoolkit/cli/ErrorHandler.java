package org.imrtoolkit.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * Prints a failed command's message as one line on stderr, not a stack trace; the trace only with
 * {@code --verbose}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        cli.getErr().println(cli.getCommandSpec().qualifiedName() + ": " + message);
        if (verbose(cli.getCommandSpec())) {
            e.printStackTrace(cli.getErr());
        }
        cli.getErr().flush();
        return cli.getCommandSpec().exitCodeOnExecutionException();
    }

    /** Whether the command's {@link VerboseOption} mixin, directly or inside another mixin, was set. */
    private static boolean verbose(CommandSpec spec) {
        for (CommandSpec mixin : spec.mixins().values()) {
            if (mixin.userObject() instanceof VerboseOption v && v.verbose || verbose(mixin)) {
                return true;
            }
        }
        return false;
    }
}
