/**
 * The IMR determination letter as data: {@link org.imrtoolkit.core.letter.LetterParser} turns the
 * text of one letter into a {@link org.imrtoolkit.core.letter.Letter}, and
 * {@link org.imrtoolkit.core.letter.Letter#labeledCases()} splits it into what a model may see
 * (a {@link org.imrtoolkit.core.letter.Case}) and the decision that labels it, kept apart so the
 * decision and the rationale can never leak into features.
 */
package org.imrtoolkit.core.letter;
