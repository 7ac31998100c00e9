package org.imrtoolkit.core.letter;

import java.util.Locale;
import java.util.Optional;

/**
 * The decision words letters use, mapped onto the two outcomes of an IMR: the denial is
 * {@value #UPHELD} or {@value #OVERTURNED}. Case, spacing and a closing period do not matter
 * ("upheld", "UPHELD", "Upheld."). A decision that overturns the denial in part ("Partially
 * Overturned", "Overturned in part") is {@value #OVERTURNED}: part of what was denied is to be
 * given, so the denial did not stand as made; the letter's own words stay in
 * {@link DisputedItem#decisionAsWritten()}. Any other word ("Partially Upheld", "Withdrawn") is
 * unknown: kept as written, and the letter carries a warning saying so.
 */
public final class Decisions {

    public static final String UPHELD = "Upheld";
    public static final String OVERTURNED = "Overturned";

    private Decisions() {
    }

    /** The canonical decision for the words a letter uses; empty when they are none this class knows. */
    public static Optional<String> normalise(String asWritten) {
        String key = asWritten.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
        return switch (key) {
            case "upheld", "uphold", "denial upheld" -> Optional.of(UPHELD);
            case "overturned", "overturn", "denial overturned", "partially overturned", "partly overturned",
                 "overturned in part", "overturned partially", "partial overturn", "partially overturn",
                 "overturned in part upheld in part" -> Optional.of(OVERTURNED);
            default -> Optional.empty();
        };
    }

    /** The canonical decision, or the words as written when they are unknown. */
    public static String canonical(String asWritten) {
        return normalise(asWritten).orElse(asWritten);
    }

    /** Whether the decision is one of the two canonical ones. */
    public static boolean isKnown(String decision) {
        return UPHELD.equals(decision) || OVERTURNED.equals(decision);
    }
}
