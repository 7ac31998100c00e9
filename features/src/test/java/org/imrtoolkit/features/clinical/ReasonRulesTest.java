package org.imrtoolkit.features.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shared reason vocabulary on single rationale sentences written in the manner of the letters. */
class ReasonRulesTest {

    private static final ReasonRules RULES = new ReasonRules();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The requested 12 sessions are in excess of the guideline recommendation.                                | exceeds_guideline_limit
            The request for 18 visits goes beyond the guideline recommendation for this condition.                  | exceeds_guideline_limit
            Sessions should not exceed 18 visits.                                                                   | -
            When treatment duration and/or number of visits exceeds the guideline, exceptional factors should be noted. | -
            The maximum daily dose should not exceed 4 grams per day according to the guidelines.                    | -
            Myalgia and myositis, unspecified (ICD9 729.1): 9-10 visits over 8 weeks per the MTUS guidelines.        | -
            There is no clinical rationale provided by the physician as to the medical necessity for this request.  | request_incomplete
            Moreover, the request failed to provide quantity.                                                       | request_incomplete
            There is no documented response to conservative care.                                                   | no_conservative_care_trial
            There is no evidence of progress in objective function with the prior sessions.                         | no_functional_improvement
            There was a lack of documentation with quantified evidence of pain relief and increased function with prior use. | no_functional_improvement
            Physical exam revealed no evidence of acute muscle spasms.                                              | criteria_not_met
            There was no indication that the patient was intolerant to oral medication.                             | criteria_not_met
            There is no evidence of red flags for serious spinal pathology to warrant the requested imaging.        | no_red_flags
            There was a lack of documentation indicating that the patient was a candidate for surgery.              | no_red_flags
            Therefore, the request is not medically necessary.                                                      | -
            Medical necessity for continued treatment was not provided.                                             | -
            The medical reports provided do not show the patient has received prior physical therapy for the lumbar spine. | -
            Thermography is not recommended.                                                                        | not_recommended
            """)
    void sentence(String sentence, String expected) {
        Set<String> want = expected.equals("-") ? Set.of() : Set.of(expected.split(","));
        assertEquals(want, RULES.reasons(sentence).keySet(), sentence);
    }
}
