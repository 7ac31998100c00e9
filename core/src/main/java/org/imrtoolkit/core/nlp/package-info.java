/**
 * Text annotation with Stanford CoreNLP: sentences, tokens with character offsets, lemmas and
 * numbers read as values. {@link org.imrtoolkit.core.nlp.TextAnnotator} builds its pipeline once;
 * share one instance across threads.
 */
package org.imrtoolkit.core.nlp;
