/**
 * Turns a {@link org.imrtoolkit.core.letter.Case} into the signals an analyst recognises (requested
 * sessions, prior visits, functional improvement, body region...), each with the span of text it
 * came from. Sees only the Case: never a decision, never a rationale.
 */
package org.imrtoolkit.features;
