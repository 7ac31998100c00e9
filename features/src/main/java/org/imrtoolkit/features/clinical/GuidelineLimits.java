package org.imrtoolkit.features.clinical;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.imrtoolkit.core.io.TsvResource;

/** The visit limits of {@code guideline-limits.tsv}, by diagnosis group or treatment. */
public final class GuidelineLimits {

    private final Map<String, GuidelineLimit> limits = new LinkedHashMap<>();

    public GuidelineLimits() {
        for (String[] c : TsvResource.rows(GuidelineLimits.class, "guideline-limits.tsv")) {
            limits.put(c[0], new GuidelineLimit(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]), c[3], c[4]));
        }
    }

    /**
     * The limit that applies: a treatment's own (chiropractic, acupuncture, massage), else the
     * diagnosis group's for physical and occupational therapy; none for other treatments. Where the
     * guideline allows only a trial until functional improvement is documented (chiropractic: 6
     * visits, 18 with improvement), the trial's limit applies unless improvement is documented.
     */
    public Optional<GuidelineLimit> forCase(TreatmentType type, DiagnosisGroup group, FunctionalImprovement improvement) {
        if (!type.physicalMedicine()) {
            return Optional.empty();
        }
        GuidelineLimit trial = limits.get(type.label() + "_trial");
        if (trial != null && improvement != FunctionalImprovement.DOCUMENTED) {
            return Optional.of(trial);
        }
        GuidelineLimit own = limits.get(type.label());
        if (own != null) {
            return Optional.of(own);
        }
        return Optional.ofNullable(limits.get(group.label()));
    }

    /**
     * The initial trial the guideline allows for a course of this kind: chiropractic, acupuncture and
     * massage their own; physical, occupational and aquatic therapy their diagnosis group's (none
     * after surgery, where the postsurgical guidelines apply, nor for an unknown group);
     * psychotherapy and biofeedback, for a psych item that asks for them ({@code psychKind}).
     */
    public Optional<GuidelineLimit> initialTrial(TreatmentType type, DiagnosisGroup group, String psychKind) {
        String key = switch (type) {
            case CHIROPRACTIC, ACUPUNCTURE, MASSAGE -> type.label();
            case PHYSICAL_THERAPY, OCCUPATIONAL_THERAPY, AQUATIC_THERAPY ->
                    group == DiagnosisGroup.MYALGIA || group == DiagnosisGroup.NEURALGIA ? group.label() : null;
            case PSYCH -> psychKind;
            default -> null;
        };
        return key == null ? Optional.empty() : Optional.ofNullable(limits.get("initial_" + key));
    }
}
