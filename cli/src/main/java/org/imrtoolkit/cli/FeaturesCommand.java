package org.imrtoolkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.imrtoolkit.core.io.CaseInputs;
import org.imrtoolkit.core.nlp.TextAnnotator;
import org.imrtoolkit.features.clinical.ClinicalFeatureExtractor;
import org.imrtoolkit.features.clinical.ClinicalFeatures;
import org.imrtoolkit.features.clinical.SummaryCache;
import org.imrtoolkit.features.io.EvidenceJsonl;
import org.imrtoolkit.features.io.FeaturesCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code imr features}: the named clinical features of each case, with their evidence. */
@Command(name = "features",
        mixinStandardHelpOptions = true,
        description = {
                "Extracts the named clinical features of each disputed item (letters) or row (CSV).",
                "%nColumns: id, then requested sessions, prior visits, functional improvement, treatment type, "
                        + "body regions, age, sex, months since injury and surgery, diagnosis group, guideline limit, "
                        + "ur_modified, work status, then ur_decision (non_certified, modified, unknown) and one "
                        + "ur_reason_<reason> flag for each reason the summary reports the utilization review gave. "
                        + "Only the item and the case summary are read: never a decision "
                        + "or a rationale. For letters, id is <letter_id>/<item_index>."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every input was read",
                "1:some inputs were skipped (each named on stderr), or the output could not be written",
                "2:invalid command-line usage"})
final class FeaturesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    CsvInputOptions csv;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the CSV to FILE instead of stdout.")
    Path output;

    @Option(names = "--evidence", paramLabel = "FILE.jsonl",
            description = "Also write each feature's evidence (id, feature, value, source, sentence, begin, end) as JSON lines.")
    Path evidence;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Letters (.txt, .pdf), CSV/TSV files, or directories of them.")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        List<Path> files = CaseInputs.files(inputs);
        PrintWriter err = spec.commandLine().getErr();
        TextAnnotator annotator = new TextAnnotator();
        ClinicalFeatureExtractor extractor = new ClinicalFeatureExtractor(annotator);
        ThreadLocal<SummaryCache> caches = ThreadLocal.withInitial(() -> new SummaryCache(annotator, extractor));
        try (OutputFile out = OutputFile.open(output, spec.commandLine().getOut());
             OutputFile ev = evidence == null ? null : OutputFile.open(evidence, null)) {
            FeaturesCsv features = new FeaturesCsv(out.writer());
            EvidenceJsonl jsonl = ev == null ? null : new EvidenceJsonl(ev.writer());
            Set<String> written = new HashSet<>();
            int[] rejected = {0};
            ParallelFiles.run(files, common.threads(), file -> {
                Collected<ClinicalFeatures> collected = new Collected<>(
                        c -> extractor.extract(c.input(), caches.get().features(c.input())));
                new CaseInputs(csv.columns(), csv.filters(), common.maxBytes()).read(file, collected);
                return collected;
            }, (file, collected) -> {
                for (Collected.Rejection r : collected.rejections) {
                    rejected[0]++;
                    err.println("imr features: " + r.where() + ": " + r.reason());
                }
                for (Collected.Item<ClinicalFeatures> item : collected.items) {
                    if (!written.add(item.id())) {
                        rejected[0]++;
                        err.println("imr features: " + file + ": duplicate id '" + item.id() + "'");
                        continue;
                    }
                    features.write(item.value());
                    if (jsonl != null) {
                        jsonl.write(item.value());
                    }
                }
            }, new Progress(err, "files", files.size(), !common.quiet));
            features.flush();
            out.commit();
            if (ev != null) {
                ev.commit();
            }
            if (rejected[0] > 0) {
                err.printf("imr features: %d inputs skipped%n", rejected[0]);
            }
            return rejected[0] == 0 ? 0 : 1;
        }
    }
}
