package org.imrtoolkit.cli;

import java.io.PrintWriter;

import org.imrtoolkit.app.io.TerminalText;
import org.imrtoolkit.core.io.Stdout;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code imr} command. */
@Command(name = "imr",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Reads California workers' compensation IMR determination letters, "
                + "learns from them and predicts outcomes.",
        subcommands = {ParseCommand.class, FeaturesCommand.class, TrainCommand.class, EvaluateCommand.class,
                PredictCommand.class, ModelInfoCommand.class, ReasonsCommand.class, LoadCommand.class, QueryCommand.class,
                ExportCommand.class, CorpusReportCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:some inputs could not be processed, or the command failed",
                "2:invalid command-line usage"})
public final class ImrCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }

    /** The command line as the tests and {@link #main} use it. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ImrCommand());
        // picocli would read "@FILE" arguments as files of more arguments: "imr parse @/etc/shadow"
        // would echo that file's lines in its error. An argument is taken as written.
        cli.setExpandAtFiles(false);
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setParameterExceptionHandler(new ParameterErrorHandler());
        return cli;
    }

    public static void main(String[] args) {
        CommandLine cli = commandLine();
        PrintWriter err = new PrintWriter(System.err, true);
        cli.setErr(err);
        CheckedStdout stdout = new CheckedStdout(Stdout.writer());
        PrintWriter out = new PrintWriter(stdout);
        cli.setOut(out);
        String[] command = {"imr"};
        cli.setExecutionStrategy(parsed -> {
            CommandLine last = parsed.asCommandLineList().getLast();
            command[0] = last.getCommandSpec().qualifiedName();
            return new CommandLine.RunLast().execute(parsed);
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println(command[0] + ": ran out of memory; give Java more with IMR_JAVA_OPTS=-Xmx2g (or lower the input limits)");
            code = 1;
        }
        out.flush();
        if (stdout.failure() != null) {
            err.println(command[0] + ": " + TerminalText.safe(Stdout.describe(stdout.failure())));
            code = 1;
        }
        System.exit(code);
    }
}
