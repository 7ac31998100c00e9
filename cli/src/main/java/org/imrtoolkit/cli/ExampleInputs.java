package org.imrtoolkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.imrtoolkit.core.io.CaseInputs;
import org.imrtoolkit.core.io.CsvColumns;
import org.imrtoolkit.core.io.RowFilter;
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
        TextAnnotator annotator = new TextAnnotator();
        ThreadLocal<ExampleReader> readers = ThreadLocal.withInitial(() -> new ExampleReader(annotator));
        List<RawExample> read = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int[] skipped = {0};
        ParallelFiles.run(files, common.threads(), file -> {
            Collected<RawExample> collected = new Collected<>(c -> c.decision().isBlank() ? null : readers.get().read(c.input()));
            new CaseInputs(columns, filters, common.maxBytes()).read(file, collected);
            return collected;
        }, (file, collected) -> {
            List<Collected.Rejection> bad = new ArrayList<>(collected.rejections);
            for (Collected.Item<RawExample> item : collected.items) {
                if (item.value() == null) {
                    bad.add(new Collected.Rejection(item.id(), "no label (for CSV inputs, name its column with --label-column)"));
                } else if (!seen.add(item.id())) {
                    bad.add(new Collected.Rejection(file.toString(), "duplicate id '" + item.id() + "'"));
                } else {
                    read.add(item.value());
                    labels.add(item.label().strip());
                }
            }
            for (Collected.Rejection r : bad) {
                skipped[0]++;
                err.println("imr " + command + ": " + r.where() + ": " + r.reason());
            }
        }, new Progress(err, "files", files.size(), !common.quiet));
        return new Read(read, labels, files, skipped[0]);
    }
}
