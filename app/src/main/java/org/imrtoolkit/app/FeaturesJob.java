package org.imrtoolkit.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.imrtoolkit.app.io.JsonlRows;
import org.imrtoolkit.app.io.OutputFile;
import org.imrtoolkit.core.io.OutputTargets;
import org.imrtoolkit.core.nlp.TextAnnotator;
import org.imrtoolkit.features.Demand;
import org.imrtoolkit.features.clinical.ClinicalFeatureExtractor;
import org.imrtoolkit.features.clinical.SummaryCache;
import org.imrtoolkit.features.io.EvidenceJsonl;
import org.imrtoolkit.features.io.FeaturesCsv;

/**
 * {@code imr features}: the named clinical features of each case, with their evidence.
 *
 * @param inputs   letters, tables and directories
 * @param source   how tables map onto cases
 * @param output   the features CSV, or null for stdout
 * @param evidence the evidence JSON lines file, or null for none
 */
public record FeaturesJob(List<Path> inputs, CaseSource source, Path output, Path evidence, OutputFormat format)
        implements Job {

    @Override
    public int run(Context context) throws IOException {
        Inputs in = Inputs.cases(inputs, new OutputTargets().add("-o", output).add("--evidence", evidence));
        InputCheck.forFeatures(InputCheck.found(in, inputs), source);
        Rejections rejections = new Rejections(context, null);
        if (in.files().isEmpty()) {
            return InputCheck.nothingToRead(in, context, rejections);
        }
        TextAnnotator annotator = new TextAnnotator();
        // Every named feature is written; no lexical terms, so the summary is split, never lemmatised.
        ClinicalFeatureExtractor extractor = new ClinicalFeatureExtractor(annotator, Demand.CLINICAL);
        // A summary cache per worker: the items of one letter share its summary.
        ThreadLocal<SummaryCache> caches = ThreadLocal.withInitial(() -> new SummaryCache(extractor));
        in.report(rejections);
        long[] written = {0, 0}; // cases, evidence lines
        try (OutputFile out = OutputFile.open(output, context.out());
             OutputFile ev = evidence == null ? null : OutputFile.open(evidence, null)) {
            FeaturesCsv features = format == OutputFormat.JSONL ? null : new FeaturesCsv(out.writer());
            JsonlRows rows = format == OutputFormat.JSONL
                    ? new JsonlRows(out.writer(), java.util.List.of(FeaturesCsv.FORMAT.getHeader()), FeaturesCsv.TYPES) : null;
            EvidenceJsonl jsonl = ev == null ? null : new EvidenceJsonl(ev.writer());
            new CaseStream(context, rejections).cases(in.files(), source,
                    c -> extractor.extract(c.input(), caches.get().features(c.input())), (id, f) -> {
                        written[0]++;
                        written[1] += f.evidence().size();
                        if (rows == null) {
                            features.write(f);
                        } else {
                            rows.write(FeaturesCsv.row(f), java.util.Map.of("evidence", f.evidence()));
                        }
                        if (jsonl != null) {
                            jsonl.write(f);
                        }
                    });
            if (rows == null) {
                features.flush();
            } else {
                rows.flush();
            }
            out.commit();
            if (ev != null) {
                ev.commit();
            }
        }
        context.wrote("wrote the features of " + Words.count(written[0], "case") + " to " + Words.target(output)
                + (evidence == null ? "" : " and " + Words.count(written[1], "evidence line") + " to "
                        + Words.target(evidence)));
        return context.finish(rejections);
    }
}
