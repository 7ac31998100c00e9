package org.imrtoolkit.train;

import java.util.List;

import org.imrtoolkit.core.io.CsvColumns;
import org.imrtoolkit.model.InputDigest;

/**
 * Where a model comes from, for its manifest: what the training itself cannot know.
 *
 * @param toolkitVersion the toolkit's version
 * @param created        when, as an ISO-8601 instant
 * @param inputs         the training files and their SHA-256
 * @param csvColumns     the CSV column mapping trained with
 */
public record Provenance(String toolkitVersion, String created, List<InputDigest> inputs, CsvColumns csvColumns) {

    public Provenance {
        inputs = List.copyOf(inputs);
    }
}
