package org.imrtoolkit.app;

import org.imrtoolkit.app.io.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

import org.imrtoolkit.model.CrossValidationSummary;
import org.imrtoolkit.model.Grouping;
import org.imrtoolkit.model.ModelFile;
import org.imrtoolkit.model.ModelManifest;
import org.imrtoolkit.predict.ModelCard;

/**
 * {@code imr model-info}: a model's card ({@link ModelCard}), from its manifest; with {@code --json},
 * the manifest with the card under {@code "card"}.
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
        ModelCard card = ModelCard.of(contents);
        if (json) {
            out.println(CardJson.withCard(file.toJson(m), card));
            return 0;
        }
        // Names and labels come from the model file, which anyone may have written: escaped for the terminal.
        out.printf(Locale.ROOT, "model:        %s%n", TerminalText.safe(model.toString()));
        out.printf(Locale.ROOT, "format:       version %d, written by imr-toolkit %s on %s%n", m.formatVersion(),
                TerminalText.safe(m.toolkitVersion()), m.created());
        out.printf(Locale.ROOT, "build:        commit %s; %s%n", card.details().buildCommit(), ruleFiles(card));
        out.printf(Locale.ROOT, "algorithm:    %s, lambda %s, %s classes, features %s, min document frequency %d, seed %d%n",
                m.algorithm(), m.options().lambda(), m.options().balance() ? "balanced" : "unweighted",
                m.options().featureSet().label(), m.options().minDocumentFrequency(), m.options().seed());
        out.printf(Locale.ROOT, "predicts:     P(%s) against %s; threshold %.3f (chosen to maximise %s)%n",
                TerminalText.safe(m.positiveLabel()), TerminalText.safe(m.labels().get(0)), m.threshold(), m.options().objective().label());
        out.printf(Locale.ROOT, "trained on:   %d cases (%d %s) from %d files%n", m.trainingExamples(),
                m.trainingPositives(), TerminalText.safe(m.positiveLabel()), m.inputs().size());
        out.printf(Locale.ROOT, "training data: %s%n", TerminalText.safe(card.trainingData().describe()));
        out.printf(Locale.ROOT, "inputs:       %d (%d named clinical, %d categorical, %d lexical terms)%n",
                m.featureSpec().size(), m.featureSpec().named().size(), m.featureSpec().categories().size(),
                m.featureSpec().terms().size());
        paragraph(out, "intended use", card.intendedUse());
        paragraph(out, "factors", card.factors());
        paragraph(out, "evaluation", card.evaluationData());
        out.println("figures (cross-validated; 95% interval; against chance):");
        for (ModelCard.Figure f : card.figures()) {
            out.printf(Locale.ROOT, "  %-20s %s%n", TerminalText.safe(f.name()), TerminalText.safe(f.describe()));
        }
        CrossValidationSummary cv = m.crossValidation();
        if (cv.repeated() != null) {
            Grouping grouping = Grouping.of(m);
            out.printf(Locale.ROOT, "cross-validation (%d repeats of %d folds, %s%s):%n", cv.repeated().repeats(), cv.folds(),
                    TerminalText.safe(grouping.folds()), cv.note().isEmpty() ? "" : "; " + TerminalText.safe(cv.note()));
            MetricsTable.printRepeated(out, cv.repeated(), cv.pooled(), grouping);
            out.println("first repeat:");
        } else {
            out.printf(Locale.ROOT, "cross-validation (%d folds%s):%n", cv.folds(), cv.note().isEmpty() ? "" : "; " + TerminalText.safe(cv.note()));
        }
        MetricsTable.print(out, cv.pooled());
        out.println("caveats:");
        card.caveats().forEach(c -> paragraph(out, "  -", c));
        paragraph(out, "ethical considerations", card.ethics());
        out.printf(Locale.ROOT, "what each input means (share of training cases with it%s):%n",
                m.inputShares() == null ? "; not recorded in this model file, which predates it" : "");
        for (ModelCard.Input i : card.inputs()) {
            out.printf(Locale.ROOT, "  %-12s %s  [%s]%n", Double.isNaN(i.share()) ? "not recorded"
                    : Math.round(i.share() * 100) + "%", TerminalText.safe(i.meaning()), TerminalText.safe(i.name()));
        }
        if (card.terms() > 0) {
            out.printf(Locale.ROOT, "  and %d lexical terms (each: the term in the letter's summary; listed in --json)%n",
                    card.terms());
        }
        StrongestTable.print(out, card.strongest(), m.positiveLabel());
        return 0;
    }

    /** "7 rule files, as the running toolkit's" or which differ; "not recorded" for older model files. */
    private static String ruleFiles(ModelCard card) {
        int n = card.details().ruleFiles().size();
        if (n == 0) {
            return "rule files not recorded (the model file predates provenance)";
        }
        return n + " rule files (SHA-256 in --json), " + (card.details().changedRuleFiles().isEmpty()
                ? "the same as the running toolkit's"
                : "changed since in the running toolkit: " + String.join(", ", card.details().changedRuleFiles()));
    }

    /** A labelled paragraph ("label: text", or "  - text" for a bullet), wrapped at 100 columns. */
    private static void paragraph(PrintWriter out, String label, String text) {
        // The card quotes the model file's labels, which anyone may have written.
        text = TerminalText.safe(text);
        String head = label.equals("  -") ? "  - " : label + ": ";
        String indent = label.equals("  -") ? "    " : "  ";
        StringBuilder line = new StringBuilder(head);
        for (String word : text.split(" ")) {
            if (line.length() + 1 + word.length() > 100 && line.length() > head.length()) {
                out.println(line.toString().stripTrailing());
                line.setLength(0);
                line.append(indent);
            }
            if (!line.toString().isBlank() && line.charAt(line.length() - 1) != ' ') {
                line.append(' ');
            }
            line.append(word);
        }
        out.println(line);
    }
}
