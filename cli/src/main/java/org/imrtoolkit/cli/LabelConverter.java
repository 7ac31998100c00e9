package org.imrtoolkit.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.imrtoolkit.model.encode.FeatureSet;
import org.imrtoolkit.model.metrics.Objective;
import org.imrtoolkit.store.StoreQuery;
import org.imrtoolkit.train.Algorithm;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an enum option by the lower-case label users write ("balanced_accuracy", "rf"), ignoring
 * case and taking '-' for '_'; a wrong value names the labels allowed. The enums' own names stay
 * what model files store.
 */
abstract class LabelConverter<E extends Enum<E>> implements ITypeConverter<E> {

    private final Class<E> type;
    private final Function<E, String> label;

    LabelConverter(Class<E> type, Function<E, String> label) {
        this.type = type;
        this.label = label;
    }

    @Override
    public E convert(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (label.apply(e).equals(wanted)) {
                return e;
            }
        }
        throw new TypeConversionException("expected one of " + Arrays.stream(type.getEnumConstants()).map(label)
                .collect(Collectors.joining(", ")) + " but was '" + value + "'");
    }

    static final class AlgorithmLabel extends LabelConverter<Algorithm> {
        AlgorithmLabel() {
            super(Algorithm.class, Algorithm::label);
        }
    }

    static final class ObjectiveLabel extends LabelConverter<Objective> {
        ObjectiveLabel() {
            super(Objective.class, Objective::label);
        }
    }

    static final class FeatureSetLabel extends LabelConverter<FeatureSet> {
        FeatureSetLabel() {
            super(FeatureSet.class, FeatureSet::label);
        }
    }

    static final class QueryFormatLabel extends LabelConverter<StoreQuery.Format> {
        QueryFormatLabel() {
            super(StoreQuery.Format.class, StoreQuery.Format::label);
        }
    }
}
