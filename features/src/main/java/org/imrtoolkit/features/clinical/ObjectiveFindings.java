package org.imrtoolkit.features.clinical;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.imrtoolkit.core.nlp.Sentence;

/**
 * The objective findings a summary documents (fracture, full-thickness tear, locking, instability,
 * neurological deficit, red flags), ConText style with the triggers of
 * {@code objective-findings.rules}: a mention counts when no negation ("no fracture", "denied
 * weakness", "fracture was ruled out") and no hypothetical ("rule out tear", "possible tear",
 * "suspicious for") reaches it, and its sentence is not a guideline's general statement. A finding in
 * a sentence that names only body regions other than the item's is another body part's, and does
 * not count for the item; a neurological deficit is also its limb's spine's (an arm's the cervical
 * spine's, a leg's the lumbar spine's). Thread-safe.
 */
public final class ObjectiveFindings {

    /**
     * As for functional improvement: a negation reaches down a list ("lack of documented evidence of
     * failure of conservative treatment, red flag conditions, surgical indication, as well as focal
     * neurologic deficits").
     */
    private static final int PRE_SCOPE_WORDS = 20;
    private static final int POST_SCOPE_WORDS = 6;

    private final RuleSet rules = RuleSet.load(ObjectiveFindings.class, "objective-findings.rules");
    private final Map<FindingKind, Pattern> kinds = new EnumMap<>(FindingKind.class);
    private final Pattern preNegation;
    private final Pattern postNegation;
    private final Pattern hypothetical;
    private final Pattern postHypothetical;
    private final Pattern pseudoNegation;
    private final Pattern generic;
    private final Pattern patient;
    private final Pattern upperLimb;
    private final Pattern lowerLimb;
    private final ContextScope scope;
    private final BodyRegions regions;

    public ObjectiveFindings(BodyRegions regions) {
        for (FindingKind kind : FindingKind.values()) {
            kinds.put(kind, rules.section(kind.label()));
        }
        preNegation = rules.section("pre-negation");
        postNegation = rules.section("post-negation");
        hypothetical = rules.section("hypothetical");
        postHypothetical = rules.section("post-hypothetical");
        pseudoNegation = rules.section("pseudo-negation");
        generic = rules.section("generic");
        patient = rules.section("patient");
        upperLimb = rules.section("neurological_deficit:cervical");
        lowerLimb = rules.section("neurological_deficit:lumbar");
        scope = new ContextScope(rules.section("termination"), PRE_SCOPE_WORDS, POST_SCOPE_WORDS);
        this.regions = regions;
    }

    /**
     * Each kind of finding the summary affirms for an item of these body regions (any region when
     * the item names none), with its first affirmed mention, in {@link FindingKind}'s order.
     */
    public Map<FindingKind, Match<FindingKind>> find(TextUnit summary, Set<BodyRegion> itemRegions) {
        return find(read(summary), itemRegions);
    }

