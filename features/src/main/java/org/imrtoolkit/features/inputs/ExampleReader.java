package org.imrtoolkit.features.inputs;

import java.util.List;

import org.imrtoolkit.core.letter.Case;
import org.imrtoolkit.core.nlp.TextAnnotator;
import org.imrtoolkit.features.Demand;
import org.imrtoolkit.features.clinical.ClinicalFeatureExtractor;
import org.imrtoolkit.features.clinical.SummaryCache;
import org.imrtoolkit.features.lexical.LexicalTerms;

/**
 * Reads a {@link Case} into a {@link RawExample}: clinical features and lexical terms from one
 * annotation of its summary. Reads only what its {@link Demand} asks for (everything unless told
 * otherwise): without the lexical group there are no terms and the item is never annotated.
 * Not thread-safe (its {@link SummaryCache}); use one per thread.
 */
public final class ExampleReader {

    private final TextAnnotator annotator;
    private final ClinicalFeatureExtractor clinical;
    private final SummaryCache summaries;
    private final LexicalTerms lexical = new LexicalTerms();

    public ExampleReader(TextAnnotator annotator) {
        this(annotator, Demand.ALL);
    }

    /** A reader of the demanded groups only, such as a model's ({@code FeatureSpec.demand()}). */
    public ExampleReader(TextAnnotator annotator, Demand demand) {
        this.annotator = annotator;
        this.clinical = new ClinicalFeatureExtractor(annotator, demand);
        this.summaries = new SummaryCache(clinical);
    }

    public RawExample read(Case c) {
        List<String> terms = clinical.demand().lemmas()
                ? lexical.of(summaries.annotated(c), annotator.annotate(c.item())) : List.of();
        return new RawExample(c.id(), c.item(), clinical.extract(c, summaries.features(c)), terms, c.categories(),
                c.group());
    }
}
