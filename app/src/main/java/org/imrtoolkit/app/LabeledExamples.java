package org.imrtoolkit.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.imrtoolkit.core.letter.Decisions;
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
 * @param groups   each example's group (its letter, or a CSV row's own id), for cross-validation
 * @param files    the files they came from
 */
record LabeledExamples(List<RawExample> examples, List<String> labels, List<String> groups, List<Path> files) {

    /** One case's inputs, its decision and group, as a worker reads them. */
    private record Labeled(RawExample example, String label, String group) {
    }

    /**
     * @param known the labels a case may have (a model's), each other one skipping its case; null for any
     */
    static LabeledExamples read(Inputs inputs, CaseSource source, Context context, Rejections rejections,
                                List<String> known) throws IOException {
        List<Path> files = inputs.files();
        inputs.report(rejections);
        TextAnnotator annotator = new TextAnnotator();
        ThreadLocal<ExampleReader> readers = ThreadLocal.withInitial(() -> new ExampleReader(annotator));
        List<RawExample> examples = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        new CaseStream(context, rejections).cases(files, source, c -> {
            if (c.decision().isBlank()) {
                throw new SkippedInput("no label (for CSV inputs, name its column with --label-column)");
            }
            // A table's decision words are read as a letter's are: "upheld", "Partially Overturned".
            String label = Decisions.canonical(c.decision().strip());
            if (known != null && !known.contains(label)) {
                throw new SkippedInput("label '" + label + "' is not one the model knows " + known);
            }
            return new Labeled(readers.get().read(c.input()), label, c.input().group());
        }, (id, labeled) -> {
            examples.add(labeled.example());
            labels.add(labeled.label());
            groups.add(labeled.group());
        });
        InputCheck.matched(examples.size() + rejections.count(), source);
        return new LabeledExamples(examples, labels, groups, files);
    }
}
