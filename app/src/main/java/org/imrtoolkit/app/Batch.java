package org.imrtoolkit.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.imrtoolkit.core.io.CaseSink;
import org.imrtoolkit.core.io.LetterReader;
import org.imrtoolkit.core.letter.LabeledCase;
import org.imrtoolkit.core.letter.Letter;
import org.imrtoolkit.core.letter.LetterFormatException;

/**
 * What one input file gave: a result per case, and the inputs it had to skip, each with its
 * reason. Filled on a worker thread; read by the case stream's writer in input order. A failure of
 * the work on one case or letter skips that input only.
 */
final class Batch<T> implements CaseSink {

    /** One result, under the id it will be written with. */
    record Item<T>(String id, T value) {
    }

    private final Function<LabeledCase, T> work;
    private final List<Item<T>> items = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();

    private Batch(Function<LabeledCase, T> work) {
        this.work = work;
    }

    /** An empty batch whose cases go through {@code work}. */
    static <T> Batch<T> ofCases(Function<LabeledCase, T> work) {
        return new Batch<>(work);
    }

    /** One letter file read and put through {@code work}, or the reason it could not be. */
    static <T> Batch<T> ofLetter(Path file, LetterReader reader, BiFunction<Path, Letter, List<Item<T>>> work) {
        Batch<T> batch = new Batch<>(c -> {
            throw new IllegalStateException("a letter batch takes no cases");
        });
        Letter letter;
        try {
            letter = reader.read(file);
        } catch (LetterFormatException e) {
            batch.reject(file + (e.line() > 0 ? ":line " + e.line() : ""), e.getMessage());
            return batch;
        } catch (IOException e) {
            batch.reject(file.toString(), e.getMessage() == null ? e.toString() : e.getMessage());
            return batch;
        } catch (RuntimeException e) {
            batch.reject(file.toString(), unexpected(e));
            return batch;
        }
        try {
            batch.items.addAll(work.apply(file, letter));
        } catch (UncheckedIOException e) {
            batch.reject(file.toString(), e.getCause().getMessage() == null ? e.getCause().toString() : e.getCause().getMessage());
        } catch (RuntimeException e) {
            batch.reject(file.toString(), unexpected(e));
        }
        return batch;
    }

    @Override
    public void accept(LabeledCase c) {
        T value;
        try {
            value = work.apply(c);
        } catch (SkippedInput e) {
            reject(c.input().id(), e.getMessage());
            return;
        } catch (RuntimeException e) {
            reject(c.input().id(), unexpected(e));
            return;
        }
        items.add(new Item<>(c.input().id(), value));
    }

    @Override
    public void reject(String where, String reason) {
        rejections.add(new Rejection(where, reason));
    }

    List<Item<T>> items() {
        return items;
    }

    List<Rejection> rejections() {
        return rejections;
    }

    /** A bug on one odd input must not cost the rest of the batch; it is named so that it gets reported. */
    private static String unexpected(RuntimeException e) {
        return "unexpected error (please report): " + e;
    }
}
