package org.imrtoolkit.features.clinical;

import org.imrtoolkit.core.letter.Case;
import org.imrtoolkit.core.nlp.AnnotatedText;

/**
 * The items of one letter share its summary: this remembers the last summary's annotation and
 * features, so that they are computed once per letter, not once per item. The summary is annotated
 * only as far as the extractor's demanded groups read it ({@link ClinicalFeatureExtractor#annotateSummary}).
 * Not thread-safe; use one per thread.
 */
public final class SummaryCache {

    private final ClinicalFeatureExtractor extractor;
    private String last;
    private AnnotatedText annotated;
    private SummaryFeatures features;

    public SummaryCache(ClinicalFeatureExtractor extractor) {
        this.extractor = extractor;
    }

    /**
     * The summary's tokens and lemmas, for the lexical terms.
     *
     * @throws IllegalStateException when the extractor's demand has no lexical terms (the summary was only split)
     */
    public AnnotatedText annotated(Case c) {
        if (!extractor.demand().lemmas()) {
            throw new IllegalStateException("the summary was not annotated with lemmas: the lexical terms were not demanded");
        }
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
            annotated = extractor.annotateSummary(c.summary());
            features = extractor.summary(c, annotated);
        }
    }
}
