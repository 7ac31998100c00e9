package org.imrtoolkit.core.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReviewerParserTest {

    @Test
    void licensureBlock() {
        Reviewer r = ReviewerParser.parse("The Expert Reviewer has the following credentials: "
                + "State(s) of Licensure: California,South Carolina "
                + "Certification(s)/Specialty: Preventive Medicine, Occupational Medicine, Family Practice");
        assertEquals(new Reviewer(List.of("California", "South Carolina"),
                "Preventive Medicine, Occupational Medicine, Family Practice", "Occupational Medicine, Family Practice"), r);
    }

    @Test
    void boardCertifiedSentenceWithSubspecialty() {
        Reviewer r = ReviewerParser.parse("providers or the claims administrator. The expert reviewer is Board "
                + "Certified in Physical Medicine and Rehabilitation, has a subspecialty in Interventional Spine "
                + "and is licensed to practice in California. He/she has been in active clinical practice");
        assertEquals(new Reviewer(List.of("California"), "Physical Medicine and Rehabilitation",
                "Interventional Spine"), r);
    }

    @Test
    void boardCertifiedSentenceWithoutSubspecialty() {
        Reviewer r = ReviewerParser.parse("The expert reviewer is Board Certified in Physical Medicine & "
                + "Rehabilitation, and is licensed to practice in California. He/she has been");
        assertEquals(new Reviewer(List.of("California"), "Physical Medicine & Rehabilitation", ""), r);
    }

    @Test
    void noCredentials() {
        assertEquals(Reviewer.UNKNOWN, ReviewerParser.parse("MAXIMUS Federal Services sent the case file."));
    }
}
