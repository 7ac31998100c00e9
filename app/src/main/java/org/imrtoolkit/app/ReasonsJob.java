package org.imrtoolkit.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.imrtoolkit.app.io.JsonlRows;
import org.imrtoolkit.app.io.OutputFile;
import org.imrtoolkit.app.io.ReportFiles;
import org.imrtoolkit.core.io.OutputTargets;
import org.imrtoolkit.core.nlp.TextAnnotator;
import org.imrtoolkit.reasons.ItemReasons;
import org.imrtoolkit.reasons.ReasonTagger;
import org.imrtoolkit.reasons.ReasonsCsv;
import org.imrtoolkit.app.report.ReasonsReport;

/**
 * {@code imr reasons}: the reasons decided letters give, item by item. Analysis only: the one job
 * that reads a rationale, and nothing it finds reaches a model.
 *
 * @param inputs decided letters and directories
 * @param output the CSV, or null for stdout
 * @param report the HTML report, or null for none
 */
public record ReasonsJob(List<Path> inputs, Path output, Path report, OutputFormat format) implements Job {

    @Override
    public int run(Context context) throws IOException {
        Inputs in = Inputs.letters(inputs, new OutputTargets().add("-o", output).add("--report", report));
        InputCheck.found(in, inputs);
        Rejections rejections = new Rejections(context, null);
        if (in.files().isEmpty()) {
            return InputCheck.nothingToRead(in, context, rejections);
        }
        ReasonTagger tagger = new ReasonTagger(new TextAnnotator());
        List<ItemReasons> all = new ArrayList<>();
        in.report(rejections);
        try (OutputFile out = OutputFile.open(output, context.out())) {
            ReasonsCsv csv = format == OutputFormat.JSONL ? null : new ReasonsCsv(out.writer());
            JsonlRows rows = format == OutputFormat.JSONL
                    ? new JsonlRows(out.writer(), java.util.List.of(ReasonsCsv.FORMAT.getHeader()), ReasonsCsv.TYPES) : null;
            new CaseStream(context, rejections).<ItemReasons>letters(in.files(),
                    letter -> tagger.tag(letter).stream().map(r -> new Batch.Item<>(r.id(), r)).toList(),
                    (id, r) -> {
                        if (rows == null) {
                            csv.write(r);
                        } else {
                            rows.write(ReasonsCsv.row(r), java.util.Map.of("reasons",
                                    java.util.Arrays.stream(org.imrtoolkit.features.clinical.DenialReason.values()).filter(r::has)
                                            .map(org.imrtoolkit.features.clinical.DenialReason::label).toList()));
                        }
                        all.add(r);
                    });
            if (rows == null) {
                csv.flush();
            } else {
                rows.flush();
            }
            out.commit();
        }
        if (report != null) {
            ReportFiles.text(report, ReasonsReport.html("Reasons given in " + all.size() + " decided items", all));
        }
        context.wrote("wrote the reasons of " + Words.count(all.size(), "item") + " to " + Words.target(output)
                + (report == null ? "" : " and the report to " + Words.target(report)));
        return context.finish(rejections);
    }
}
