package org.imrtoolkit.features.io;

import java.io.IOException;
import java.io.Writer;

import org.imrtoolkit.features.Evidence;
import org.imrtoolkit.features.clinical.ClinicalFeatures;

/**
 * Writes each feature's evidence as one JSON object per line:
 * {@code {"id":..,"feature":..,"value":..,"source":..,"sentence":..,"begin":..,"end":..}}.
 * Offsets are into the source text (the item or the summary).
 */
public final class EvidenceJsonl {

    private final Writer out;

    public EvidenceJsonl(Writer out) {
        this.out = out;
    }

    public void write(ClinicalFeatures features) throws IOException {
        for (Evidence e : features.evidence()) {
            out.write("{\"id\":" + Json.string(features.id())
                    + ",\"feature\":" + Json.string(e.feature())
                    + ",\"value\":" + Json.string(e.value())
                    + ",\"source\":" + Json.string(e.source())
                    + ",\"sentence\":" + Json.string(e.sentence())
                    + ",\"begin\":" + e.begin()
                    + ",\"end\":" + e.end() + "}\n");
        }
    }
}
