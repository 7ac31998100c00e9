package org.imrtoolkit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.imrtoolkit.core.io.CaseSink;
import org.imrtoolkit.core.letter.LabeledCase;

/**
 * What one input file gave: a result per case, and the inputs it had to skip, each with its reason.
 * Filled on a worker thread; read by the writer in input order.
 */
final class Collected<T> implements CaseSink {

    /** A skipped input: where, and why. */
    record Rejection(String where, String reason) {
    }

    /** One case's result, with the case's id and label. */
    record Item<T>(String id, String label, T value) {
    }

    private final Function<LabeledCase, T> work;
    final List<Item<T>> items = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();

    Collected(Function<LabeledCase, T> work) {
        this.work = work;
    }

    @Override
    public void accept(LabeledCase c) {
        T value;
        try {
            value = work.apply(c);
        } catch (RuntimeException e) {
            // A bug on one odd case must not cost the rest of the batch.
            reject(c.input().id(), "unexpected error (please report): " + e);
            return;
        }
        items.add(new Item<>(c.input().id(), c.decision(), value));
    }

    @Override
    public void reject(String where, String reason) {
        rejections.add(new Rejection(where, reason));
    }
}
