package org.imrtoolkit.features.clinical;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * The reason vocabulary of {@code reasons.rules}, shared by the reasons a rationale gives and the
 * reasons the case summary reports for the utilization review's decision. {@link #reasons} finds the
 * shared reasons in one sentence; {@link #section} gives the sections one text alone uses
 * ({@code rationale:...}, {@code summary:...}). Thread-safe.
 */
public final class ReasonRules {

    /** The reasons, by label, in the order the reports list them. */
    public static final List<String> REASONS = Arrays.stream(DenialReason.values()).map(DenialReason::label).toList();

    private static final String NOT_RECOMMENDED = "not_recommended";
    private static final String CRITERIA_NOT_MET = "criteria_not_met";
    private static final String NO_FUNCTIONAL_IMPROVEMENT = "no_functional_improvement";
    private static final String REQUEST_INCOMPLETE = "request_incomplete";
    private static final String EXCEEDS_GUIDELINE_LIMIT = "exceeds_guideline_limit";

    /** "No improvement to the shoulder pain" is history of a symptom; a reason speaks of treatment or function. */
    private static final Pattern ABOUT_TREATMENT = Pattern.compile(
            "\\b(?:function\\w*|therap\\w*|treatment\\w*|sessions?|visits?|medications?|use|usage|prior|previous)\\b",
            Pattern.CASE_INSENSITIVE);

    private final RuleSet rules = RuleSet.load(ReasonRules.class, "reasons.rules");
    private final Map<String, Pattern> reasons = new LinkedHashMap<>();
    private final Pattern unmet = rules.section("criteria_not_met:unmet");
    private final Pattern summaryUnmet = rules.section("summary:criteria_not_met:unmet");
    private final Pattern conclusion = rules.section("conclusion");
    private final Pattern history = rules.section("criteria_not_met:history");
    private final Pattern noRationale = rules.section("request_incomplete:rationale");
    private final Pattern general = rules.section("general");
    private final Pattern applied = rules.section("applied");
    private final FunctionalImprovementDetector improvement = new FunctionalImprovementDetector();

    /** Expressions of a reason read in the UR's account only ({@code [summary:<reason>]}). */
    private final Map<String, Pattern> summaryOnly = new LinkedHashMap<>();

    public ReasonRules() {
        for (String reason : REASONS) {
            reasons.put(reason, rules.section(reason));
            if (rules.has("summary:" + reason)) {
                summaryOnly.put(reason, rules.section("summary:" + reason));
            }
        }
    }

    /** A section one text alone uses, such as {@code rationale:history} or {@code summary:ur-cause}. */
    public Pattern section(String name) {
        return rules.section(name);
    }

    /** Whether a section may match the text; see {@link RuleSet#mayMatch}. */
    boolean mayMatch(String name, String lowerText) {
        return rules.mayMatch(name, lowerText);
    }

    /**
     * The reasons one sentence of a rationale gives, each with the span (within the sentence) that
     * gave it. A sentence that only quotes a guideline's general text gives none but not_recommended.
     */
    public Map<String, Match<String>> reasons(String sentence) {
        boolean quote = general.matcher(sentence).find() && !applied.matcher(sentence).find();
        return find(sentence, quote, Set.of());
    }

    /**
     * The reasons a text that is about this request by construction gives: the cause the summary
     * reports for the utilization review's decision ("... due to a lack of red flags").
     */
    public Map<String, Match<String>> reasonsApplied(String text) {
        Map<String, Match<String>> summary = new LinkedHashMap<>();
        summaryOnly.forEach((reason, pattern) -> {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                summary.put(reason, new Match<>(reason, m.start(), m.end()));
            }
        });
        // The summary's own expressions count as more specific reasons before criteria_not_met's last
        // resort is tried ("denied due to a lack of documentation of any previous nonprescription
        // medications" is no conservative care trial, not an unmet indication as well).
        Map<String, Match<String>> found = find(text, false, summary.keySet());
        summary.forEach(found::putIfAbsent);
        // The UR's cause says why by construction: "due to a lack of neuropathic pain" is an unmet
        // indication where no more specific reason fits, words a rationale also uses for history.
        if (lastResort(found)) {
            Matcher m = summaryUnmet.matcher(blank(text, conclusion));
            if (m.find()) {
                found.put(CRITERIA_NOT_MET, new Match<>(CRITERIA_NOT_MET, m.start(), m.end()));
            }
        }
        return found;
    }

    /** @param alsoFound reasons found by other expressions, which count against the last resort */
    private Map<String, Match<String>> find(String text, boolean quote, Set<String> alsoFound) {
        Map<String, Match<String>> found = new LinkedHashMap<>();
        reasons.forEach((reason, pattern) -> {
            if (quote && !reason.equals(NOT_RECOMMENDED)) {
                return;
            }
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                found.put(reason, new Match<>(reason, m.start(), m.end()));
            }
        });
        if (quote) {
            return found;
        }
        if (!found.containsKey(REQUEST_INCOMPLETE) && !found.containsKey(EXCEEDS_GUIDELINE_LIMIT)) {
            Matcher m = noRationale.matcher(text);
            if (m.find()) {
                found.put(REQUEST_INCOMPLETE, new Match<>(REQUEST_INCOMPLETE, m.start(), m.end()));
            }
        }
        if (!found.containsKey(NO_FUNCTIONAL_IMPROVEMENT) && ABOUT_TREATMENT.matcher(text).find()) {
            Match<FunctionalImprovement> fi = improvement.classify(text);
            if (fi.value() == FunctionalImprovement.NOT_DOCUMENTED) {
                found.put(NO_FUNCTIONAL_IMPROVEMENT, new Match<>(NO_FUNCTIONAL_IMPROVEMENT, fi.begin(), fi.end()));
            }
        }
        // Criteria not met is the reason of last resort: an indication the records do not document,
        // where the sentence names no more specific reason.
        if (lastResort(found) && alsoFound.stream().allMatch(NOT_RECOMMENDED::equals) && !history.matcher(text).find()) {
            Matcher m = unmet.matcher(blank(text, conclusion));
            if (m.find()) {
                found.put(CRITERIA_NOT_MET, new Match<>(CRITERIA_NOT_MET, m.start(), m.end()));
            }
        }
        return found;
    }

    /** Whether the reasons found leave room for criteria_not_met: none more specific than not_recommended. */
    private static boolean lastResort(Map<String, Match<String>> found) {
        return found.keySet().stream().allMatch(r -> r.equals(NOT_RECOMMENDED));
    }

    /** The text with each match of {@code p} blanked out, offsets kept. */
    private static String blank(String text, Pattern p) {
        StringBuilder s = new StringBuilder(text);
        Matcher m = p.matcher(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                s.setCharAt(i, ' ');
            }
        }
        return s.toString();
    }
}
