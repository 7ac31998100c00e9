package org.imrtoolkit.features.io;

import java.io.IOException;
import java.io.Writer;

import org.imrtoolkit.features.Evidence;
import org.imrtoolkit.features.clinical.ClinicalFeatures;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes each feature's evidence as one JSON object per line:
 * {@code {"id":..,"feature":..,"value":..,"source":..,"sentence":..,"begin":..,"end":..}}.
 * Offsets are into the source text (the item or the summary).
 */
public final class EvidenceJsonl {

    /** One line; a record, so that its members keep this order. */
    private record Line(String id, String feature, String value, String source, String sentence, int begin, int end) {
    }

    /** Immutable and thread-safe, as Jackson 3 mappers are. */
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Writer out;

    public EvidenceJsonl(Writer out) {
        this.out = out;
    }

    public void write(ClinicalFeatures features) throws IOException {
        for (Evidence e : features.evidence()) {
            out.write(JSON.writeValueAsString(new Line(features.id(), e.feature(), e.value(), e.source(), e.sentence(),
                    e.begin(), e.end())));
            out.write('\n');
        }
    }
}
