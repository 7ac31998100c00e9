package org.imrtoolkit.core.letter;

/**
 * One non-blank line of a letter, trimmed, with its 1-based line number in the input so that
 * errors can point at it.
 */
record Line(int number, String text) {
}
