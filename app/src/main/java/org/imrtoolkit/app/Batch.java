package org.imrtoolkit.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.imrtoolkit.core.budget.TimeBudget;
import org.imrtoolkit.core.io.CaseSink;
import org.imrtoolkit.core.io.InputErrors;
import org.imrtoolkit.core.io.LetterReader;
import org.imrtoolkit.core.letter.LabeledCase;
import org.imrtoolkit.core.letter.Letter;
import org.imrtoolkit.core.letter.LetterFormatException;

/**
 * What one input file gave: a result per case, the inputs it had to skip, each with its reason,
 * and warnings about what was read all the same. Filled on a worker thread; read by the case
 * stream's writer in input order. A failure of the work on one case or letter (a bug, running out
 * of time, memory or stack) skips that input only.
 */
final class Batch<T> implements CaseSink {

    /** One result, under the id it will be written with. */
    record Item<T>(String id, T value) {
    }

    private final Function<LabeledCase, T> work;
    private final Duration perCase;
    private final List<Item<T>> items = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<Rejection> warnings = new ArrayList<>();

    private Batch(Function<LabeledCase, T> work, Duration perCase) {
        this.work = work;
        this.perCase = perCase;
    }

    /** An empty batch whose cases each go through {@code work} within {@code perCase}. */
    static <T> Batch<T> ofCases(Function<LabeledCase, T> work, Duration perCase) {
        return new Batch<>(work, perCase);
    }

    /** A file that gave nothing, for this reason. */
    static <T> Batch<T> failed(Path file, String reason) {
        Batch<T> batch = ofCases(c -> {
            throw new IllegalStateException("a failed batch takes no cases");
        }, Duration.ZERO);
        batch.reject(file.toString(), reason);
        return batch;
    }

    /** One letter file read and put through {@code work}, or the reason it could not be. */
    static <T> Batch<T> ofLetter(Path file, LetterReader reader, BiFunction<Path, Letter, List<Item<T>>> work) {
        Batch<T> batch = ofCases(c -> {
            throw new IllegalStateException("a letter batch takes no cases");
        }, Duration.ZERO);
        Letter letter;
        try {
            letter = reader.read(file);
        } catch (LetterFormatException e) {
            batch.reject(file + (e.line() > 0 ? ":line " + e.line() : ""), e.getMessage());
            return batch;
        } catch (Throwable e) {
            batch.reject(file.toString(), describe(e));
            return batch;
        }
        letter.warnings().forEach(w -> batch.warn(file.toString(), w));
        try {
            batch.items.addAll(work.apply(file, letter));
        } catch (Throwable e) {
            batch.reject(file.toString(), describe(e));
        }
        return batch;
    }

    @Override
    public void accept(LabeledCase c) {
        T value;
        try {
            value = TimeBudget.start(perCase).call(() -> work.apply(c));
        } catch (SkippedInput e) {
            reject(c.input().id(), e.getMessage());
            return;
        } catch (Throwable e) {
            reject(c.input().id(), describe(e));
            return;
        }
        items.add(new Item<>(c.input().id(), value));
    }

    @Override
    public void reject(String where, String reason) {
        rejections.add(new Rejection(where, reason));
    }

    @Override
    public void warn(String where, String message) {
        warnings.add(new Rejection(where, message));
    }

    List<Item<T>> items() {
        return items;
    }

    List<Rejection> rejections() {
        return rejections;
    }

    List<Rejection> warnings() {
        return warnings;
    }

    /**
     * One odd input must not cost the rest of the batch: its failure is its reason, named so that a
     * bug gets reported. Errors after which nothing can be trusted still end the run.
     */
    private static String describe(Throwable e) {
        if (InputErrors.isFatal(e)) {
            if (e instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e);
        }
        if (e instanceof IOException io && io.getMessage() == null) {
            return io.toString();
        }
        return InputErrors.describe(e);
    }
}
