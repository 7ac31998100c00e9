package org.imrtoolkit.model.encode;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which blocks of inputs a model uses; lets a user measure what each block adds. The named clinical
 * features come in three blocks (see {@link NamedFeatures#block}): those with a clinical or
 * procedural rationale, the utilization review's account, and descriptive ones (sex, age, body
 * regions, work status, diagnosis group, the "not stated" indicators of sessions and visits) that
 * carry no medical-necessity content and that a claims analyst would not accept as a reason.
 * Categorical columns of CSV inputs are used by every set.
 */
public enum FeatureSet {
    /** Every input: descriptive, clinical, UR account and lexical terms. */
    ALL(Block.DESCRIPTIVE, Block.CLINICAL, Block.UR, Block.LEXICAL),
    /** All named features (descriptive, clinical, UR account), no terms. */
    CLINICAL(Block.DESCRIPTIVE, Block.CLINICAL, Block.UR),
    /** Lexical terms only: the TF-IDF baseline. */
    LEXICAL(Block.LEXICAL),
    /**
     * Every input a claims analyst would accept as a reason: clinical features, the UR's decision
     * and reasons, and the lexical terms; no descriptive features.
     */
    ANALYST(Block.CLINICAL, Block.UR, Block.LEXICAL),
    /** The analyst's named inputs without terms: clinical features and the UR account. */
    REASONS(Block.CLINICAL, Block.UR),
    /** Clinical features only. */
    CLINICAL_CORE(Block.CLINICAL),
    /** Clinical and descriptive features, without the UR account (the named features before it existed). */
    CLINICAL_DESCRIPTIVE(Block.DESCRIPTIVE, Block.CLINICAL),
    /** The UR account only. */
    UR(Block.UR),
    /** The UR account and lexical terms. */
    UR_LEXICAL(Block.UR, Block.LEXICAL),
    /** The overturn signals of issue 18 only: surgery request, objective findings, first trial. */
    SIGNALS(Block.SIGNALS),
    /** The UR account and the overturn signals: every input of the two is a reason an analyst reads. */
    UR_SIGNALS(Block.UR, Block.SIGNALS),
    /** {@link #REASONS} with the overturn signals. */
    REASONS_SIGNALS(Block.CLINICAL, Block.UR, Block.SIGNALS),
    /** {@link #ANALYST} with the overturn signals. */
    ANALYST_SIGNALS(Block.CLINICAL, Block.UR, Block.SIGNALS, Block.LEXICAL);

    /** A block of inputs. */
    public enum Block {
        /** Descriptive named features: no medical-necessity content. */
        DESCRIPTIVE,
        /** Named features with a clinical or procedural rationale. */
        CLINICAL,
        /** What the summary says the utilization review decided, and why. */
        UR,
        /** Lemma uni- and bigrams of the summary and the item. */
        LEXICAL,
        /**
         * The signals that decide overturns (issue 18): the item goes with a surgery requested now,
         * the objective findings documented, a first trial within the guideline. A block of its own,
         * so that the sets above, and every model trained on them, read what they read before.
         */
        SIGNALS
    }

    private final Set<Block> blocks;

    FeatureSet(Block first, Block... rest) {
        this.blocks = EnumSet.of(first, rest);
    }

    /** Whether any named clinical feature is used. */
    public boolean clinical() {
        return blocks.contains(Block.DESCRIPTIVE) || blocks.contains(Block.CLINICAL) || blocks.contains(Block.UR)
                || blocks.contains(Block.SIGNALS);
    }

    public boolean lexical() {
        return blocks.contains(Block.LEXICAL);
    }

    /** Whether the set uses a named input of this block. */
    public boolean uses(Block block) {
        return blocks.contains(block);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
