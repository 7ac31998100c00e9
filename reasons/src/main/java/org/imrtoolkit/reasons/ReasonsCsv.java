package org.imrtoolkit.reasons;

import java.io.Flushable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.imrtoolkit.features.clinical.DenialReason;
import org.imrtoolkit.core.io.CsvCells;
import org.imrtoolkit.core.io.JsonType;

/**
 * Writes each item's reasons as CSV: {@code id,decision,treatment_type}, then one true/false
 * column per {@link Reason}, then {@code guideline_limit_cited,guidelines}.
 */
public final class ReasonsCsv implements Flushable {

    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(header()).get();

    /** Each column's type in JSON lines, in the header's order: the reasons are booleans, the rest text. */
    public static final List<JsonType> TYPES = types();

    private final CSVPrinter printer;

    public ReasonsCsv(Appendable out) throws IOException {
        printer = new CSVPrinter(out, FORMAT);
    }

    public void write(ItemReasons r) throws IOException {
        printer.printRecord(CsvCells.safe(row(r)));
    }

    /** An item's row, in the order of {@link #FORMAT}'s header. */
    public static List<String> row(ItemReasons r) {
        List<String> row = new ArrayList<>(List.of(r.id(), r.decision(), r.treatmentType().label()));
        for (DenialReason reason : DenialReason.values()) {
            row.add(Boolean.toString(r.has(reason)));
        }
        row.add(r.limitCited());
        row.add(r.guidelines());
        return row;
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    private static List<JsonType> types() {
        List<JsonType> types = new ArrayList<>(List.of(JsonType.STRING, JsonType.STRING, JsonType.STRING));
        for (int i = 0; i < DenialReason.values().length; i++) {
            types.add(JsonType.BOOLEAN);
        }
        types.addAll(List.of(JsonType.STRING, JsonType.STRING));
        return List.copyOf(types);
    }

    private static String[] header() {
        List<String> header = new ArrayList<>(List.of("id", "decision", "treatment_type"));
        for (DenialReason r : DenialReason.values()) {
            header.add(r.label());
        }
        header.addAll(List.of("guideline_limit_cited", "guidelines"));
        return header.toArray(String[]::new);
    }
}
