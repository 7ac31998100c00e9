package org.imrtoolkit.core.letter;

import java.util.Objects;

/**
 * A guideline citation as a letter gives it ("Decision based on MTUS Chronic Pain Treatment
 * Guidelines Physical Medicine Page(s): 98-99.").
 *
 * @param text    the citation as clean text, without its "MAXIMUS guideline:" label; empty when absent
 * @param source  the guideline the first "Decision based on" clause cites
 * @param section the chapter or section named ("Physical Medicine"); empty when none
 * @param pages   the pages cited ("98-99", "174, 98-99, 122"); empty when none
 */
public record Guideline(String text, GuidelineSource source, String section, String pages) {

    public static final Guideline ABSENT = new Guideline("", GuidelineSource.NONE, "", "");

    public Guideline {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(pages, "pages");
    }
}
