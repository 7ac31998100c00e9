package org.imrtoolkit.train;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.imrtoolkit.core.io.LetterReader;
import org.imrtoolkit.core.letter.LabeledCase;
import org.imrtoolkit.core.nlp.TextAnnotator;
import org.imrtoolkit.core.testing.SharedData;
import org.imrtoolkit.features.inputs.ExampleReader;
import org.imrtoolkit.features.inputs.RawExample;

/** The 311 real items of ../shared/wc-letters read once into a dataset (PDFs, as published). */
final class TrainingFixtures {

    private static Dataset letters;

    private TrainingFixtures() {
    }

    static synchronized Dataset wcLetters() throws Exception {
        if (letters == null) {
            Path dir = SharedData.shared("wc-letters/pdf");
            LetterReader reader = new LetterReader();
            ExampleReader examples = new ExampleReader(new TextAnnotator());
            List<RawExample> read = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    for (LabeledCase c : reader.read(file).labeledCases()) {
                        read.add(examples.read(c.input()));
                        labels.add(c.decision());
                    }
                }
            }
            letters = Dataset.of(read, labels, null);
        }
        return letters;
    }
}
