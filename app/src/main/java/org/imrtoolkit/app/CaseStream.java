package org.imrtoolkit.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.imrtoolkit.core.io.CaseInputs;
import org.imrtoolkit.core.io.LetterReader;
import org.imrtoolkit.core.letter.LabeledCase;
import org.imrtoolkit.core.letter.Letter;

/**
 * The one way every command reads its inputs: each file's work runs on the context's threads, the
 * results reach one writer in input order (so the output is the same for every thread count), an
 * id already written is refused wherever it comes from, and every bad input (unreadable file,
 * broken letter or row, duplicate, failed work, a letter past its time) is skipped and reported
 * through {@link Rejections}. A letter file's work has {@link Context#timePerLetter()} in all; a
 * table's rows have it each, since a table holds many cases.
 */
final class CaseStream {

    /** Receives each result in input order, on the calling thread. */
    @FunctionalInterface
    interface Sink<T> {
        void accept(String id, T value) throws IOException;
    }

    private final Context context;
    private final Rejections rejections;

    CaseStream(Context context, Rejections rejections) {
        this.context = context;
        this.rejections = rejections;
    }

    /** Every case of the files (a letter's items, a table's rows), each put through {@code work}. */
    <T> void cases(List<Path> files, CaseSource source, Function<LabeledCase, T> work, Sink<T> sink) throws IOException {
        run(files, "files", file -> {
            Batch<T> batch = Batch.ofCases(work, context.timePerLetter());
            new CaseInputs(source.columns(), source.filters(), context.maxInputBytes()).read(file, batch);
            return batch;
        }, sink);
    }

    /** Every letter of the files, put through {@code work}: the results of its items, each with its id. */
    <T> void letters(List<Path> files, Function<Letter, List<Batch.Item<T>>> work, Sink<T> sink) throws IOException {
        letterFiles(files, (file, letter) -> work.apply(letter), sink);
    }

    /** As {@link #letters}, for work that needs the file a letter came from too. */
    <T> void letterFiles(List<Path> files, BiFunction<Path, Letter, List<Batch.Item<T>>> work, Sink<T> sink)
            throws IOException {
        LetterReader reader = new LetterReader(context.maxInputBytes());
        run(files, "letters", file -> Batch.ofLetter(file, reader, work), sink);
    }

    private <T> void run(List<Path> files, String unit, ParallelFiles.Work<Batch<T>> work, Sink<T> sink)
            throws IOException {
        Map<String, Path> seen = new HashMap<>();
        var limit = new ParallelFiles.Limit(context.timePerLetter(), file -> !CaseInputs.isTable(file));
        try {
            stream(files, work, sink, seen, limit, unit);
        } finally {
            // A problem repeated on many inputs is counted once the stream ends, even when it ends in an error.
            rejections.summarizeRepeats();
        }
    }

    private <T> void stream(List<Path> files, ParallelFiles.Work<Batch<T>> work, Sink<T> sink, Map<String, Path> seen,
                            ParallelFiles.Limit limit, String unit) throws IOException {
        ParallelFiles.run(files, context.threads(), limit, work, Batch::failed, (file, batch) -> {
            boolean rows = CaseInputs.isTable(file);
            for (Rejection w : batch.warnings()) {
                rejections.warn(w, rows);
            }
            List<Rejection> bad = new ArrayList<>(batch.rejections());
            for (Batch.Item<T> item : batch.items()) {
                Path first = seen.putIfAbsent(item.id(), file);
                if (first != null) {
                    bad.add(new Rejection(file.toString(), "duplicate id '" + item.id() + "'"
                            + (first.equals(file) ? "" : " (also in " + first + ")")));
                    continue;
                }
                sink.accept(item.id(), item.value());
            }
            for (Rejection r : bad) {
                rejections.add(r, rows);
            }
        }, context.progress(unit, files.size()));
    }
}
