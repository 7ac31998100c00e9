package org.imrtoolkit.app;

import org.imrtoolkit.core.io.AtomicFile;
import org.imrtoolkit.app.io.TerminalText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.imrtoolkit.app.io.OutputFile;
import org.imrtoolkit.app.io.PredictionsJsonl;
import org.imrtoolkit.app.io.RejectionsCsv;
import org.imrtoolkit.app.io.ReportFiles;
import org.imrtoolkit.app.report.PredictionsReport;
import org.imrtoolkit.core.io.OutputTargets;
import org.imrtoolkit.core.nlp.TextAnnotator;
import org.imrtoolkit.features.Demand;
import org.imrtoolkit.features.clinical.ProcedureFollowing;
import org.imrtoolkit.features.inputs.ExampleReader;
import org.imrtoolkit.model.BuildProvenance;
import org.imrtoolkit.model.ModelFile;
import org.imrtoolkit.model.ModelManifest;
import org.imrtoolkit.predict.ModelCard;
import org.imrtoolkit.predict.Prediction;
import org.imrtoolkit.predict.PredictionWriter;
import org.imrtoolkit.predict.PredictionsCsv;
import org.imrtoolkit.predict.Predictor;
import org.imrtoolkit.predict.RunRank;
import org.imrtoolkit.predict.Screen;

/**
 * {@code imr predict}: a model's prediction, probability and reasons for each case, with its rank
 * among the run's cases. Only the {@link org.imrtoolkit.core.letter.Case} reaches the model: a
 * decision written in a letter is dropped by the example reader.
 *
 * <p>A rank needs every probability of the run, and a run may be too large to hold in memory: the
 * predictions are written to a spool file first, one JSON line each, then copied to the output
 * with their rank; only the probabilities are kept in memory (8 bytes a case).
 *
 * @param model     the loaded model file
 * @param modelName the model file's name, for the report's title
 * @param inputs    letters, tables and directories
 * @param source    how tables map onto cases
 * @param output    the predictions, or null for stdout
 * @param format    csv or jsonl
 * @param errors    the CSV of skipped inputs, or null for none
 * @param report    the HTML report, or null for none
 * @param threshold the threshold that overrides the model's, or null
 */
