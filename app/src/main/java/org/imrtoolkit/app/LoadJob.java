package org.imrtoolkit.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.imrtoolkit.core.io.OutputTargets;
import org.imrtoolkit.store.LetterRows;
import org.imrtoolkit.store.LetterStore;
import org.imrtoolkit.store.Schema;
import org.imrtoolkit.store.Toolkit;

/**
 * {@code imr load}: decided letters into the analysts' DuckDB store. Letters are read and analysed
 * on the context's threads through the one case stream (so a bad file or a letter id seen twice is
 * skipped and named as in every command) and written in input order by this thread, the store's
 * one writer.
 *
 * @param database       the DuckDB file, created when absent
 * @param model          a model whose predictions are stored too, or null
 * @param inputs         letters and directories
 * @param toolkitVersion written into a new database's schema_version
 */
public record LoadJob(Path database, Path model, List<Path> inputs, String toolkitVersion) implements Job {

    @Override
    public int run(Context context) throws IOException {
        // As every command: a missing or unreadable input is named and skipped, the others are loaded.
        Inputs in = Inputs.letters(inputs, new OutputTargets());
        List<Path> files = in.files();
        Rejections rejections = new Rejections(context, null);
        if (files.isEmpty()) {
            if (in.problems().isEmpty()) {
                throw new IllegalArgumentException("no *.txt or *.pdf letters found in " + inputs);
            }
            return InputCheck.nothingToRead(in, context, rejections);
        }
        Toolkit toolkit = new Toolkit(model);
        in.report(rejections);
        long[] loaded = {0, 0, 0}; // letters, items, letters the model was trained on
        try (LetterStore store = LetterStore.open(database, toolkitVersion)) {
            new CaseStream(context, rejections).<LetterRows>letterFiles(files,
                    (file, letter) -> List.of(new Batch.Item<>(letter.id(), toolkit.rows(file, letter))),
                    (id, rows) -> {
                        store.replace(rows);
                        loaded[0]++;
                        loaded[1] += rows.items();
                        if (rows.rows(Schema.PREDICTIONS).stream().anyMatch(r -> Boolean.TRUE.equals(r.get("trained_on")))) {
                            loaded[2]++;
                        }
                    });
            Map<String, Long> rows = store.counts();
            context.wrote("loaded " + Words.count(loaded[0], "letter") + " (" + Words.count(loaded[1], "item") + ")"
                    + (toolkit.model() == null ? "" : " with predictions of " + toolkit.model().name()) + " into "
                    + Words.target(database) + ", which now holds " + Words.count(rows.get("letters"), "letter") + ", "
                    + Words.count(rows.get("items"), "item"));
        }
        if (loaded[2] > 0) {
            // as evaluate warns: figures of a model on its own training letters flatter it
            context.message("warning: " + loaded[2] + " of these " + loaded[0] + " letters were used to train "
                    + toolkit.model().name() + ", so its predictions on them are optimistic (imr report says so too); "
                    + "use held-out letters, or the cross-validated figures of 'imr model-info'");
        }
        if (toolkit.model() != null && toolkit.model().chanceWarning() != null) {
            context.message("warning: " + toolkit.model().chanceWarning());
        }
        return context.finish(rejections);
    }
}
