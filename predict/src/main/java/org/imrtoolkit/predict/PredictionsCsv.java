package org.imrtoolkit.predict;

import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.imrtoolkit.core.io.CsvCells;

/**
 * Writes predictions as CSV: {@code id,item,predicted,probability_overturned,flagged,rank,percentile,reasons}.
 * The probability is of the model's positive class (Overturned unless trained otherwise);
 * {@code flagged} says whether it reached the threshold; {@code rank} is 1 for the run's most
 * probable case, and {@code percentile} the share of the run's cases at or below this probability.
 * Reasons are separated by " | ", each in words with its direction and the sentence it was read from.
 */
public final class PredictionsCsv implements PredictionWriter {

    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader("id", "item", "predicted", "probability_overturned", "flagged", "rank", "percentile", "reasons")
            .get();

    private final CSVPrinter printer;
    private final String positive;

    public PredictionsCsv(Appendable out, String positive) throws IOException {
        printer = new CSVPrinter(out, FORMAT);
        this.positive = positive;
    }

    @Override
    public void write(Prediction p, RunRank.Place place) throws IOException {
        printer.printRecord(CsvCells.safe(p.id(), p.item(), p.predicted(),
                String.format(Locale.ROOT, "%.4f", p.probability()),
                Boolean.toString(p.predicted().equals(positive)), Integer.toString(place.rank()),
                Integer.toString(place.percentile()),
                p.reasons().stream().map(r -> r.describe(positive)).collect(Collectors.joining(" | "))));
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }
}
