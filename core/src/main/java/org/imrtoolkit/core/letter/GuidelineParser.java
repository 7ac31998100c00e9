package org.imrtoolkit.core.letter;

import org.imrtoolkit.core.budget.TimeBudget;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a guideline citation: its source, section and pages. The source is that of the first
 * "Decision based on" clause, since a letter names its main guideline first and adds others after.
 */
final class GuidelineParser {

    private static final Pattern CLAUSE = Pattern.compile(
            "Decision based on\\s+(.+?)(?=Decision based on|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGES = Pattern.compile(
            "Page\\s*\\(?s?\\)?\\s*:\\s*(?:\\(s\\)\\s*)?([0-9][0-9 ,\\-&and]*[0-9])", Pattern.CASE_INSENSITIVE);
    private static final Pattern SECTIONS = Pattern.compile(
            "Section\\s*\\(?s?\\)?\\s*:\\s*([^.;]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile(
            "^(?:Non-MTUS Citation\\s+)?(?:California\\s+|CA\\s+)?(?:MTUS\\s+)?(?:ACOEM\\s+)?(.+?)"
                    + "\\s*(?:,?\\s*Page\\s*\\(?s?\\)?\\s*:.*|,?\\s*Section\\s*\\(?s?\\)?\\s*:.*|\\.)?$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern BOOK = Pattern.compile(
            "^(?:2009\\s+|2016\\s+)?Chronic Pain (?:Medical )?Treatment(?:\\s+Guidelines)?+(?:,?\\s*(?:2009|2016))?+\\s+",
            Pattern.CASE_INSENSITIVE);

    private GuidelineParser() {
    }

    static Guideline parse(String text) {
        if (text.isBlank()) {
            return Guideline.ABSENT;
        }
        Matcher clause = CLAUSE.matcher(TimeBudget.guard(text));
        String main = clause.find() ? clause.group(1).strip() : text.strip();
        return new Guideline(text.strip(), source(main), section(main), pages(main));
    }

    static GuidelineSource source(String clause) {
        String c = clause.toUpperCase(java.util.Locale.ROOT);
        if (c.contains("ACOEM") || c.contains("AMERICAN COLLEGE OF OCCUPATIONAL")) {
            return GuidelineSource.ACOEM;
        }
        if (c.contains("ODG") || c.contains("OFFICIAL DISABILITY")) {
            return GuidelineSource.ODG;
        }
        if (c.contains("NON-MTUS")) {
            return GuidelineSource.OTHER;
        }
        if (c.contains("MTUS") || c.contains("MEDICAL TREATMENT UTILIZATION")) {
            return GuidelineSource.MTUS;
        }
        return GuidelineSource.OTHER;
    }

    private static String section(String clause) {
        Matcher sections = SECTIONS.matcher(TimeBudget.guard(clause));
        if (sections.find()) {
            return sections.group(1).strip();
        }
        Matcher title = TITLE.matcher(TimeBudget.guard(clause));
        if (!title.matches() || title.group(1) == null) {
            return "";
        }
        // "Chronic Pain Treatment Guidelines Physical Medicine": the section is what follows the title.
        String section = title.group(1).strip();
        Matcher book = BOOK.matcher(TimeBudget.guard(section));
        return book.find() && book.end() < section.length() ? section.substring(book.end()).strip() : section;
    }

    /**
     * The guideline with the pages its reviewer cites in the rationale ("... Chronic Pain Medical
     * Treatment Guidelines, page 99, ...") when its own citation gives none: the letters' MAXIMUS
     * guideline line names a section and seldom a page, and the rationale gives the page instead.
     */
    static Guideline withRationalePages(Guideline guideline, String rationale) {
        if (guideline.text().isEmpty() || !guideline.pages().isEmpty()) {
            return guideline;
        }
        Matcher m = RATIONALE_PAGES.matcher(TimeBudget.guard(rationale));
        java.util.Set<String> pages = new java.util.LinkedHashSet<>();
        while (m.find()) {
            pages.add(m.group(1).replaceAll("\\s+", "").strip());
        }
        return pages.isEmpty() ? guideline
                : new Guideline(guideline.text(), guideline.source(), guideline.section(), String.join(", ", pages));
    }

    private static final Pattern RATIONALE_PAGES = Pattern.compile(
            "\\b(?:pages?|pg\\.?|pp\\.)\\s*(\\d{1,4}(?:\\s*-\\s*\\d{1,4})?)\\b", Pattern.CASE_INSENSITIVE);

    private static String pages(String clause) {
        Matcher pages = PAGES.matcher(TimeBudget.guard(clause));
        return pages.find() ? pages.group(1).replaceAll("\\s+", " ").strip() : "";
    }
}
