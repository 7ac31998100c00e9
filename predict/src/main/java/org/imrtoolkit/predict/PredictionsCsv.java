package org.imrtoolkit.predict;

import java.io.Flushable;
import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes predictions as CSV: {@code id,item,predicted,probability_overturned,reasons}. The
 * probability is of the model's positive class (Overturned unless trained otherwise); reasons are
 * separated by " | ".
 */
public final class PredictionsCsv implements Flushable {

    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader("id", "item", "predicted", "probability_overturned", "reasons").get();

    private final CSVPrinter printer;

    public PredictionsCsv(Appendable out) throws IOException {
        printer = new CSVPrinter(out, FORMAT);
    }

    public void write(Prediction p) throws IOException {
        printer.printRecord(org.imrtoolkit.core.io.CsvCells.safe(p.id(), p.item(), p.predicted(),
                String.format(Locale.ROOT, "%.4f", p.probability()),
                p.reasons().stream().map(Reason::describe).collect(Collectors.joining(" | "))));
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }
}
