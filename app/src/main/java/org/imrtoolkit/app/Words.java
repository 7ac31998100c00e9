package org.imrtoolkit.app;

import java.util.Locale;

/** Counts in words, singular or plural as the number needs: "1 case", "9 items". */
public final class Words {

    private Words() {
    }

    /** "1 letter", "5 letters"; {@code noun} is the singular and takes an "s". */
    public static String count(long n, String noun) {
        return String.format(Locale.ROOT, "%d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
