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

    private final LetterReader letters = new LetterReader();
    private final CsvColumns columns;
    private final List<RowFilter> filters;

    public CaseInputs(CsvColumns columns) {
        this(columns, List.of());
    }

    /** Reads CSV rows that pass every filter; letters are not filtered. */
    public CaseInputs(CsvColumns columns, List<RowFilter> filters) {
        this.columns = columns;
        this.filters = List.copyOf(filters);
    }

    public static boolean isTable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".tsv");
    }

    /** The files the inputs name: letter files and tables, directories expanded. */
    public static List<Path> files(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (var walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(p -> LetterFiles.isLetterFile(p) || isTable(p))
                            .sorted().forEach(files::add);
                }
            } else if (Files.exists(input)) {
                files.add(input);
            } else {
                throw new IOException(input + ": no such file or directory");
            }
        }
        return files;
    }

    /** Reads one file into the sink. */
    public void read(Path file, CaseSink sink) throws IOException {
        if (isTable(file)) {
            readTable(file, sink);
            return;
        }
        Letter letter;
        try {
            letter = letters.read(file);
        } catch (LetterFormatException e) {
            sink.reject(file + (e.line() > 0 ? ":line " + e.line() : ""), e.getMessage());
            return;
        } catch (IOException e) {
            sink.reject(file.toString(), e.getMessage());
            return;
        }
        for (LabeledCase c : letter.labeledCases()) {
            sink.accept(c);
        }
    }

    private void readTable(Path file, CaseSink sink) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(columns.delimiterFor(file.getFileName().toString()))
                .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader in = Files.newBufferedReader(file); CSVParser parser = format.parse(in)) {
            List<String> header = parser.getHeaderNames();
            List<String> needed = new ArrayList<>(columns.named());
            filters.forEach(f -> needed.add(f.column()));
            for (String name : needed) {
                if (!header.contains(name)) {
                    throw new IOException(file + ": no column '" + name + "'; the header is: " + String.join(", ", header));
                }
            }
            for (CSVRecord row : parser) {
                String where = file + ":row " + (row.getRecordNumber() + 1);
                if (!row.isConsistent()) {
                    sink.reject(where, "expected " + header.size() + " fields, found " + row.size());
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
                StringBuilder summary = new StringBuilder();
                for (String column : columns.textColumns()) {
                    String text = row.get(column);
                    if (!text.isBlank()) {
                        summary.append(summary.isEmpty() ? "" : "\n\n").append(text);
                    }
                }
                Map<String, String> categories = new LinkedHashMap<>();
                for (String column : columns.categoryColumns()) {
                    categories.put(column, row.get(column));
                }
                String item = columns.itemColumn() == null ? "" : row.get(columns.itemColumn());
                String label = columns.labelColumn() == null ? "" : row.get(columns.labelColumn());
                sink.accept(new LabeledCase(Case.fromText(id, item, summary.toString(), categories), label));
            }
        } catch (java.io.UncheckedIOException e) {
            // Commons CSV reports a malformed row (an unbalanced quote) this way; the rows before it were read.
            throw new IOException(file + ": " + e.getCause().getMessage(), e);
        }
    }
}
