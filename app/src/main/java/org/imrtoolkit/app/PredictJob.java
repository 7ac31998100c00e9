package org.imrtoolkit.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.imrtoolkit.app.io.OutputFile;
import org.imrtoolkit.app.io.RejectionsCsv;
import org.imrtoolkit.app.io.ReportFiles;
import org.imrtoolkit.app.report.PredictionsReport;
import org.imrtoolkit.core.io.OutputTargets;
import org.imrtoolkit.core.nlp.TextAnnotator;
import org.imrtoolkit.features.inputs.ExampleReader;
import org.imrtoolkit.model.ModelFile;
import org.imrtoolkit.model.ModelManifest;
import org.imrtoolkit.predict.Prediction;
import org.imrtoolkit.predict.PredictionsCsv;
import org.imrtoolkit.predict.Predictor;

/**
 * {@code imr predict}: a model's prediction, probability and reasons for each case. Only the
 * {@link org.imrtoolkit.core.letter.Case} reaches the model: a decision written in a letter is
 * dropped by the example reader.
 *
 * @param model     the loaded model file
 * @param modelName the model file's name, for the report's title
 * @param inputs    letters, tables and directories
 * @param source    how tables map onto cases
 * @param output    the predictions CSV, or null for stdout
 * @param errors    the CSV of skipped inputs, or null for none
 * @param report    the HTML report, or null for none
 */
public record PredictJob(ModelFile.Contents model, String modelName, List<Path> inputs, CaseSource source,
                         Path output, Path errors, Path report) implements Job {

    /** How many predictions the HTML report shows; the CSV has them all. */
    private static final int REPORT_ROWS = 1000;

    @Override
    public int run(Context context) throws IOException {
        Inputs in = Inputs.cases(inputs, new OutputTargets().add("-o", output).add("--errors", errors)
                .add("--report", report));
        Predictor predictor = Predictor.of(model);
        TextAnnotator annotator = new TextAnnotator();
        ThreadLocal<ExampleReader> readers = ThreadLocal.withInitial(() -> new ExampleReader(annotator));
        List<Prediction> shown = new ArrayList<>();
        int[] written = {0};
        Rejections rejections;
        try (OutputFile out = OutputFile.open(output, context.out());
             OutputFile errOut = errors == null ? null : OutputFile.open(errors, null)) {
            PredictionsCsv predictions = new PredictionsCsv(out.writer());
            RejectionsCsv rejected = errOut == null ? null : new RejectionsCsv(errOut.writer());
            rejections = new Rejections(context, rejected);
            in.report(rejections);
            new CaseStream(context, rejections).cases(in.files(), source,
                    c -> predictor.predict(readers.get().read(c.input())), (id, p) -> {
                        predictions.write(p);
                        written[0]++;
                        if (report != null && shown.size() < REPORT_ROWS) {
                            shown.add(p);
                        }
                    });
            predictions.flush();
            out.commit();
            if (rejected != null) {
                rejected.flush();
                errOut.commit();
            }
        }
        if (report != null) {
            ModelManifest m = model.manifest();
            ReportFiles.text(report, PredictionsReport.html("Predictions of " + modelName,
                    written[0] + " cases; model trained " + m.created() + " on " + m.trainingExamples()
                            + " cases; threshold " + String.format(Locale.ROOT, "%.3f", m.threshold()),
                    shown, written[0], m.positiveLabel()));
        }
        return context.finish(rejections);
    }
}
