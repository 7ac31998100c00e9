package org.imrtoolkit.core.nlp;

/**
 * How lemmas are found.
 */
public enum Lemmatization {
    /**
     * CoreNLP's morphological analyser on each word without a part-of-speech tag: nearly as good
     * for the nouns and verbs of clinical text ("sessions" -> "session", "completed" -> "complete")
     * and about ten times faster than tagging first.
     */
    UNTAGGED,
    /** CoreNLP's POS tagger, then lemmas from the tagged words: the slow, exact way. */
    TAGGED
}
