package org.imrtoolkit.core.letter;

import java.util.List;
import java.util.Objects;

/**
 * The expert reviewer's credentials, from either style the letters use: a "State(s) of Licensure /
 * Certification(s)/Specialty" block, or a sentence "Board Certified in ..., has a subspecialty in
 * ..., licensed to practice in ...".
 *
 * @param licensureStates the states the reviewer is licensed in, in the letter's order
 * @param specialty       the board certification or specialty as written; empty when not stated
 * @param subspecialty    the subspecialty; empty when not stated
 */
public record Reviewer(List<String> licensureStates, String specialty, String subspecialty) {

    public static final Reviewer UNKNOWN = new Reviewer(List.of(), "", "");

    public Reviewer {
        licensureStates = List.copyOf(licensureStates);
        Objects.requireNonNull(specialty, "specialty");
        Objects.requireNonNull(subspecialty, "subspecialty");
    }
}
