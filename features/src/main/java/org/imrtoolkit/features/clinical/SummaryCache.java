package org.imrtoolkit.features.clinical;

import org.imrtoolkit.core.letter.Case;
import org.imrtoolkit.core.nlp.AnnotatedText;
import org.imrtoolkit.core.nlp.TextAnnotator;

/**
 * The items of one letter share its summary: this remembers the last summary's annotation and
 * features, so that they are computed once per letter, not once per item. Not thread-safe; use
 * one per thread.
 */
public final class SummaryCache {

    private final TextAnnotator annotator;
    private final ClinicalFeatureExtractor extractor;
    private String last;
    private AnnotatedText annotated;
    private SummaryFeatures features;

    public SummaryCache(TextAnnotator annotator, ClinicalFeatureExtractor extractor) {
        this.annotator = annotator;
        this.extractor = extractor;
    }

    public AnnotatedText annotated(Case c) {
        load(c);
        return annotated;
    }

    public SummaryFeatures features(Case c) {
        load(c);
        return features;
    }

    private void load(Case c) {
        if (!c.summary().equals(last)) {
            last = c.summary();
            annotated = annotator.annotate(c.summary());
            features = extractor.summary(c, annotated);
        }
    }
}
