package org.imrtoolkit.app.io;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.imrtoolkit.features.Evidence;
import org.imrtoolkit.predict.InputLabels;
import org.imrtoolkit.predict.Prediction;
import org.imrtoolkit.predict.PredictionWriter;
import org.imrtoolkit.predict.Reason;
import org.imrtoolkit.predict.RunRank;
import org.imrtoolkit.predict.Screen;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * Predictions as JSON Lines, one object a case: {@code id, item, predicted, probability_overturned,
 * flagged, flagged_means, rank, percentile, reasons} (each reason: {@code input, label, direction,
 * contribution, sentence, match}) and {@code features} (every named feature with its label and
 * evidence). Also the spool {@code imr predict} ranks its run through: whole predictions, one a line.
 */
public final class PredictionsJsonl implements PredictionWriter {

    /** Immutable and thread-safe, as Jackson 3 mappers are. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    /** The spool keeps the records' own names, so they read back as they were. */
    private static final JsonMapper SPOOL = JsonMapper.builder().build();

    private final Writer out;
    private final Screen screen;

    public PredictionsJsonl(Writer out, Screen screen) {
        this.out = out;
        this.screen = screen;
    }

    @Override
    public void write(Prediction p, RunRank.Place place) throws IOException {
        List<ReasonLine> reasons = new ArrayList<>();
        for (Reason r : p.reasons()) {
            reasons.add(new ReasonLine(r.feature(), r.label(), r.direction(screen.positive()), r.contribution(),
                    r.source() == null ? null : r.source().sentence(), Match.of(r.source())));
        }
        List<FactLine> facts = new ArrayList<>();
        for (InputLabels.Fact f : InputLabels.facts(p.clinical())) {
            facts.add(new FactLine(f.feature(), f.value(), f.label(),
                    f.evidence() == null ? null : f.evidence().sentence(), Match.of(f.evidence())));
        }
        out.write(JSON.writeValueAsString(new Line(p.id(), p.item(), p.predicted(), p.probability(),
                p.predicted().equals(screen.positive()), screen.meaning(), place.rank(), place.percentile(),
                reasons, facts)));
        out.write('\n');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** A whole prediction as one line of the spool. */
    public static String spool(Prediction p) {
        return SPOOL.writeValueAsString(p);
    }

    /** A prediction back from its spool line. */
    public static Prediction read(String line) {
        return SPOOL.readValue(line, Prediction.class);
    }

    record Line(String id, String item, String predicted, double probabilityOverturned, boolean flagged,
                String flaggedMeans, int rank, int percentile, List<ReasonLine> reasons, List<FactLine> features) {
    }

    record ReasonLine(String input, String label, String direction, double contribution, String sentence, Match match) {
    }

    record FactLine(String feature, String value, String label, String sentence, Match match) {
    }

    /** The matched words within the sentence: offsets and text; null when not known. */
    record Match(int begin, int end, String text) {
        static Match of(Evidence e) {
            int[] span = e == null ? null : e.spanInSentence();
            return span == null ? null : new Match(span[0], span[1], e.sentence().substring(span[0], span[1]));
        }
    }
}
