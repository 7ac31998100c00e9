package org.imrtoolkit.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Invalid usage in one line, not the whole usage message: what is wrong (the option, the value
 * and what it may be; or the command meant), then where to read more. Exits 2, as the README
 * promises.
 */
final class ParameterErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        String name = cli.getCommandSpec().qualifiedName();
        String message = e.getMessage();
        if (e instanceof UnmatchedArgumentException unmatched && !cli.getSubcommands().isEmpty()
                && !unmatched.getUnmatched().isEmpty() && !unmatched.isUnknownOption()) {
            String typed = unmatched.getUnmatched().get(0);
            message = "unknown command '" + typed + "'" + Suggestion.nearest(typed, cli.getSubcommands().keySet())
                    .map(s -> "; did you mean '" + s + "'?").orElse("");
        }
        err.println(name + ": " + lowerFirst(message) + " (see '" + name + " --help')");
        err.flush();
        return cli.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String lowerFirst(String s) {
        if (s == null || s.isEmpty()) {
            return "invalid usage";
        }
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
