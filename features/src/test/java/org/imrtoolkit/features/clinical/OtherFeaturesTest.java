package org.imrtoolkit.features.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OtherFeaturesTest {

    private final TreatmentClassifier treatments = new TreatmentClassifier();
    private final BodyRegions regions = new BodyRegions();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "12 sessions of physical therapy, cervical spine|PHYSICAL_THERAPY|physical therapy",
            "Additional occupational therapy 2x6 weeks|OCCUPATIONAL_THERAPY|occupational therapy",
            "Chiropractic physiotherapy treatment 6 visits|CHIROPRACTIC|Chiropractic",
            "Electro acupuncture to the low back|ACUPUNCTURE|Electro acupuncture",
            "Massage Therapy 1 time a week for 4 weeks|MASSAGE|Massage Therapy",
            "Aquatic therapy 2 times a week|AQUATIC_THERAPY|Aquatic therapy",
            "Zanaflex dosage, frequency, and quanity unknown|MEDICATION|Zanaflex",
            "Prilosec 20mg #90|MEDICATION|Prilosec",
            "Compounded cream 20%|MEDICATION|Compounded",
            "MRI of the cervical spine without contrast and with IV sedation|IMAGING|MRI",
            "Trigger point injection to the cervical spine|INJECTION|Trigger point injection",
            "Right carpal tunnel release|SURGERY|carpal tunnel release",
            "TENS unit for home use|DME|TENS",
            "Cognitive behavioral therapy 6 sessions|PSYCH|Cognitive behavioral therapy",
            "Orthopedic surgery consultation|OTHER|consultation",
            "Pre-op labs: PT/PTT|OTHER|labs"})
    void treatmentTypeAndName(String item, TreatmentType type, String name) {
        Match<TreatmentType> m = treatments.classify(item);
        assertEquals(type, m.value());
        assertEquals(name, item.substring(m.begin(), m.end()));
    }

    @Test
    void bodyRegions() {
        List<BodyRegion> found = regions.find("Additional occupational therapy low back, right shoulder, right wrist")
                .stream().map(Match::value).toList();
        assertEquals(List.of(BodyRegion.LUMBAR, BodyRegion.SHOULDER, BodyRegion.WRIST_HAND), found);
        assertEquals(List.of(BodyRegion.CERVICAL, BodyRegion.KNEE),
                regions.find("disc herniation at C3-4 and left knee surgery").stream().map(Match::value).toList());
    }

    @Test
    void workStatusIsTheLastStated() {
        assertEquals(WorkStatus.PERMANENT_AND_STATIONARY,
                WorkStatus.read("She was on modified duty. She is permanent and stationary.").value());
        assertEquals(WorkStatus.TTD, WorkStatus.read("the work status is temporary total disability").value());
        assertEquals(WorkStatus.UNKNOWN, WorkStatus.read("She complains of pain.").value());
    }

    @Test
    void surgeryDoneIsFoundAndSurgeryAskedForIsNot() {
        var done = SurgeryHistory.inSentence("Prior surgical history included anterior cervical discectomy and fusion "
                + "at C3-C4 and C5-C6 on 11/15/2013.", 0).orElseThrow();
        assertEquals(LocalDate.of(2013, 11, 15), done.date());
        assertTrue(SurgeryHistory.inSentence("He is a candidate for a lumbar fusion.", 0).isEmpty());
        assertTrue(SurgeryHistory.inSentence("The request for right knee arthroscopy was denied.", 0).isEmpty());
    }

    @Test
    void diagnosisGroups() {
        assertEquals(DiagnosisGroup.NEURALGIA, DiagnosisGroup.of("cervical radiculopathy", false, null).value());
        assertEquals(DiagnosisGroup.MYALGIA, DiagnosisGroup.of("lumbar strain", false, null).value());
        assertEquals(DiagnosisGroup.POST_SURGICAL, DiagnosisGroup.of("lumbar strain", true, 3).value());
        assertEquals(DiagnosisGroup.MYALGIA, DiagnosisGroup.of("lumbar strain", true, 9).value());
    }
}
