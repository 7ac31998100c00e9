package org.imrtoolkit.core.io;

import java.io.Flushable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.imrtoolkit.core.letter.DisputedItem;
import org.imrtoolkit.core.letter.Letter;

/**
 * Writes parsed letters as RFC 4180 CSV, one row per disputed item, columns as {@link ParseColumn};
 * text cells that a spreadsheet would take for a formula are neutralised ({@link CsvCells}).
 */
public final class ParsedItemsCsv implements Flushable {

    /** RFC 4180 with the header of {@link ParseColumn}; CRLF line ends as the RFC has them. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(Arrays.stream(ParseColumn.values()).map(ParseColumn::header).toArray(String[]::new))
            .get();

    /** Each column's type in JSON lines, in the header's order. */
    public static final List<JsonType> TYPES = Arrays.stream(ParseColumn.values()).map(ParseColumn::type).toList();

    private final CSVPrinter printer;

    public ParsedItemsCsv(Appendable out) throws IOException {
        this.printer = new CSVPrinter(out, FORMAT);
    }

    public void write(Letter letter) throws IOException {
        for (List<String> row : rows(letter)) {
            printer.printRecord(CsvCells.safe(row));
        }
    }

    /** A letter's rows, one per disputed item, in the order of {@link #FORMAT}'s header. */
    public static List<List<String>> rows(Letter letter) {
        List<List<String>> rows = new ArrayList<>();
        for (DisputedItem item : letter.items()) {
            List<String> row = new ArrayList<>(ParseColumn.values().length);
            for (ParseColumn column : ParseColumn.values()) {
                row.add(column.valueOf(letter, item));
            }
            rows.add(row);
        }
        return rows;
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }
}
