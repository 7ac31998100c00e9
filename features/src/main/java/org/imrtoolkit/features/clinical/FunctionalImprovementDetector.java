package org.imrtoolkit.features.clinical;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a sentence documents functional improvement, NegEx/ConText style: a mention of
 * improvement (a target) is negated by a trigger before or after it within its scope, which ends at
 * a termination term ("but", "however") or the sentence end; a pseudo-negation ("no benefit
 * beyond") is not a trigger; a hypothetical or conditional context ("as long as", "unless",
 * "should be documented") or a guideline's general statement makes the mention say nothing of the
 * patient. Triggers and targets are read from {@code functional-improvement.rules}.
 *
 * <p>A sentence is {@code not_documented} when any mention in it is negated (an explicit statement
 * that there was none), else {@code documented} when any mention is affirmed, else {@code unknown}.
 * Thread-safe.
 */
public final class FunctionalImprovementDetector {

    /** How far a trigger reaches, in words, before and after its target. */
    private static final int PRE_SCOPE_WORDS = 20;
    private static final int POST_SCOPE_WORDS = 12;

    private final Pattern target;
    private final Pattern preNegation;
    private final Pattern postNegation;
    private final Pattern omission;
    private final Pattern pseudoNegation;
    private final Pattern preHypothetical;
    private final Pattern postHypothetical;
    private final ContextScope scope;
    private final Pattern generic;
    private final Pattern patient;

    public FunctionalImprovementDetector() {
        RuleSet rules = RuleSet.load(FunctionalImprovementDetector.class, "functional-improvement.rules");
        target = rules.section("target");
        preNegation = rules.section("pre-negation");
        postNegation = rules.section("post-negation");
        omission = rules.section("omission");
        pseudoNegation = rules.section("pseudo-negation");
        preHypothetical = rules.section("pre-hypothetical");
        postHypothetical = rules.section("post-hypothetical");
        scope = new ContextScope(rules.section("termination"), PRE_SCOPE_WORDS, POST_SCOPE_WORDS);
        generic = rules.section("generic");
        patient = rules.section("patient");
    }

    /** The sentence's label with the span (within the sentence) of the mention that decided it. */
    public Match<FunctionalImprovement> classify(String sentence) {
        Match<FunctionalImprovement> none = new Match<>(FunctionalImprovement.UNKNOWN, 0, 0);
        if (!mayMention(sentence)) {
            return none;
        }
        Matcher t = target.matcher(sentence);
        if (!t.find()) {
            return none;
        }
        List<int[]> pseudo = ContextScope.spans(pseudoNegation, sentence);
        boolean general = generic.matcher(sentence).find() && !patient.matcher(sentence).find();
        Match<FunctionalImprovement> documented = null;
        t.reset();
        while (t.find()) {
            FunctionalImprovement label = mention(sentence, t.start(), t.end(), pseudo, general);
            if (label == FunctionalImprovement.NOT_DOCUMENTED) {
                return new Match<>(label, t.start(), t.end());
            }
            if (label == FunctionalImprovement.DOCUMENTED && documented == null) {
                documented = new Match<>(label, t.start(), t.end());
            }
        }
        return documented != null ? documented : none;
    }

    /**
     * Every target holds one of these stems; most sentences of a summary hold none, and this test
     * spares them the regular expressions (they were a third of prediction time).
     */
    private static boolean mayMention(String sentence) {
        String s = sentence.toLowerCase(java.util.Locale.ROOT);
        for (String stem : TARGET_STEMS) {
            if (s.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> TARGET_STEMS = List.of("improv", "benefit", "relief", "gain", "function",
            "help", "better", "progress", "restor", "objective");

    private FunctionalImprovement mention(String s, int begin, int end, List<int[]> pseudo, boolean general) {
        // "..., which is not demonstrated in this case" states a fact whatever condition came before;
        // a negation before the mention ("if there is no improvement") is only as real as its condition.
        if (scope.triggerAfter(postNegation, s, end) || scope.triggerBefore(omission, s, begin, List.of())) {
            return FunctionalImprovement.NOT_DOCUMENTED;
        }
        if (scope.triggerBefore(preHypothetical, s, begin, List.of()) || scope.triggerAfter(postHypothetical, s, end)) {
            return FunctionalImprovement.UNKNOWN;
        }
        if (scope.triggerBefore(preNegation, s, begin, pseudo)) {
            return FunctionalImprovement.NOT_DOCUMENTED;
        }
        return general ? FunctionalImprovement.UNKNOWN : FunctionalImprovement.DOCUMENTED;
    }
}
