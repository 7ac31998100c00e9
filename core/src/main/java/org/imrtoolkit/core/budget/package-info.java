/**
 * A per-input time budget: a deadline that the parser, the PDF reader and the annotator check between
 * steps and under every regular expression, so that one hostile letter is reported and skipped instead
 * of stalling a batch. Its own package because both {@code core.letter} and {@code core.io} use it.
 */
package org.imrtoolkit.core.budget;
