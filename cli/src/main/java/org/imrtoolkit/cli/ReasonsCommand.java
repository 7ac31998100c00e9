package org.imrtoolkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.imrtoolkit.core.io.LetterFiles;
import org.imrtoolkit.core.io.LetterReader;
import org.imrtoolkit.core.letter.LetterFormatException;
import org.imrtoolkit.core.nlp.TextAnnotator;
import org.imrtoolkit.features.reasons.ItemReasons;
import org.imrtoolkit.features.reasons.Reason;
import org.imrtoolkit.features.reasons.ReasonTagger;
import org.imrtoolkit.features.reasons.ReasonsReport;
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
    CommonOptions common;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the CSV to FILE instead of stdout.")
    Path output;

    @Option(names = "--report", paramLabel = "FILE.html", description = "Write reason frequencies by treatment type and decision.")
    Path report;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Decided letters (.txt, .pdf) or directories of them.")
    List<Path> inputs;

    /** One letter's outcome: its items' reasons, or why it has none. */
    private record Tagged(List<ItemReasons> items, String where, String error) {
    }

    @Override
    public Integer call() throws IOException {
        List<Path> files = LetterFiles.expand(inputs);
        PrintWriter err = spec.commandLine().getErr();
        LetterReader reader = new LetterReader(common.maxBytes());
        ReasonTagger tagger = new ReasonTagger(new TextAnnotator());
        List<ItemReasons> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int[] failed = {0};
        List<String> header = new ArrayList<>(List.of("id", "decision", "treatment_type"));
        for (Reason r : Reason.values()) {
            header.add(r.label());
        }
        header.addAll(List.of("guideline_limit_cited", "guidelines"));
        try (OutputFile out = OutputFile.open(output, spec.commandLine().getOut())) {
            CSVPrinter csv = new CSVPrinter(out.writer(), CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
            ParallelFiles.run(files, common.threads(), file -> {
                try {
                    return new Tagged(tagger.tag(reader.read(file)), null, null);
                } catch (LetterFormatException e) {
                    return new Tagged(List.of(), file + (e.line() > 0 ? ":line " + e.line() : ""), e.getMessage());
                } catch (IOException | RuntimeException e) {
                    return new Tagged(List.of(), file.toString(), String.valueOf(e.getMessage()));
                }
            }, (file, tagged) -> {
                if (tagged.error() != null) {
                    failed[0]++;
                    err.println("imr reasons: " + tagged.where() + ": " + tagged.error());
                    return;
                }
                for (ItemReasons r : tagged.items()) {
                    if (!seen.add(r.id())) {
                        failed[0]++;
                        err.println("imr reasons: " + file + ": duplicate id '" + r.id() + "'");
                        continue;
                    }
                    List<String> row = new ArrayList<>(List.of(r.id(), r.decision(), r.treatmentType().label()));
                    for (Reason reason : Reason.values()) {
                        row.add(Boolean.toString(r.has(reason)));
                    }
                    row.add(r.limitCited());
                    row.add(r.guidelines());
                    csv.printRecord(org.imrtoolkit.core.io.CsvCells.safe(row));
                    all.add(r);
                }
            }, new Progress(err, "letters", files.size(), !common.quiet));
            csv.flush();
            out.commit();
        }
        if (report != null) {
            ReportFiles.text(report, ReasonsReport.html("Reasons given in " + all.size() + " decided items", all));
        }
        if (failed[0] > 0) {
            err.printf("imr reasons: %d inputs skipped%n", failed[0]);
        }
        return failed[0] == 0 ? 0 : 1;
    }
}
