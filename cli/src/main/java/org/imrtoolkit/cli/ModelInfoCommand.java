package org.imrtoolkit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.imrtoolkit.app.ModelInfoJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code imr model-info}: a model's card, from its manifest. */
@Command(name = "model-info",
        mixinStandardHelpOptions = true,
        description = "Prints a model file's card: what it was trained on, how, and how well it did in cross-validation.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "1:the file is not a readable model", "2:invalid command-line usage"})
final class ModelInfoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    VerboseOption verbose;

    @Option(names = "--json", description = "Print the whole manifest as JSON.")
    boolean json;

    @Parameters(paramLabel = "MODEL", description = "The model file.")
    Path model;

    @Override
    public Integer call() throws IOException {
        return new ModelInfoJob(model, json).run(CommonOptions.plainContext(spec));
    }
}
