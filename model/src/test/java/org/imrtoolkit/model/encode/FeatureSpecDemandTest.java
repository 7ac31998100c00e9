package org.imrtoolkit.model.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.imrtoolkit.features.Demand;
import org.imrtoolkit.features.FeatureGroup;
import org.imrtoolkit.model.ModelFile;
import org.junit.jupiter.api.Test;

/** What a model reads of a case, from its feature spec: what {@code imr predict} computes for it. */
class FeatureSpecDemandTest {

    @Test
    void theShippedModelReadsTheUrAccountAndTheSignalsWithWhatTheyRead() throws Exception {
        Path model = Path.of("").toAbsolutePath().resolveSibling("models").resolve("default.imrmodel");
        assertTrue(Files.isRegularFile(model), "the shipped model at " + model);
        Demand d = new ModelFile().read(model).manifest().featureSpec().demand();
        // ur_signals: the UR account, and the signals with the treatment, sessions, body regions and
        // diagnosis group (and so surgery) they read; never prior visits, improvement, work status, terms.
        assertEquals(EnumSet.of(FeatureGroup.UR_ACCOUNT, FeatureGroup.SIGNALS, FeatureGroup.TREATMENT,
                FeatureGroup.REQUESTED_SESSIONS, FeatureGroup.BODY_REGIONS, FeatureGroup.DIAGNOSIS_GROUP,
                FeatureGroup.SURGERY), d.groups());
        assertFalse(d.lemmas());
    }

    @Test
    void namedInputsDemandTheirGroupsWithWhatTheyRead() {
        FeatureSpec spec = new FeatureSpec(FeatureSet.CLINICAL_CORE, List.of("requested_sessions_missing",
                "exceeds_guideline=true"), List.of(), List.of(), List.of(), 2);
        assertEquals(EnumSet.of(FeatureGroup.TREATMENT, FeatureGroup.REQUESTED_SESSIONS, FeatureGroup.PRIOR_VISITS,
                FeatureGroup.FUNCTIONAL_IMPROVEMENT, FeatureGroup.SURGERY, FeatureGroup.DIAGNOSIS_GROUP,
                FeatureGroup.GUIDELINE), spec.demand().groups());
    }

    @Test
    void termsDemandTheLexicalGroupAndUnknownInputsEverything() {
        FeatureSpec lexical = new FeatureSpec(FeatureSet.LEXICAL, List.of(), List.of(), List.of("therapy"),
                List.of(1.0), 2);
        assertEquals(EnumSet.of(FeatureGroup.LEXICAL), lexical.demand().groups());
        FeatureSpec unknown = new FeatureSpec(FeatureSet.CLINICAL, List.of("no_such_feature"), List.of(), List.of(),
                List.of(), 2);
        assertEquals(Demand.ALL, unknown.demand());
    }
}
