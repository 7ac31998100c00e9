package org.imrtoolkit.cli;

/** Reads a whole number within a range: see {@link RangeConverter}. */
abstract class CountConverter extends RangeConverter<Integer> {

    CountConverter(int minimum, int maximum) {
        super(minimum, maximum, "a whole number from " + minimum + " to " + maximum);
    }

    @Override
    Integer parse(String text) {
        return Integer.parseInt(text);
    }

    /** Threads: one to 256 (the work is CPU-bound; more than that only costs memory). */
    static final class Threads extends CountConverter {
        static final int MAX = 256;

        Threads() {
            super(1, MAX);
        }
    }

    /** Cross-validation folds: two to twenty. */
    static final class Folds extends CountConverter {
        Folds() {
            super(2, 20);
        }
    }

    /** Cases a term needs to enter the vocabulary. */
    static final class MinDocumentFrequency extends CountConverter {
        MinDocumentFrequency() {
            super(1, 1_000_000);
        }
    }

    /** Seconds a letter may take. */
    static final class Seconds extends CountConverter {
        static final int MAX = 3600;

        Seconds() {
            super(1, MAX);
        }
    }

    /** Cross-validation repeats: one to a hundred (each is a whole k-fold run). */
    static final class Repeats extends CountConverter {
        Repeats() {
            super(1, 100);
        }
    }
}
