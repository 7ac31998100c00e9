package org.imrtoolkit.features.inputs;

import org.imrtoolkit.core.letter.Case;
import org.imrtoolkit.core.nlp.AnnotatedText;
import org.imrtoolkit.core.nlp.TextAnnotator;
import org.imrtoolkit.features.clinical.ClinicalFeatureExtractor;
import org.imrtoolkit.features.clinical.SummaryCache;
import org.imrtoolkit.features.lexical.LexicalTerms;

/**
 * Reads a {@link Case} into a {@link RawExample}: clinical features and lexical terms from one
 * annotation of its summary. Not thread-safe (its {@link SummaryCache}); use one per thread.
 */
public final class ExampleReader {

    private final TextAnnotator annotator;
    private final ClinicalFeatureExtractor clinical;
    private final SummaryCache summaries;
    private final LexicalTerms lexical = new LexicalTerms();

    public ExampleReader(TextAnnotator annotator) {
        this.annotator = annotator;
        this.clinical = new ClinicalFeatureExtractor(annotator);
        this.summaries = new SummaryCache(annotator, clinical);
    }

    public RawExample read(Case c) {
        AnnotatedText item = annotator.annotate(c.item());
        return new RawExample(c.id(), c.item(), clinical.extract(c, summaries.features(c)),
                lexical.of(summaries.annotated(c), item), c.categories(), c.group());
    }
}
