package org.imrtoolkit.core.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.imrtoolkit.core.letter.Case;
import org.imrtoolkit.core.letter.LabeledCase;
import org.imrtoolkit.core.letter.Letter;
import org.imrtoolkit.core.letter.LetterFormatException;

/**
 * Reads cases from any mix of inputs, one at a time: letters (.txt, .pdf; each disputed item a case)
 * and CSV or TSV files (each row a case). A broken letter or row is reported to the sink and
 * skipped; the rest are read. A CSV whose header lacks a named column is an error for the whole
 * file, since none of its rows could be read as asked.
 */
public final class CaseInputs {

    private final LetterReader letters;
    private final CsvColumns columns;
    private final List<RowFilter> filters;
    private final long maxBytes;
    /** Ids already given out, and where: a repeated id would make two output rows indistinguishable. */
    private final Map<String, String> seen = new java.util.HashMap<>();

    /**
     * Reads CSV rows that pass every filter (letters are not filtered); a letter file, or a row's
     * text, larger than {@code maxBytes} is refused.
     */
    public CaseInputs(CsvColumns columns, List<RowFilter> filters, long maxBytes) {
        this.columns = columns;
        this.filters = List.copyOf(filters);
        this.maxBytes = maxBytes;
        this.letters = new LetterReader(maxBytes);
    }

    public static boolean isTable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".tsv");
    }

    /** The files the inputs name: letter files and tables, directories expanded; throws at the first bad entry. */
    public static List<Path> files(List<Path> inputs) throws IOException {
        return LetterFiles.expand(inputs, p -> LetterFiles.isLetterFile(p) || isTable(p));
    }

    /** As {@link #files}, going on past bad entries: see {@link LetterFiles#walk}. */
    public static LetterFiles.Walk walk(List<Path> inputs) {
        return LetterFiles.walk(inputs, p -> LetterFiles.isLetterFile(p) || isTable(p));
    }

    /**
     * Reads one file into the sink. Whatever is wrong with the file or one of its rows goes to
     * {@link CaseSink#reject}; only a failure of the sink itself (writing the output) is thrown.
     */
    public void read(Path file, CaseSink sink) throws IOException {
        if (isTable(file)) {
            try {
                readTable(file, sink);
            } catch (TableException e) {
                sink.reject(e.where, e.getMessage());
            }
            return;
        }
        Letter letter;
        try {
            letter = letters.read(file);
        } catch (LetterFormatException e) {
            sink.reject(file + (e.line() > 0 ? ":line " + e.line() : ""), e.getMessage());
            return;
        } catch (IOException e) {
            sink.reject(file.toString(), e.getMessage() == null ? e.toString() : e.getMessage());
            return;
        } catch (RuntimeException e) {
            // A parser bug on one odd letter must not cost the rest of the batch.
            sink.reject(file.toString(), "unexpected error (please report): " + e);
            return;
        }
        String first = seen.putIfAbsent(letter.id(), file.toString());
        if (first != null) {
            sink.reject(file.toString(), "duplicate letter id '" + letter.id() + "' (also the name of " + first + ")");
            return;
        }
        for (LabeledCase c : letter.labeledCases()) {
            sink.accept(c);
        }
    }

    /** Something wrong with a table as a whole, or with the rest of it from a row on. */
    private static final class TableException extends Exception {

        private static final long serialVersionUID = 1L;
        private final String where;

        TableException(String where, String message) {
            super(message);
            this.where = where;
        }
    }

    private void readTable(Path file, CaseSink sink) throws IOException, TableException {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(columns.delimiterFor(file.getFileName().toString()))
                .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
        long lastRow = 0;
        try (Reader in = new java.io.InputStreamReader(Files.newInputStream(file),
                java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE));
             CSVParser parser = format.parse(in)) {
            List<String> header = parser.getHeaderNames();
            List<String> needed = new ArrayList<>(columns.named());
            filters.forEach(f -> needed.add(f.column()));
            for (String name : needed) {
                if (!header.contains(name)) {
                    throw new TableException(file.toString(), "no column '" + name + "'; the header is: "
                            + String.join(", ", header));
                }
            }
            for (CSVRecord row : parser) {
                lastRow = row.getRecordNumber() + 1;
                String where = file + ":row " + lastRow;
                if (!row.isConsistent()) {
                    sink.reject(where, "expected " + header.size() + " fields, found " + row.size());
                    continue;
                }
                RowFilter notANumber = filters.stream()
                        .filter(f -> f.numeric() && !RowFilter.isNumber(row.get(f.column()))).findFirst().orElse(null);
                if (notANumber != null) {
                    sink.reject(where, "column '" + notANumber.column() + "' is '" + row.get(notANumber.column())
                            + "', not a number (--where " + notANumber + ")");
                    continue;
                }
                if (!filters.stream().allMatch(f -> f.test(row.get(f.column())))) {
                    continue;
                }
                String id = columns.idColumn() == null ? "row-" + row.getRecordNumber() : row.get(columns.idColumn());
                if (id.isBlank()) {
                    sink.reject(where, "empty id in column '" + columns.idColumn() + "'");
                    continue;
                }
                String first = seen.putIfAbsent(id, where);
                if (first != null) {
                    sink.reject(where, "duplicate id '" + id + "' (first at " + first + ")");
                    continue;
                }
                StringBuilder summary = new StringBuilder();
                for (String column : columns.textColumns()) {
                    String text = row.get(column);
                    if (!text.isBlank()) {
                        summary.append(summary.isEmpty() ? "" : "\n\n").append(text);
                    }
                }
                if (summary.length() > maxBytes) {
                    sink.reject(where, "the row's text is " + Sizes.format(summary.length()) + ", over the "
                            + Sizes.format(maxBytes) + " limit (raise it with --max-input-size)");
                    continue;
                }
                Map<String, String> categories = new LinkedHashMap<>();
                for (String column : columns.categoryColumns()) {
                    categories.put(column, row.get(column));
                }
                String item = columns.itemColumn() == null ? "" : row.get(columns.itemColumn());
                String label = columns.labelColumn() == null ? "" : row.get(columns.labelColumn());
                sink.accept(new LabeledCase(Case.fromText(id, item, summary.toString(), categories), label));
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports a malformed row (an unbalanced quote) this way, and cannot go on
            // past it; the rows before it were read.
            String cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
            throw new TableException(file + ":row " + (lastRow + 1), "malformed CSV (" + cause
                    + "); the rows after it were not read");
        } catch (IllegalArgumentException e) {
            // A duplicate or empty header name.
            throw new TableException(file.toString(), "unusable header: " + e.getMessage());
        }
    }
}
