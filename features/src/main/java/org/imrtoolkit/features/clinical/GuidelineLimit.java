package org.imrtoolkit.features.clinical;

/**
 * A visit limit and where it is written.
 *
 * @param key       the diagnosis group or treatment it applies to
 * @param maxVisits the most visits the guideline allows
 * @param weeks     over how many weeks
 * @param source    the guideline
 * @param pages     its pages or section
 */
public record GuidelineLimit(String key, int maxVisits, int weeks, String source, String pages) {
}
