package org.imrtoolkit.features.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriorVisitsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A physical therapy noted dated 6-10-15 indicates this date is visit number 20.|20",
            "Treatment to date has included physical therapy at least 4 visits for the left knee.|4",
            "The patient has completed 24 sessions of physical therapy.|24",
            "She had 12 prior PT sessions with little change.|12",
            "He has had 18 visits to date.|18",
            "Treatments to date include activity modification and at least five (5) physical therapy sessions.|5",
            "Treatment to date has included medication: Naprosyn; 6 PT (physical therapy) sessions.|6",
            "The record indicated there were four (4) physical therapy sessions completed. She has had 12 visits.|12"})
    void readsTheLargestPriorCount(String text, int expected) {
        assertEquals(expected, PriorVisits.find(text).orElseThrow().value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The request for authorization requested 12 sessions of physical therapy.",
            "Utilization review modified the request to 6 sessions.",
            "The treatment plan included 6 sessions of physiotherapy.",
            "The patient had previously been approved for 6 sessions of manipulative therapy.",
            "She is to attend physical therapy 2 times a week for 6 weeks."})
    void requestedOrApprovedCoursesAreNotPriorVisits(String text) {
        assertTrue(PriorVisits.find(text).isEmpty(), text);
    }
}
