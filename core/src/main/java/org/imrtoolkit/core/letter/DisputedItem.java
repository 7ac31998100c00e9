package org.imrtoolkit.core.letter;

import java.util.Objects;

/**
 * One disputed item with its decision, the guidelines cited and the rationale. Only
 * {@link #text()} may reach a model; the rest are labels and explanations.
 *
 * @param index           position in the letter, from 1
 * @param text            the item as requested; for a partly authorized request, the part left for review
 * @param originalRequest the original request when the letter says part of it was authorized; else empty
 * @param decision        "Upheld" or "Overturned" ({@link Decisions}); the letter's own words when
 *                        they are neither ({@link #decisionKnown()} is then false)
 * @param claimsAdministratorGuideline what the claims administrator cited
 * @param maximusGuideline what the IMR reviewer cited
 * @param rationale       the decision rationale as clean text
 * @param decisionAsWritten the decision as the letter writes it ("Partially Overturned", "UPHELD")
 */
public record DisputedItem(int index, String text, String originalRequest, String decision,
                           Guideline claimsAdministratorGuideline, Guideline maximusGuideline,
                           String rationale, String decisionAsWritten) {

    public DisputedItem {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(originalRequest, "originalRequest");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(claimsAdministratorGuideline, "claimsAdministratorGuideline");
        Objects.requireNonNull(maximusGuideline, "maximusGuideline");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(decisionAsWritten, "decisionAsWritten");
    }

    /** An item whose decision is written as the canonical word. */
    public DisputedItem(int index, String text, String originalRequest, String decision,
                        Guideline claimsAdministratorGuideline, Guideline maximusGuideline, String rationale) {
        this(index, text, originalRequest, decision, claimsAdministratorGuideline, maximusGuideline, rationale,
                decision);
    }

    /** Whether the decision is Upheld or Overturned, rather than an unknown word kept as written. */
    public boolean decisionKnown() {
        return Decisions.isKnown(decision);
    }
}
