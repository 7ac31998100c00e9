package org.imrtoolkit.features.clinical;

/**
 * A value a rule found, with the span of text it came from.
 *
 * @param value the value
 * @param begin offset of the span's first character
 * @param end   offset after its last character
 */
public record Match<T>(T value, int begin, int end) {
}
