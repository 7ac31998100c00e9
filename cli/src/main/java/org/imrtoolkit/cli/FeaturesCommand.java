package org.imrtoolkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.imrtoolkit.core.io.AtomicFile;
import org.imrtoolkit.core.io.CaseInputs;
import org.imrtoolkit.core.io.CaseSink;
import org.imrtoolkit.core.letter.LabeledCase;
import org.imrtoolkit.core.nlp.AnnotatedText;
import org.imrtoolkit.core.nlp.TextAnnotator;
import org.imrtoolkit.features.clinical.ClinicalFeatureExtractor;
import org.imrtoolkit.features.clinical.ClinicalFeatures;
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
                        + "ur_modified and work status. Only the item and the case summary are read: never a decision "
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
        CaseInputs reader = new CaseInputs(csv.columns(), csv.filters(), common.maxBytes());
        List<Path> files = CaseInputs.files(inputs);
        PrintWriter err = spec.commandLine().getErr();
        try (Output out = Output.open(output, spec.commandLine().getOut());
             Output ev = evidence == null ? null : Output.open(evidence, null)) {
            FeaturesCsv features = new FeaturesCsv(out.writer());
            EvidenceJsonl jsonl = ev == null ? null : new EvidenceJsonl(ev.writer());
            Progress progress = new Progress(err, "files", files.size(), !common.quiet);
            int[] rejected = {0};
            TextAnnotator annotator = new TextAnnotator();
            ClinicalFeatureExtractor extractor = new ClinicalFeatureExtractor(annotator);
            CaseSink sink = new CaseSink() {
                // The items of one letter share its summary: annotate it once, not once per item.
                private String lastSummary;
                private AnnotatedText lastAnnotated;

                @Override
                public void accept(LabeledCase labeled) throws IOException {
                    String summary = labeled.input().summary();
                    if (!summary.equals(lastSummary)) {
                        lastSummary = summary;
                        lastAnnotated = annotator.annotate(summary);
                    }
                    ClinicalFeatures f;
                    try {
                        f = extractor.extract(labeled.input(), lastAnnotated);
                    } catch (RuntimeException e) {
                        reject(labeled.input().id(), "unexpected error (please report): " + e);
                        return;
                    }
                    features.write(f);
                    if (jsonl != null) {
                        jsonl.write(f);
                    }
                }

                @Override
                public void reject(String where, String reason) {
                    rejected[0]++;
                    err.println("imr features: " + where + ": " + reason);
                }
            };
            int done = 0;
            for (Path file : files) {
                reader.read(file, sink);
                progress.update(++done);
            }
            features.flush();
            progress.finish(done);
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

    /** stdout, or a file written atomically. */
    record Output(AtomicFile file, Writer writer) implements AutoCloseable {

        static Output open(Path path, PrintWriter stdout) throws IOException {
            if (path == null) {
                return new Output(null, stdout);
            }
            AtomicFile file = new AtomicFile(path);
            return new Output(file, file.writer());
        }

        void commit() throws IOException {
            writer.flush();
            if (file != null) {
                file.commit();
            }
        }

        @Override
        public void close() throws IOException {
            if (file != null) {
                file.close();
            }
        }
    }
}
