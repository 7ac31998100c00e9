package org.imrtoolkit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.imrtoolkit.app.ParseJob;
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
    FormatOption format;

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
        return new ParseJob(inputs, output, format.format).run(common.context(spec));
    }
}
