package org.imrtoolkit.features;

import java.util.Objects;

/**
 * Where a feature's value came from: the sentence, and the span within the source text.
 *
 * @param feature  the feature's name ("requested_sessions_max")
 * @param value    the value it gave, as text
 * @param source   the text it was read from: "item" or "summary"
 * @param sentence the sentence holding the span
 * @param begin    offset of the span's first character in the source text
 * @param end      offset after the span's last character
 */
public record Evidence(String feature, String value, String source, String sentence, int begin, int end) {

    public Evidence {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sentence, "sentence");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span " + begin + ".." + end);
        }
    }
}
