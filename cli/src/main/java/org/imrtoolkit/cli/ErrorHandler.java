package org.imrtoolkit.cli;

import org.imrtoolkit.app.io.TerminalText;
import org.imrtoolkit.core.io.OutputTargets;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * Prints a failed command's message as one line on stderr, not a stack trace; the trace only with
 * {@code --verbose}. An output refused before the work (a directory, a device, an input) is a
 * usage error: exit 2.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : TerminalText.safe(e.getMessage());
        cli.getErr().println(cli.getCommandSpec().qualifiedName() + ": " + message);
        if (verbose(cli.getCommandSpec())) {
            e.printStackTrace(cli.getErr());
        }
        cli.getErr().flush();
        return e instanceof OutputTargets.Refused ? cli.getCommandSpec().exitCodeOnInvalidInput()
                : cli.getCommandSpec().exitCodeOnExecutionException();
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
