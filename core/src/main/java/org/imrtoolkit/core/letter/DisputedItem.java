package org.imrtoolkit.core.letter;

import java.util.Objects;

/**
 * One disputed item with its decision, the guidelines cited and the rationale. Only
 * {@link #text()} may reach a model; the rest are labels and explanations.
 *
 * @param index           position in the letter, from 1
 * @param text            the item as requested; for a partly authorized request, the part left for review
 * @param originalRequest the original request when the letter says part of it was authorized; else empty
 * @param decision        "Upheld", "Overturned", or the letter's own decision word, verbatim
 * @param claimsAdministratorGuideline what the claims administrator cited
 * @param maximusGuideline what the IMR reviewer cited
 * @param rationale       the decision rationale as clean text
 */
public record DisputedItem(int index, String text, String originalRequest, String decision,
                           Guideline claimsAdministratorGuideline, Guideline maximusGuideline,
                           String rationale) {

    public DisputedItem {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(originalRequest, "originalRequest");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(claimsAdministratorGuideline, "claimsAdministratorGuideline");
        Objects.requireNonNull(maximusGuideline, "maximusGuideline");
        Objects.requireNonNull(rationale, "rationale");
    }
}
