package org.imrtoolkit.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.imrtoolkit.core.io.CaseInputs;
import org.imrtoolkit.core.nlp.TextAnnotator;
import org.imrtoolkit.features.inputs.ExampleReader;
import org.imrtoolkit.features.inputs.RawExample;

/**
 * Labelled examples read from letters and CSV rows, for training and evaluation: each case's
 * inputs, and beside them (never inside) its decision. An unlabelled case is skipped: it can
 * neither teach nor test a model.
 *
 * @param examples the examples, in input order
 * @param labels   each example's decision
 * @param files    the files they came from
 */
record LabeledExamples(List<RawExample> examples, List<String> labels, List<Path> files) {

    /** One case's inputs and its decision, as a worker reads them. */
    private record Labeled(RawExample example, String label) {
    }

    static LabeledExamples read(List<Path> inputs, CaseSource source, Context context, Rejections rejections)
            throws IOException {
        List<Path> files = InputCheck.found(CaseInputs.files(inputs), inputs);
        TextAnnotator annotator = new TextAnnotator();
        ThreadLocal<ExampleReader> readers = ThreadLocal.withInitial(() -> new ExampleReader(annotator));
        List<RawExample> examples = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        new CaseStream(context, rejections).cases(files, source, c -> {
            if (c.decision().isBlank()) {
                throw new SkippedInput("no label (for CSV inputs, name its column with --label-column)");
            }
            return new Labeled(readers.get().read(c.input()), c.decision().strip());
        }, (id, labeled) -> {
            examples.add(labeled.example());
            labels.add(labeled.label());
        });
        InputCheck.matched(examples.size() + rejections.count(), source);
        return new LabeledExamples(examples, labels, files);
    }
}
