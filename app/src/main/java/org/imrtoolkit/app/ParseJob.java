package org.imrtoolkit.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.imrtoolkit.app.io.JsonlRows;
import org.imrtoolkit.app.io.OutputFile;
import org.imrtoolkit.core.io.Messages;
import org.imrtoolkit.core.io.OutputTargets;
import org.imrtoolkit.core.io.ParsedItemsCsv;
import org.imrtoolkit.core.letter.Letter;

/**
 * {@code imr parse}: letters to CSV, one row per disputed item.
 *
 * @param inputs letter files and directories
 * @param output the CSV file, or null for stdout
 */
public record ParseJob(List<Path> inputs, Path output, OutputFormat format) implements Job {

    @Override
    public int run(Context context) throws IOException {
        Inputs in = Inputs.letters(inputs, new OutputTargets().add("-o", output));
        List<Path> files = in.files();
        Rejections rejections = new Rejections(context, null);
        in.report(rejections);
        if (files.isEmpty()) {
            // Each input that could not be used was named; say more only when none was wrong.
            if (in.problems().isEmpty()) {
                context.message("no *.txt or *.pdf letters found in " + Messages.escape(inputs.toString()));
            }
            return 1;
        }
        int[] written = {0, 0}; // letters, items
        try (OutputFile out = OutputFile.open(output, context.out())) {
            ParsedItemsCsv csv = format == OutputFormat.JSONL ? null : new ParsedItemsCsv(out.writer());
            JsonlRows jsonl = format == OutputFormat.JSONL
                    ? new JsonlRows(out.writer(), java.util.List.of(ParsedItemsCsv.FORMAT.getHeader()), ParsedItemsCsv.TYPES) : null;
            new CaseStream(context, rejections).<Letter>letters(files,
                    letter -> List.of(new Batch.Item<>(letter.id(), letter)), (id, letter) -> {
                        written[0]++;
                        written[1] += letter.items().size();
                        if (jsonl == null) {
                            csv.write(letter);
                        } else {
                            for (List<String> row : ParsedItemsCsv.rows(letter)) {
                                jsonl.write(row, java.util.Map.of());
                            }
                        }
                    });
            if (jsonl == null) {
                csv.flush();
            } else {
                jsonl.flush();
            }
            out.commit();
        }
        context.wrote("wrote " + Words.count(written[1], "item") + " of " + Words.count(written[0], "letter")
                + " to " + Words.target(output));
        if (rejections.count() > 0) {
            context.message(rejections.count() + " of " + (files.size() + in.problems().size()) + " files did not parse");
        }
        return rejections.count() == 0 ? 0 : 1;
    }
}
