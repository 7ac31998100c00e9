package org.imrtoolkit.features.clinical;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The visit limits of {@code guideline-limits.tsv}, by diagnosis group or treatment. */
public final class GuidelineLimits {

    private final Map<String, GuidelineLimit> limits = new LinkedHashMap<>();

    public GuidelineLimits() {
        try (InputStream in = GuidelineLimits.class.getResourceAsStream("guideline-limits.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource guideline-limits.tsv");
            }
            boolean header = true;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = line.split("\t");
                limits.put(c[0], new GuidelineLimit(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]), c[3], c[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The limit that applies: a treatment's own (chiropractic, acupuncture, massage), else the
     * diagnosis group's for physical and occupational therapy; none for other treatments.
     */
    public Optional<GuidelineLimit> forCase(TreatmentType type, DiagnosisGroup group) {
        if (!type.physicalMedicine()) {
            return Optional.empty();
        }
        GuidelineLimit own = limits.get(type.label());
        if (own != null) {
            return Optional.of(own);
        }
        return Optional.ofNullable(limits.get(group.label()));
    }
}
