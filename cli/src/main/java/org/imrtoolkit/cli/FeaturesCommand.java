package org.imrtoolkit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.imrtoolkit.app.FeaturesJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code imr features}: the named clinical features of each case, with their evidence. */
@Command(name = "features",
        mixinStandardHelpOptions = true,
        description = {
                "Extracts the named clinical features of each disputed item (letters) or row (CSV).",
                "%nColumns: id, then requested sessions, prior visits, functional improvement, treatment type, "
                        + "body regions, age, sex, months since injury and surgery, diagnosis group, guideline limit, "
                        + "ur_modified, work status, then ur_decision (non_certified, modified, unknown) and one "
                        + "ur_reason_<reason> flag for each reason the summary reports the utilization review gave, then "
                        + "part_of_surgery_request, procedure_item, objective_findings and initial_trial_within_limit. "
                        + "Only the item, the letter's other item lines and the case summary are read: never a decision "
                        + "or a rationale. For letters, id is <letter_id>/<item_index>."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every input was read",
                "1:some inputs were skipped (each named on stderr), or the output could not be written",
                "2:invalid command-line usage"})
final class FeaturesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    FormatOption format;

    @Mixin
    CommonOptions common;

    @Mixin
    CsvInputOptions csv;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the CSV to FILE instead of stdout.")
    Path output;

    @Option(names = "--evidence", paramLabel = "FILE.jsonl",
            description = "Also write each feature's evidence (id, feature, value, source, sentence, begin, end) as JSON lines.")
    Path evidence;

    @Override
    public Integer call() throws IOException {
        return new FeaturesJob(csv.inputs, csv.source(), output, evidence, format.format).run(common.context(spec));
    }
}
