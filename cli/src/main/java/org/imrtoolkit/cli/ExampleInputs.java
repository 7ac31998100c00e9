package org.imrtoolkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.imrtoolkit.core.io.CaseInputs;
import org.imrtoolkit.core.io.CaseSink;
import org.imrtoolkit.core.io.CsvColumns;
import org.imrtoolkit.core.io.RowFilter;
import org.imrtoolkit.core.letter.LabeledCase;
import org.imrtoolkit.core.nlp.TextAnnotator;
import org.imrtoolkit.train.encode.ExampleReader;
import org.imrtoolkit.train.encode.RawExample;

/**
 * Reads labelled examples from letters and CSV rows for train and evaluate, naming each input it
 * skips on stderr. Unlabelled cases are skipped too: they can neither teach nor test a model.
 */
final class ExampleInputs {

    /** The examples read, their labels, the files they came from and how many inputs were skipped. */
    record Read(List<RawExample> examples, List<String> labels, List<Path> files, int skipped) {
    }

    private ExampleInputs() {
    }

    static Read read(String command, List<Path> inputs, CsvColumns columns, List<RowFilter> filters, CommonOptions common,
                     PrintWriter err) throws IOException {
        List<Path> files = CaseInputs.files(inputs);
        CaseInputs reader = new CaseInputs(columns, filters, common.maxBytes());
        boolean quiet = common.quiet;
        ExampleReader examples = new ExampleReader(new TextAnnotator());
        List<RawExample> read = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        int[] skipped = {0};
        Progress progress = new Progress(err, "files", files.size(), !quiet);
        CaseSink sink = new CaseSink() {
            @Override
            public void accept(LabeledCase c) {
                if (c.decision().isBlank()) {
                    reject(c.input().id(), "no label (for CSV inputs, name its column with --label-column)");
                    return;
                }
                try {
                    read.add(examples.read(c.input()));
                } catch (RuntimeException e) {
                    reject(c.input().id(), "unexpected error (please report): " + e);
                    return;
                }
                labels.add(c.decision().strip());
            }

            @Override
            public void reject(String where, String reason) {
                skipped[0]++;
                err.println("imr " + command + ": " + where + ": " + reason);
            }
        };
        int done = 0;
        for (Path file : files) {
            reader.read(file, sink);
            progress.update(++done);
        }
        progress.finish(done);
        return new Read(read, labels, files, skipped[0]);
    }
}
