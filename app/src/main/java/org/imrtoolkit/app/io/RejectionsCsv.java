package org.imrtoolkit.app.io;

import java.io.Flushable;
import java.io.IOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.imrtoolkit.core.io.CsvCells;

/** Writes skipped inputs as CSV, {@code input,reason}: what {@code imr predict --errors} writes. */
public final class RejectionsCsv implements Flushable {

    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader("input", "reason").get();

    private final CSVPrinter printer;

    public RejectionsCsv(Appendable out) throws IOException {
        printer = new CSVPrinter(out, FORMAT);
    }

    /**
     * @param where  the file, with ":row N" or ":line N" where known, or a case's id
     * @param reason what is wrong with it
     */
    public void write(String where, String reason) throws IOException {
        printer.printRecord(CsvCells.safe(java.util.List.of(where, reason)));
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }
}
