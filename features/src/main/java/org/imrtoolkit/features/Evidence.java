package org.imrtoolkit.features;

import java.util.Objects;

/**
 * Where a feature's value came from: the sentence, and the span within the source text.
 *
 * @param feature  the feature's name ("requested_sessions_max")
 * @param value    the value it gave, as text
 * @param source   the text it was read from: "item", "summary", or "item N" for the letter's item N (the
 *                 procedure a service of a surgery request goes with)
 * @param sentence the sentence holding the span
 * @param begin    offset of the span's first character in the source text
 * @param end      offset after the span's last character
 * @param sentenceBegin offset of the sentence's first character in the source text, so the span can be
 *                 highlighted within the sentence; -1 when not known
 */
public record Evidence(String feature, String value, String source, String sentence, int begin, int end,
                       int sentenceBegin) {

    public Evidence(String feature, String value, String source, String sentence, int begin, int end) {
        this(feature, value, source, sentence, begin, end, -1);
    }

    public Evidence {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sentence, "sentence");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span " + begin + ".." + end);
        }
    }

    /**
     * The span's place within {@link #sentence()}, as {begin, end}; null when the sentence's offset is
     * not known or the span does not lie inside it.
     */
    public int[] spanInSentence() {
        if (sentenceBegin < 0) {
            return null;
        }
        int b = begin - sentenceBegin;
        int e = end - sentenceBegin;
        return b >= 0 && e <= sentence.length() && b < e ? new int[] {b, e} : null;
    }
}