    /**
     * What the summary's sentences affirm, whatever the item: all the items of a letter share it, so
     * a letter reads its summary once and {@link #find(Reading, Set)} only picks the sentences of
     * each item's body regions.
     */
    public Reading read(TextUnit summary) {
        List<SentenceFindings> sentences = new ArrayList<>();
        for (Sentence s : summary.sentences()) {
            String text = s.text(summary.text());
            // The kinds first: most sentences name none, and then neither the guideline test nor the
            // body regions can change what the sentence gives (nothing).
            Map<FindingKind, Match<FindingKind>> affirmed = null;
            List<int[]> pseudo = null;
            String lower = RequiredWords.lower(text);
            for (FindingKind kind : FindingKind.values()) {
                if (!rules.mayMatch(kind.label(), lower)) {
                    continue;
                }
                Matcher m = kinds.get(kind).matcher(text);
                while (m.find()) {
                    if (pseudo == null) {
                        pseudo = ContextScope.spans(pseudoNegation, text);
                    }
                    if (affirmed(text, m.start(), m.end(), pseudo)) {
                        if (affirmed == null) {
                            affirmed = new EnumMap<>(FindingKind.class);
                        }
                        affirmed.put(kind, new Match<>(kind, s.begin() + m.start(), s.begin() + m.end()));
                        break;
                    }
                }
            }
            if (affirmed == null || generic.matcher(text).find() && !patient.matcher(text).find()) {
                continue;
            }
            Set<BodyRegion> named = regions.in(text);
            // A deficit of a limb is its spine's: "4/5 in the bilateral lower extremities" is the
            // lumbar spine's, not a hip's or the neck's.
            Set<BodyRegion> neurological = EnumSet.noneOf(BodyRegion.class);
            neurological.addAll(named);
            if (affirmed.containsKey(FindingKind.NEUROLOGICAL_DEFICIT)) {
                if (upperLimb.matcher(text).find()) {
                    neurological.add(BodyRegion.CERVICAL);
                }
                if (lowerLimb.matcher(text).find()) {
                    neurological.add(BodyRegion.LUMBAR);
                }
            }
            sentences.add(new SentenceFindings(named, neurological, affirmed));
        }
        return new Reading(sentences);
    }

    /** The findings of {@link #read} for an item of these body regions (any when it names none). */
    public Map<FindingKind, Match<FindingKind>> find(Reading summary, Set<BodyRegion> itemRegions) {
        Map<FindingKind, Match<FindingKind>> found = new EnumMap<>(FindingKind.class);
        for (SentenceFindings s : summary.sentences()) {
            s.affirmed().forEach((kind, m) -> {
                Set<BodyRegion> where = kind == FindingKind.NEUROLOGICAL_DEFICIT ? s.neurologicalRegions() : s.regions();
                if (!otherRegion(where, itemRegions)) {
                    found.putIfAbsent(kind, m);
                }
            });
        }
        return found;
    }

    /**
     * A summary's sentences that affirm some finding and are no guideline's general statement, in
     * order, each with the body regions it names.
     */
    public record Reading(List<SentenceFindings> sentences) {
        public Reading {
            sentences = List.copyOf(sentences);
        }
    }

    /**
     * One sentence's body regions, the regions a neurological deficit of it is read for (its own and
     * the spine its limb words point to), and the first affirmed mention of each kind it affirms.
     */
    public record SentenceFindings(Set<BodyRegion> regions, Set<BodyRegion> neurologicalRegions,
                                   Map<FindingKind, Match<FindingKind>> affirmed) {
        public SentenceFindings {
            regions = Set.copyOf(regions);
            neurologicalRegions = Set.copyOf(neurologicalRegions);
            affirmed = java.util.Collections.unmodifiableMap(new EnumMap<>(affirmed));
        }
    }

    /** Whether one mention is affirmed: neither negated nor hypothetical. */
    boolean affirmed(String sentence, int begin, int end, List<int[]> pseudo) {
        return !scope.triggerBefore(preNegation, sentence, begin, pseudo)
                && !scope.triggerAfter(postNegation, sentence, end)
                && !scope.triggerBefore(hypothetical, sentence, begin, List.of())
                && !scope.triggerAfter(postHypothetical, sentence, end);
    }

    /** The kinds one sentence affirms, whatever the body region: for tests and for rule writers. */
    public List<FindingKind> inSentence(String sentence) {
        List<FindingKind> found = new ArrayList<>();
        TextUnit unit = new TextUnit("summary", sentence, List.of(new Sentence(0, 0, sentence.length(), List.of())));
        found.addAll(find(unit, Set.of()).keySet());
        return found;
    }

    private static boolean otherRegion(Set<BodyRegion> named, Set<BodyRegion> itemRegions) {
        if (itemRegions.isEmpty()) {
            return false;
        }
        return !named.isEmpty() && named.stream().noneMatch(itemRegions::contains);
    }
}
