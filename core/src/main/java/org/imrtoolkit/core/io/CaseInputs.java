package org.imrtoolkit.core.io;

import org.imrtoolkit.core.budget.TimeBudgetExceededException;
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
        } catch (TimeBudgetExceededException e) {
            sink.reject(file.toString(), e.getMessage());
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
        for (String warning : letter.warnings()) {
            sink.warn(file.toString(), warning);
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

    /**
     * When the header read as one column holds a likelier delimiter than the one used, the advice
     * to use it: "; the header contains ';': try --delimiter ';'". Else empty.
     */
    static String delimiterHint(List<String> header, String used) {
        if (header.size() != 1) {
            return "";
        }
        for (String d : List.of(";", "\t", "|", ",")) {
            if (!d.equals(used) && header.get(0).contains(d)) {
                String shown = d.equals("\t") ? "tab" : "'" + d + "'";
                return "; the header contains " + shown + ": try --delimiter " + shown;
            }
        }
        return "";
    }

    /**
     * The id of a row when no id column is named: the file's name and the row's number as messages
     * give it (the header is row 1), e.g. {@code cases.csv:row-2}, so that rows of two files never
     * share an id. A CSV row's {@link Case#group() group} is its own id, whatever the id holds, unless a
     * group column is named.
     */
    public static String rowId(Path file, long row) {
        return file.getFileName() + ":row-" + row;
    }

    /** Room for the parser's read-ahead when counting a row's characters against the limit. */
    private static final int READ_AHEAD = 1 << 16;

    private void readTable(Path file, CaseSink sink) throws IOException, TableException {
        java.io.InputStream stream;
        try {
            InputFiles.requireRegularFile(file);
            stream = Files.newInputStream(file);
        } catch (IOException e) {
            throw new TableException(file.toString(), e instanceof InputFiles.NotRegularFileException
                    ? e.getMessage() : InputFiles.reason(e));
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(columns.delimiterFor(file.getFileName().toString()))
                .setIgnoreEmptyLines(true).setTrim(true).get();
        RowBoundedReader bounded = new RowBoundedReader(new java.io.InputStreamReader(stream,
                java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)), maxBytes + READ_AHEAD);
        try (Reader in = skipBom(bounded); CSVParser parser = format.parse(in)) {
            java.util.Iterator<CSVRecord> records = parser.iterator();
            long lastRow = 0;
            long lastLine = 0;
            try {
                if (!records.hasNext()) {
                    throw new TableException(file.toString(), "the file is empty (no header)");
                }
                CSVRecord headerRecord = records.next();
                bounded.reset();
                lastRow = headerRecord.getRecordNumber();
                lastLine = parser.getCurrentLineNumber();
                List<String> header = headerRecord.toList();
                Map<String, Integer> index = columnIndex(file, header);
                List<String> needed = new ArrayList<>(columns.named());
                filters.forEach(f -> needed.add(f.column()));
                for (String name : needed) {
                    if (!index.containsKey(name)) {
                        throw new TableException(file.toString(), "no column '" + Messages.escape(name)
                                + "'; the header is: " + Messages.escape(String.join(", ", header))
                                + delimiterHint(header, format.getDelimiterString()));
                    }
                }
                while (records.hasNext()) {
                    CSVRecord row = records.next();
                    bounded.reset();
                    lastRow = row.getRecordNumber();
                    lastLine = parser.getCurrentLineNumber();
                    readRow(file, row, header.size(), index, sink);
                }
            } catch (java.io.UncheckedIOException | IllegalStateException e) {
                // Commons CSV reports a malformed row (an unbalanced quote) this way, and cannot go on
                // past it; the rows before it were read.
                throw malformed(file, e, lastRow + 1, lastLine + 1, parser.getCurrentLineNumber());
            }
        }
    }

    private void readRow(Path file, CSVRecord row, int fields, Map<String, Integer> index, CaseSink sink)
            throws IOException {
        long number = row.getRecordNumber();
        String where = file + ":row " + number;
        if (row.size() != fields) {
            sink.reject(where, "expected " + fields + " fields, found " + row.size());
            return;
        }
        java.util.function.Function<String, String> cell = name -> row.get(index.get(name));
        RowFilter notANumber = filters.stream()
                .filter(f -> f.numeric() && !RowFilter.isNumber(cell.apply(f.column()))).findFirst().orElse(null);
        if (notANumber != null) {
            sink.reject(where, "column '" + notANumber.column() + "' is '"
                    + Messages.escape(cell.apply(notANumber.column())) + "', not a number (--where " + notANumber + ")");
            return;
        }
        if (!filters.stream().allMatch(f -> f.test(cell.apply(f.column())))) {
            return;
        }
        String id = columns.idColumn() == null ? rowId(file, number) : cell.apply(columns.idColumn());
        if (id.isBlank()) {
            sink.reject(where, "empty id in column '" + columns.idColumn() + "'");
            return;
        }
        String first = seen.putIfAbsent(id, where);
        if (first != null) {
            sink.reject(where, "duplicate id '" + Messages.escape(id) + "' (first at " + first + ")");
            return;
        }
        StringBuilder summary = new StringBuilder();
        for (String column : columns.textColumns()) {
            String text = cell.apply(column);
            if (!text.isBlank()) {
                summary.append(summary.isEmpty() ? "" : "\n\n").append(text);
            }
        }
        String item = columns.itemColumn() == null ? "" : cell.apply(columns.itemColumn());
        if (summary.length() + item.length() > maxBytes) {
            sink.reject(where, "the row's text and item are " + Sizes.format(summary.length() + item.length())
                    + ", over the " + Sizes.format(maxBytes) + " limit (raise it with --max-input-size)");
            return;
        }
        Map<String, String> categories = new LinkedHashMap<>();
        for (String column : columns.categoryColumns()) {
            categories.put(column, cell.apply(column));
        }
        String group = columns.groupColumn() == null ? id : cell.apply(columns.groupColumn());
        if (group.isBlank()) {
            sink.reject(where, "empty group in column '" + Messages.escape(columns.groupColumn()) + "'");
            return;
        }
        String label = columns.labelColumn() == null ? "" : cell.apply(columns.labelColumn());
        sink.accept(new LabeledCase(Case.fromText(id, item, summary.toString(), categories, group), label));
    }

    /** Column positions by name; a repeated name would make its column ambiguous and is refused. */
    private static Map<String, Integer> columnIndex(Path file, List<String> header) throws TableException {
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Integer before = index.putIfAbsent(header.get(i), i);
            if (before != null && !header.get(i).isEmpty()) {
                throw new TableException(file + ":row 1", "the header names column '" + Messages.escape(header.get(i))
                        + "' twice (columns " + (before + 1) + " and " + (i + 1) + "); rename one");
            }
        }
        return index;
    }

    private static TableException malformed(Path file, RuntimeException e, long row, long line, long endLine) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof RowBoundedReader.RowTooLongException tooLong) {
            return new TableException(file + ":row " + row, tooLong.getMessage() + "; it and the rows after it"
                    + " were not read");
        }
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        long lost = Math.max(1, endLine - line + 1);
        if (message.contains("EOF reached before encapsulated token finished")) {
            return new TableException(file + ":row " + row, "malformed CSV: a quote opened in this row (line " + line
                    + ") is never closed, so the rest of the file reads as one field: " + lost
                    + (lost == 1 ? " line" : " lines") + " (lines " + line + "-" + endLine + ") not read");
        }
        return new TableException(file + ":row " + row, "malformed CSV (" + Messages.escape(message)
                + "); this row and the rest of the file (from line " + line + ", " + lost
                + (lost == 1 ? " line" : " lines") + ") were not read");
    }

    /** Drops a UTF-8 byte order mark before the header, which would otherwise stick to the first name. */
    private static Reader skipBom(Reader in) throws IOException {
        java.io.PushbackReader pushback = new java.io.PushbackReader(in, 1);
        int first = pushback.read();
        if (first >= 0 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    /**
     * Counts the characters read since the last {@link #reset()} (one per row): a row, or an
     * unclosed quote, longer than the limit stops the read there instead of filling the memory.
     */
    private static final class RowBoundedReader extends java.io.FilterReader {

        static final class RowTooLongException extends IOException {

            private static final long serialVersionUID = 1L;

            RowTooLongException(String message) {
                super(message);
            }
        }

        private final long limit;
        private long count;

        RowBoundedReader(Reader in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count(1);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            count += n;
            if (count > limit) {
                throw new RowTooLongException("the row is over the " + Sizes.format(limit - READ_AHEAD)
                        + " limit (raise it with --max-input-size)");
            }
        }

        @Override
        public void reset() {
            count = 0;
        }
    }
}
