package org.imrtoolkit.app;

import java.util.Locale;

/** Counts in words, singular or plural as the number needs: "1 case", "9 items". */
public final class Words {

    private Words() {
    }

    /** Where an output went, for a success line: the file, or "stdout" when it has none. */
    public static String target(java.nio.file.Path file) {
        return file == null ? "stdout" : org.imrtoolkit.core.io.Messages.escape(file.toString());
    }

    /** "1 letter", "5 letters"; {@code noun} is the singular and takes an "s". */
    public static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
