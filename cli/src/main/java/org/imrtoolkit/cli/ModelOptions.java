package org.imrtoolkit.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.imrtoolkit.app.CaseSource;
import org.imrtoolkit.model.ModelFile;
import picocli.CommandLine.Option;

/** The model a command applies. */
final class ModelOptions {

    @Option(names = {"-m", "--model"}, required = true, paramLabel = "MODEL", description = "The model file.")
    Path model;

    ModelFile.Contents load() throws IOException {
        return new ModelFile().read(model);
    }

    /** The model file's name, as report titles show it. */
    String name() {
        return model.getFileName().toString();
    }

    /**
     * The user's CSV columns when given, else those the model was trained with. The group column is
     * only ever the user's: the rows a model is applied to need not have the column its training rows
     * were grouped by, and predicting needs no groups.
     */
    CaseSource source(CsvInputOptions csv, ModelFile.Contents contents) {
        if (csv.given() || contents.manifest().csvColumns() == null) {
            return csv.source();
        }
        return new CaseSource(contents.manifest().csvColumns().withGroupColumn(csv.groupColumn), csv.filters());
    }
}
