package org.imrtoolkit.core.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GuidelineParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Decision based on MTUS Chronic Pain Treatment Guidelines Physical Medicine Page(s): 98-99.|MTUS|Physical Medicine|98-99",
            "Decision based on MTUS Chronic Pain Treatment Guidelines Page(s): (s) 174, 98-99, 122. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Neck chapter|MTUS|Chronic Pain Treatment Guidelines|174, 98-99, 122",
            "Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 177-179.|ACOEM|Chapter 8 Neck and Upper Back Complaints|177-179",
            "Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): Physical Medicine.|MTUS|Physical Medicine|''",
            "The Claims Administrator did not base their decision on the MTUS. Decision based on Non-MTUS Citation ODG (Official Disability Guidelines); Physical Therapy Guidelines|ODG|ODG (Official Disability Guidelines); Physical Therapy Guidelines|''",
            "The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Sildenafil: Drug information, accessed from UpToDate.com on 12/17/2016.|OTHER|Sildenafil: Drug information, accessed from UpToDate.com on 12/17/2016|''"})
    void readsSourceSectionAndPages(String text, GuidelineSource source, String section, String pages) {
        Guideline g = GuidelineParser.parse(text);
        assertEquals(source, g.source());
        assertEquals(section, g.section());
        assertEquals(pages, g.pages());
        assertEquals(text, g.text());
    }
}
