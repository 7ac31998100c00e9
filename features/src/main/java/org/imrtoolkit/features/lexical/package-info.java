/**
 * Lexical features: lemmatised unigrams and bigrams of a case's summary and item, lower-cased,
 * numbers folded into one token, stopwords removed, over a vocabulary fitted on training cases.
 */
package org.imrtoolkit.features.lexical;
