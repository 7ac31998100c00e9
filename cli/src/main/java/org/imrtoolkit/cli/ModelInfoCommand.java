package org.imrtoolkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.imrtoolkit.train.model.ModelFile;
import org.imrtoolkit.train.model.ModelManifest;
import picocli.CommandLine.Command;
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

    @Option(names = "--verbose", description = "Print stack traces of errors.")
    boolean verbose;

    @Option(names = "--json", description = "Print the whole manifest as JSON.")
    boolean json;

    @Parameters(paramLabel = "MODEL", description = "The model file.")
    Path model;

    @Override
    public Integer call() throws IOException {
        ModelFile file = new ModelFile();
        ModelFile.Contents contents = file.read(model);
        ModelManifest m = contents.manifest();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(file.toJson(m));
            return 0;
        }
        out.printf("model:        %s%n", model);
        out.printf("format:       version %d, written by imr-toolkit %s on %s%n", m.formatVersion(), m.toolkitVersion(),
                m.created());
        out.printf("algorithm:    %s, lambda %s, %s classes, features %s, min document frequency %d, seed %d%n",
                m.algorithm(), m.options().lambda(), m.options().balance() ? "balanced" : "unweighted",
                m.options().featureSet().label(), m.options().minDocumentFrequency(), m.options().seed());
        out.printf("predicts:     P(%s) against %s; threshold %.3f (chosen to maximise %s)%n", m.positiveLabel(),
                m.labels().get(0), m.threshold(), m.options().objective().name().toLowerCase(java.util.Locale.ROOT));
        out.printf("trained on:   %d cases (%d %s) from %d files%n", m.trainingExamples(), m.trainingPositives(),
                m.positiveLabel(), m.inputs().size());
        out.printf("inputs:       %d (%d named clinical, %d categorical, %d lexical terms)%n", m.featureSpec().size(),
                m.featureSpec().named().size(), m.featureSpec().categories().size(), m.featureSpec().terms().size());
        out.printf("cross-validation (%d folds%s):%n", m.crossValidation().folds(),
                m.crossValidation().note().isEmpty() ? "" : "; " + m.crossValidation().note());
        MetricsTable.print(out, m.crossValidation().pooled());
        return 0;
    }
}
