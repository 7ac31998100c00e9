package org.imrtoolkit.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.imrtoolkit.core.io.CsvColumns;
import org.imrtoolkit.train.model.ModelFile;
import picocli.CommandLine.Option;

/** The model a command applies. */
final class ModelOptions {

    @Option(names = {"-m", "--model"}, required = true, paramLabel = "MODEL", description = "The model file.")
    Path model;

    ModelFile.Contents load() throws IOException {
        return new ModelFile().read(model);
    }

    /** The user's CSV columns when given, else those the model was trained with. */
    static CsvColumns columns(CsvInputOptions csv, ModelFile.Contents contents) {
        if (csv.given() || contents.manifest().csvColumns() == null) {
            return csv.columns();
        }
        return contents.manifest().csvColumns();
    }
}
