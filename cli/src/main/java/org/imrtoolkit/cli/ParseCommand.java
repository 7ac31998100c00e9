package org.imrtoolkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.imrtoolkit.core.io.LetterFiles;
import org.imrtoolkit.core.io.LetterReader;
import org.imrtoolkit.core.io.ParsedItemsCsv;
import org.imrtoolkit.core.letter.Letter;
import org.imrtoolkit.core.letter.LetterFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code imr parse}: letters to CSV, one row per disputed item. */
@Command(name = "parse",
        mixinStandardHelpOptions = true,
        description = {
                "Parses IMR letters into CSV, one row per disputed item.",
                "%nLetters are .txt files as extracted from the PDFs, or .pdf files with a text layer. "
                        + "Columns: letter_id,item_index,item,decision, then every other parsed field "
                        + "(header, reviewer, age, sex, date of injury, guidelines, rationale, summary).",
                "%nA file that is not a letter, or misses a section, is named on stderr and skipped; "
                        + "the others are still written."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every input parsed",
                "1:some inputs did not parse (each named on stderr), or the output could not be written",
                "2:invalid command-line usage"})
final class ParseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the CSV to FILE (atomically) instead of stdout.")
    Path output;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Letter files, or directories searched recursively for *.txt and *.pdf.")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        List<Path> files = LetterFiles.expand(inputs);
        PrintWriter err = spec.commandLine().getErr();
        if (files.isEmpty()) {
            err.println("imr parse: no *.txt or *.pdf letters found in " + inputs);
            return 1;
        }
        try (OutputFile out = OutputFile.open(output, spec.commandLine().getOut())) {
            int failed = parseAll(files, out.writer(), err);
            out.commit();
            return failed == 0 ? 0 : 1;
        }
    }

    /** One file's outcome: its letter, or why it has none. */
    private record Parsed(Letter letter, String where, String error) {
    }

    private int parseAll(List<Path> files, Writer out, PrintWriter err) throws IOException {
        LetterReader reader = new LetterReader(common.maxBytes());
        ParsedItemsCsv csv = new ParsedItemsCsv(out);
        Map<String, Path> seen = new HashMap<>();
        int[] failed = {0};
        ParallelFiles.run(files, common.threads(), file -> {
            try {
                return new Parsed(reader.read(file), null, null);
            } catch (LetterFormatException e) {
                return new Parsed(null, file + (e.line() > 0 ? ":line " + e.line() : ""), e.getMessage());
            } catch (IOException e) {
                return new Parsed(null, file.toString(), e.getMessage() == null ? e.toString() : e.getMessage());
            } catch (RuntimeException e) {
                // A parser bug on one odd letter must not cost the rest of the batch.
                return new Parsed(null, file.toString(), "unexpected error (please report): " + e);
            }
        }, (file, parsed) -> {
            String error = parsed.error();
            String where = parsed.where();
            if (parsed.letter() != null) {
                Path first = seen.putIfAbsent(parsed.letter().id(), file);
                if (first == null) {
                    csv.write(parsed.letter());
                    return;
                }
                where = file.toString();
                error = "duplicate letter id '" + parsed.letter().id() + "' (also the name of " + first + ")";
            }
            failed[0]++;
            err.println("imr parse: " + where + ": " + error);
        }, new Progress(err, "letters", files.size(), !common.quiet));
        csv.flush();
        if (failed[0] > 0) {
            err.printf("imr parse: %d of %d files did not parse%n", failed[0], files.size());
        }
        return failed[0];
    }
}
