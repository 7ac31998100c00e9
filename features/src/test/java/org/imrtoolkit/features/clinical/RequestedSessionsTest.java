package org.imrtoolkit.features.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestedSessionsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "12 sessions of physical therapy, cervical spine|12|12|12 sessions",
            "Physical therapy x 12|12|12|x 12",
            "Physical therapy times 12 sessions for core exercises for lumbar spine|12|12|12 sessions",
            "Additional occupational therapy 2x6 low back|12|12|2x6",
            "Additional occupational therapy 2x6 weeks (12 sessions) low back|12|12|12 sessions",
            "Physical therapy 2 times a week for 6 weeks|12|12|2 times a week for 6 weeks",
            "Physical therapy for the cervical spine, 2-3 times a week for 6 weeks|12|18|2-3 times a week for 6 weeks",
            "physical therapy 2 to 3 times for 6 weeks for cervical spine|12|18|2 to 3 times for 6 weeks",
            "Physical Therapy 3 times a week for 4 weeks for lumbar and cervical|12|12|3 times a week for 4 weeks",
            "Massage Therapy 1 time a week for 4 weeks for neck and lumbar|4|4|1 time a week for 4 weeks",
            "twelve visits of acupuncture|12|12|twelve visits",
            "Physical therapy 8 visits over 4 weeks|8|8|8 visits",
            "Acupuncture for the cervical spine two times a week times three weeks|6|6|two times a week times three weeks",
            "Chiropractic therapy sessions for the cervical spine, #2|2|2|#2",
            "Physical therapy twice a week for 6 weeks|12|12|twice a week for 6 weeks",
            "Initial acupuncture, 1 to 2 times per week for 4 weeks, for the neck|4|8|1 to 2 times per week for 4 weeks",
            "Twelve infrared acupuncture visits, 2 times weekly for 6 weeks|12|12|Twelve infrared acupuncture visits",
            "Post-op physical therapy 12-18 sessions|12|18|12-18 sessions",
            "two physical therapy sessions for the knee and eight physical therapy sessions for the wrist|10|10|"
                    + "two physical therapy sessions for the knee and eight physical therapy sessions"})
    void readsTheRequest(String text, int min, int max, String span) {
        Match<SessionRange> m = RequestedSessions.find(text).orElseThrow();
        assertEquals(new SessionRange(min, max), m.value());
        assertEquals(span, text.substring(m.begin(), m.end()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MRI of the lumbar spine without contrast",
            "Physical therapy 6 weeks of home exercise",
            "Zanaflex 4mg dosage unknown",
            "Physical therapy evaluation"})
    void findsNoCountWhereThereIsNone(String text) {
        assertTrue(RequestedSessions.find(text).isEmpty(), text);
    }

    /** Many "and"s before a '.' between two counts took 262 s on 1 MB (quadratic); now linear. */
    @org.junit.jupiter.api.Test
    void partsJoinedByAndInLinearTime() {
        String hostile = "2 sessions " + "and ".repeat(1 << 18) + ". 3 sessions";
        Match<SessionRange> m = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(10), () -> RequestedSessions.find(hostile).orElseThrow());
        assertEquals(new SessionRange(2, 2), m.value());
        String joined = "2 sessions " + "and ".repeat(1 << 18) + "3 sessions";
        assertEquals(new SessionRange(5, 5), org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(10), () -> RequestedSessions.find(joined).orElseThrow()).value());
    }
}
