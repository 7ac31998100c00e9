package org.imrtoolkit.features;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a command or a model reads of a case: the {@link FeatureGroup}s to compute, with the groups
 * they read first. Feature extraction computes a group only when it is demanded and annotates only
 * the text a demanded group reads; a feature that is not demanded keeps its "not stated" value
 * (null, false, unknown, none) and has no evidence. Commands that write every feature demand
 * {@link #ALL} (or {@link #CLINICAL}).
 *
 * @param groups the groups to compute, closed under {@link FeatureGroup#requires()}
 */
public record Demand(Set<FeatureGroup> groups) {

    /** Every group, the lexical terms included. */
    public static final Demand ALL = new Demand(EnumSet.allOf(FeatureGroup.class));

    /** Every named feature, no lexical terms: what {@code imr features} writes. */
    public static final Demand CLINICAL = new Demand(EnumSet.complementOf(EnumSet.of(FeatureGroup.LEXICAL)));

    /** Nothing: the start of a demand built up with {@link #with}. */
    public static final Demand NONE = new Demand(EnumSet.noneOf(FeatureGroup.class));

    public Demand {
        groups = Collections.unmodifiableSet(closure(groups));
    }

    public static Demand of(FeatureGroup first, FeatureGroup... rest) {
        return new Demand(EnumSet.of(first, rest));
    }

    /**
     * The groups a named feature is read from, as {@code ClinicalFeatures}, the evidence and a
     * model's named inputs call it ("ur_decision", "prior_visits"). A feature no group claims
     * demands {@link #ALL}: a feature added without a group is computed, never silently skipped.
     * The visit counts are described with the guideline's limit ("requests 12 visits; the
     * guideline allows up to 10"), so they demand the guideline too.
     */
    public static Demand forFeature(String feature) {
        FeatureGroup g = FeatureGroup.of(feature);
        if (g == null) {
            return ALL;
        }
        return switch (g) {
            case REQUESTED_SESSIONS, PRIOR_VISITS -> of(g, FeatureGroup.GUIDELINE);
            default -> of(g);
        };
    }

    /** This demand and the other's. */
    public Demand with(Demand other) {
        Set<FeatureGroup> both = EnumSet.noneOf(FeatureGroup.class);
        both.addAll(groups);
        both.addAll(other.groups);
        return new Demand(both);
    }

    public boolean needs(FeatureGroup group) {
        return groups.contains(group);
    }

    /** Whether the summary must be split into sentences. */
    public boolean splitsSummary() {
        return groups.stream().anyMatch(FeatureGroup::readsSummarySentences);
    }

    /** Whether texts must be annotated with tokens and lemmas (the lexical terms), not only split. */
    public boolean lemmas() {
        return needs(FeatureGroup.LEXICAL);
    }

    private static Set<FeatureGroup> closure(Collection<FeatureGroup> demanded) {
        Set<FeatureGroup> all = EnumSet.noneOf(FeatureGroup.class);
        Deque<FeatureGroup> todo = new ArrayDeque<>(demanded);
        while (!todo.isEmpty()) {
            FeatureGroup g = todo.pop();
            if (all.add(g)) {
                todo.addAll(g.requires());
            }
        }
        return all;
    }
}
