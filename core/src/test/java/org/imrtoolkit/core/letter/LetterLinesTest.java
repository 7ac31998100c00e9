package org.imrtoolkit.core.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scan that cuts a letter into lines cuts where the regular expression it replaced cut. */
class LetterLinesTest {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\n\\u0085\\u2028\\u2029]");

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "a\nb", "a\r\nb", "a\r\rb\n", "\r\n\r\n", "a\n\r\nb\r", "x\u0085y\u2028z\u2029",
            "\n", "\r", "a\r\n\nb\n\n", "line one \f\n\u00a0line two\r\n"})
    void cutsAsTheRegexDid(String text) {
        assertEquals(List.of(LINE_BREAK.split(text, -1)), LetterLines.split(text));
    }
}
