package org.imrtoolkit.app;

import org.imrtoolkit.model.BuildProvenance;
import org.imrtoolkit.model.ModelManifest;

/**
 * Whether a model's features were read with the rules the running toolkit reads them with. When a
 * rule file changed since training, the model still runs (its inputs keep their names), but an input
 * may now mean more or less than it did: one line says so, and the run goes on.
 */
final class RuleFileCheck {

    private RuleFileCheck() {
    }

    /** @param running the running toolkit's provenance, computed once per job (it hashes every rule file) */
    static void warn(ModelManifest m, BuildProvenance running, Context context) {
        if (m.provenance() == null || m.provenance().ruleFiles().isEmpty()) {
            return; // an older model file: model-info's card says its rule files are not recorded
        }
        var changed = m.provenance().changedRuleFiles(running);
        if (!changed.isEmpty()) {
            context.message(org.imrtoolkit.core.io.Messages.escape("warning: the model was trained with other rule files than this toolkit's ("
                    + String.join(", ", changed) + " changed); its inputs are now read with the new rules, "
                    + "so retrain it to be sure of its figures"));
        }
    }
}
