package org.imrtoolkit.app;

import org.imrtoolkit.app.io.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

import org.imrtoolkit.model.CrossValidationSummary;
import org.imrtoolkit.model.FittedModel;
import org.imrtoolkit.model.ModelFile;
import org.imrtoolkit.model.ModelManifest;
import org.imrtoolkit.predict.StrongestInputs;

/**
 * {@code imr model-info}: a model's card, from its manifest.
 *
 * @param model the model file
 * @param json  print the whole manifest as JSON instead
 */
public record ModelInfoJob(Path model, boolean json) implements Job {

    @Override
    public int run(Context context) throws IOException {
        ModelFile file = new ModelFile();
        ModelFile.Contents contents = file.read(model);
        ModelManifest m = contents.manifest();
        PrintWriter out = context.out();
        if (json) {
            out.println(file.toJson(m));
            return 0;
        }
        // Names and labels come from the model file, which anyone may have written: escaped for the terminal.
        out.printf(Locale.ROOT, "model:        %s%n", TerminalText.safe(model.toString()));
        out.printf(Locale.ROOT, "format:       version %d, written by imr-toolkit %s on %s%n", m.formatVersion(),
                TerminalText.safe(m.toolkitVersion()), m.created());
        out.printf(Locale.ROOT, "algorithm:    %s, lambda %s, %s classes, features %s, min document frequency %d, seed %d%n",
                m.algorithm(), m.options().lambda(), m.options().balance() ? "balanced" : "unweighted",
                m.options().featureSet().label(), m.options().minDocumentFrequency(), m.options().seed());
        out.printf(Locale.ROOT, "predicts:     P(%s) against %s; threshold %.3f (chosen to maximise %s)%n",
                TerminalText.safe(m.positiveLabel()), TerminalText.safe(m.labels().get(0)), m.threshold(), m.options().objective().label());
        out.printf(Locale.ROOT, "trained on:   %d cases (%d %s) from %d files%n", m.trainingExamples(),
                m.trainingPositives(), TerminalText.safe(m.positiveLabel()), m.inputs().size());
        out.printf(Locale.ROOT, "inputs:       %d (%d named clinical, %d categorical, %d lexical terms)%n",
                m.featureSpec().size(), m.featureSpec().named().size(), m.featureSpec().categories().size(),
                m.featureSpec().terms().size());
        CrossValidationSummary cv = m.crossValidation();
        if (cv.repeated() != null) {
            out.printf(Locale.ROOT, "cross-validation (%d repeats of %d folds%s):%n", cv.repeated().repeats(), cv.folds(),
                    cv.note().isEmpty() ? "" : "; " + TerminalText.safe(cv.note()));
            MetricsTable.printRepeated(out, cv.repeated(), cv.pooled());
            out.println("first repeat:");
        } else {
            out.printf(Locale.ROOT, "cross-validation (%d folds%s):%n", cv.folds(), cv.note().isEmpty() ? "" : "; " + TerminalText.safe(cv.note()));
        }
        MetricsTable.print(out, cv.pooled());
        StrongestTable.print(out, StrongestInputs.of(FittedModel.of(contents), StrongestTable.SHOWN, m.trainingExamples(), null),
                m.positiveLabel());
        return 0;
    }
}
