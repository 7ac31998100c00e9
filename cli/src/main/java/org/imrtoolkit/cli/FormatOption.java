package org.imrtoolkit.cli;

import org.imrtoolkit.app.OutputFormat;
import picocli.CommandLine.Option;

/** {@code --format csv|jsonl}: the same option on every command that writes rows. */
final class FormatOption {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", converter = FormatConverter.class,
            description = "csv (default) or jsonl: one JSON object per row, nested lists kept nested.")
    OutputFormat format;
}
