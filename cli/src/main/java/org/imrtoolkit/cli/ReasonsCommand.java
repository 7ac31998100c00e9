package org.imrtoolkit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.imrtoolkit.app.ReasonsJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code imr reasons}: the reasons decided letters give, item by item. */
@Command(name = "reasons",
        mixinStandardHelpOptions = true,
        description = {
                "Tags the reasons each decided item's rationale gives for upholding a denial: exceeds the guideline's "
                        + "visit limit, no functional improvement, home exercise program, no trial of conservative care, "
                        + "no red flags, criteria not met, adjunct to a denied treatment, request incomplete, not "
                        + "recommended; with the limit and the guidelines cited.",
                "%nAnalysis of decided letters only: the rationale is read here, and never by a model."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was read", "1:some inputs were skipped (each named on stderr)",
                "2:invalid command-line usage"})
final class ReasonsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    FormatOption format;

    @Mixin
    CommonOptions common;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the CSV to FILE instead of stdout.")
    Path output;

    @Option(names = "--report", paramLabel = "FILE.html", description = "Write reason frequencies by treatment type and decision.")
    Path report;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Decided letters (.txt, .pdf) or directories of them.")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        return new ReasonsJob(inputs, output, report, format.format).run(common.context(spec));
    }
}