public record PredictJob(ModelFile.Contents model, String modelName, List<Path> inputs, CaseSource source,
                         Path output, OutputFormat format, Path errors, Path report, Double threshold) implements Job {

    /** How many predictions the HTML report shows; the output file has them all. */
    private static final int REPORT_ROWS = 1000;

    @Override
    public int run(Context context) throws IOException {
        Inputs in = Inputs.cases(inputs, new OutputTargets().add("-o", output).add("--errors", errors)
                .add("--report", report));
        Predictor predictor = Predictor.of(model);
        ModelManifest m = model.manifest();
        Screen screen = Screen.of(m, threshold);
        InputCheck.forModel(m, InputCheck.found(in, inputs), source);
        BuildProvenance running = BuildProvenance.current();
        RuleFileCheck.warn(m, running, context);
        if (in.files().isEmpty()) {
            return nothingToRead(in, context);
        }
        TextAnnotator annotator = new TextAnnotator();
        // The CSV shows the model's inputs and their evidence only; JSON lines and the report show
        // every named feature of a case, so only the CSV lets the reader skip what the model does not read.
        boolean factsShown = format == OutputFormat.JSONL || report != null;
        Demand demand = factsShown ? Demand.ALL : predictor.model().encoder().spec().demand();
        ThreadLocal<ExampleReader> readers = ThreadLocal.withInitial(() -> new ExampleReader(annotator, demand));
        List<Prediction> shown = new ArrayList<>();
        int[] written = {0};
        double[][] probabilities = {new double[1024]};
        int[] flagged = {0};
        Set<String> groups = new HashSet<>();
        Rejections rejections;
        // The output is opened first, so that one that cannot be written fails before the work.
        Path spool = Files.createTempFile("imr-predict", ".jsonl");
        // Ctrl-C or SIGTERM mid-run: the shutdown hook of the atomic outputs deletes the spool too.
        AtomicFile.deleteOnShutdown(spool);
        try (OutputFile out = OutputFile.open(output, context.out())) {
            try (Writer spooled = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
                 OutputFile errOut = errors == null ? null : OutputFile.open(errors, null)) {
                RejectionsCsv rejected = errOut == null ? null : new RejectionsCsv(errOut.writer());
                rejections = new Rejections(context, rejected);
                in.report(rejections);
                // A letter's items arrive together and in order: they are held until the letter
                // ends, so that its dependent items can follow their procedure's prediction.
                List<Prediction> letter = new ArrayList<>();
                CaseStream.Sink<Prediction> write = (id, p) -> {
                    // The CSV never shows a case's other features: they need not go through the spool.
                    spooled.write(PredictionsJsonl.spool(factsShown ? p
                            : new Prediction(p.id(), p.item(), p.predicted(), p.probability(), p.reasons(), null)));
                    spooled.write('\n');
                    if (written[0] == probabilities[0].length) {
                        probabilities[0] = Arrays.copyOf(probabilities[0], 2 * written[0]);
                    }
                    probabilities[0][written[0]++] = p.probability();
                    if (p.predicted().equals(screen.positive())) {
                        flagged[0]++;
                    }
                    groups.add(ProcedureFollowing.letterOf(p.id()));
                    if (report != null && shown.size() < REPORT_ROWS) {
                        shown.add(p);
                    }
                };
                new CaseStream(context, rejections).cases(in.files(), source,
                        c -> predictor.predict(readers.get().read(c.input()), screen.threshold()), (id, p) -> {
                            if (!letter.isEmpty() && !ProcedureFollowing.letterOf(letter.get(0).id())
                                    .equals(ProcedureFollowing.letterOf(p.id()))) {
                                flush(predictor, screen, letter, write);
                            }
                            letter.add(p);
                        });
                flush(predictor, screen, letter, write);
                if (rejected != null) {
                    rejected.flush();
                    errOut.commit();
                }
            }
            InputCheck.matched(written[0] + rejections.count(), source);
            RunRank rank = new RunRank(Arrays.copyOf(probabilities[0], written[0]));
            try (BufferedReader lines = Files.newBufferedReader(spool, StandardCharsets.UTF_8)) {
                PredictionWriter w = format == OutputFormat.JSONL ? new PredictionsJsonl(out.writer(), screen)
                        : new PredictionsCsv(out.writer(), screen.positive());
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    Prediction p = PredictionsJsonl.read(line);
                    w.write(p, rank.place(p.probability()));
                }
                w.flush();
                out.commit();
            }
            String summary = summary(written[0], groups.size(), flagged[0], screen);
            if (report != null) {
                ReportFiles.text(report, PredictionsReport.html("Predictions of " + modelName,
                        "model trained " + m.created() + " on " + m.trainingExamples() + " cases", summary,
                        screen.meaning(), shown, written[0], rank, screen.positive(),
                        m.crossValidation().pooled().calibration(), ModelCard.of(model, running)));
            }
            context.wrote("wrote " + Words.count(written[0], "prediction") + " to " + Words.target(output)
                    + (report == null ? "" : ", the report to " + Words.target(report))
                    + (errors == null ? "" : ", " + Words.count(rejections.count(), "skipped input") + " to "
                            + Words.target(errors)));
            context.message(TerminalText.safe(summary));
            ModelCard.chanceWarning(m).ifPresent(w -> context.message("warning: " + w));
        } finally {
            Files.deleteIfExists(spool);
            AtomicFile.keepAfterShutdown(spool);
        }
        return context.finish(rejections);
    }

    private static void flush(Predictor predictor, Screen screen, List<Prediction> letter,
                              CaseStream.Sink<Prediction> write) throws IOException {
        for (Prediction p : predictor.followProcedures(letter, screen.threshold())) {
            write.accept(p.id(), p);
        }
        letter.clear();
    }

    /** Every input was bad: each is named (and written to --errors), and no prediction file, not even its header. */
    private int nothingToRead(Inputs in, Context context) throws IOException {
        try (OutputFile errOut = errors == null ? null : OutputFile.open(errors, null)) {
            RejectionsCsv rejected = errOut == null ? null : new RejectionsCsv(errOut.writer());
            Rejections rejections = new Rejections(context, rejected);
            int code = InputCheck.nothingToRead(in, context, rejections);
            if (rejected != null) {
                rejected.flush();
                errOut.commit();
            }
            return code;
        }
    }

    /** "9 items from 5 letters: 6 flagged as Overturned, 3 not (flagged = ...)". */
    static String summary(int items, int groups, int flagged, Screen screen) {
        String what = items == groups ? Words.count(items, "case")
                : Words.count(items, "item") + " from " + Words.count(groups, "letter");
        return what + ": " + flagged + " flagged as " + screen.positive() + ", " + (items - flagged) + " not ("
                + screen.meaning() + ")";
    }
}
