package org.imrtoolkit.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * Which build of the toolkit trained a model, and from which rule files its features came: the
 * {@code provenance} object of {@code manifest.json}. A model whose rule files differ from the
 * running toolkit's reads its inputs with other rules than it was trained with.
 *
 * @param buildCommit the git commit the toolkit was built from ("unknown" outside git; "-dirty" when
 *                    the working tree had changes)
 * @param ruleFiles   the SHA-256 of each rule and word-list file of the features, by its path under
 *                    {@code org/imrtoolkit/features/}
 */
public record BuildProvenance(String buildCommit, Map<String, String> ruleFiles) {

    public BuildProvenance {
        buildCommit = buildCommit == null || buildCommit.isBlank() ? BuildInfo.UNKNOWN : buildCommit;
        ruleFiles = ruleFiles == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(ruleFiles));
    }

    /** The running toolkit's. */
    public static BuildProvenance current() {
        return new BuildProvenance(BuildInfo.commit(), RuleFiles.digests());
    }

    /**
     * The rule files whose SHA-256 differs between a model and the running toolkit (changed, added or
     * removed), by name; empty when they agree.
     */
    public java.util.List<String> changedRuleFiles(BuildProvenance running) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(ruleFiles.keySet());
        names.addAll(running.ruleFiles().keySet());
        return names.stream().filter(n -> !java.util.Objects.equals(ruleFiles.get(n), running.ruleFiles().get(n))).toList();
    }
}
