package org.imrtoolkit.features.io;

import java.io.Flushable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.imrtoolkit.core.io.JsonType;
import org.imrtoolkit.features.clinical.ClinicalFeatures;

/** Writes clinical features as RFC 4180 CSV, columns as {@link FeatureColumn}. */
public final class FeaturesCsv implements Flushable {

    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(Arrays.stream(FeatureColumn.values()).map(FeatureColumn::header).toArray(String[]::new))
            .get();

    /** Each column's type in JSON lines, in the header's order. */
    public static final List<JsonType> TYPES = Arrays.stream(FeatureColumn.values()).map(FeatureColumn::type).toList();

    private final CSVPrinter printer;

    public FeaturesCsv(Appendable out) throws IOException {
        printer = new CSVPrinter(out, FORMAT);
    }

    public void write(ClinicalFeatures features) throws IOException {
        printer.printRecord(org.imrtoolkit.core.io.CsvCells.safe(row(features)));
    }

    /** A case's row, in the order of {@link #FORMAT}'s header. */
    public static List<String> row(ClinicalFeatures features) {
        List<String> row = new ArrayList<>();
        for (FeatureColumn column : FeatureColumn.values()) {
            row.add(column.valueOf(features));
        }
        return row;
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }
}
