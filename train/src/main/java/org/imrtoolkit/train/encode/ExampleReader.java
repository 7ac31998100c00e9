package org.imrtoolkit.train.encode;

import org.imrtoolkit.core.letter.Case;
import org.imrtoolkit.core.nlp.AnnotatedText;
import org.imrtoolkit.core.nlp.TextAnnotator;
import org.imrtoolkit.features.clinical.ClinicalFeatureExtractor;
import org.imrtoolkit.features.clinical.SummaryFeatures;
import org.imrtoolkit.features.lexical.LexicalTerms;

/**
 * Reads a {@link Case} into a {@link RawExample}: clinical features and lexical terms from one
 * annotation of its summary. Not thread-safe: it remembers the last summary's annotation and
 * features, which the items of one letter share; use one per thread.
 */
public final class ExampleReader {

    private final TextAnnotator annotator;
    private final ClinicalFeatureExtractor clinical;
    private final LexicalTerms lexical = new LexicalTerms();
    private String lastSummary;
    private AnnotatedText lastAnnotated;
    private SummaryFeatures lastFeatures;

    public ExampleReader(TextAnnotator annotator) {
        this.annotator = annotator;
        this.clinical = new ClinicalFeatureExtractor(annotator);
    }

    public RawExample read(Case c) {
        if (!c.summary().equals(lastSummary)) {
            lastSummary = c.summary();
            lastAnnotated = annotator.annotate(c.summary());
            lastFeatures = clinical.summary(c, lastAnnotated);
        }
        AnnotatedText item = annotator.annotate(c.item());
        return new RawExample(c.id(), c.item(), clinical.extract(c, lastFeatures),
                lexical.of(lastAnnotated, item), c.categories());
    }
}
