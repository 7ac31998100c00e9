package org.imrtoolkit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.imrtoolkit.core.io.CsvColumns;
import org.imrtoolkit.core.testing.SharedData;
import org.imrtoolkit.model.CrossValidationSummary;
import org.imrtoolkit.model.InputDigest;
import org.imrtoolkit.model.LogisticModel;
import org.imrtoolkit.model.ModelFile;
import org.imrtoolkit.model.ModelManifest;
import org.imrtoolkit.model.PlattScaling;
import org.imrtoolkit.model.TrainingSettings;
import org.imrtoolkit.model.encode.FeatureSet;
import org.imrtoolkit.model.encode.FeatureSpec;
import org.imrtoolkit.model.metrics.MetricsCalculator;
import org.imrtoolkit.model.metrics.Objective;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code imr predict} on a real dev letter with a surgery request (CM16-0246487: a shoulder
 * arthroscopy and five services that go with it): with a model that reads the surgery-request
 * input, each service is never more likely overturned than the arthroscopy, and says why; with a
 * model that does not read it, each item's prediction is the model's own.
 */
class DependentItemsPredictionTest {

    @TempDir
    Path dir;

    /** A hand-set model under which the services score above the procedure (they carry part_of_surgery_request). */
    private static ModelFile.Contents model(FeatureSet set, List<String> named, double[] weights) {
        FeatureSpec spec = new FeatureSpec(set, named, List.of(), List.of(), List.of(), 1);
        var metrics = MetricsCalculator.of(new int[] {0, 1, 0}, new double[] {0.2, 0.7, 0.4}, 0.5,
                List.of("Upheld", "Overturned"), 1 / 3.0);
        ModelManifest m = new ModelManifest(ModelManifest.FORMAT_VERSION, "test", "2026-01-01T00:00:00Z",
                LogisticModel.ALGORITHM, new TrainingSettings("logistic", set, 5, 42, 1.0, 2, true,
                Objective.BALANCED_ACCURACY), List.of(new InputDigest("a.txt", "00")), CsvColumns.DEFAULT,
                "Overturned", List.of("Upheld", "Overturned"), 0.5, PlattScaling.IDENTITY, 3, 1, spec,
                new CrossValidationSummary(2, "", metrics, List.of(metrics)), null, Map.of());
        return new ModelFile.Contents(m, new LogisticModel(weights, -1.0));
    }

    private Map<String, CSVRecord> predict(ModelFile.Contents model) throws Exception {
        Path letter = SharedData.shared("wc-letters/txt").resolve("CM16-0246487.txt");
        Path out = dir.resolve("p.csv");
        Context context = TestContexts.quiet("predict");
        new PredictJob(model, "m", List.of(letter), new CaseSource(CsvColumns.DEFAULT, List.of()), out,
                OutputFormat.CSV, null, null, null).run(context);
        Map<String, CSVRecord> rows = new HashMap<>();
        List<String> order = new java.util.ArrayList<>();
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().get().parse(Files.newBufferedReader(out))) {
            rows.put(r.get("id"), r);
            order.add(r.get("id"));
        }
        assertEquals(List.of("CM16-0246487/1", "CM16-0246487/2", "CM16-0246487/3", "CM16-0246487/4",
                "CM16-0246487/5", "CM16-0246487/6"), order, "the letter's order is kept");
        return rows;
    }

    @Test
    void servicesOfTheArthroscopyFollowItsPrediction() throws Exception {
        Map<String, CSVRecord> rows = predict(model(FeatureSet.UR_SIGNALS,
                List.of("part_of_surgery_request", "treatment_type=surgery"), new double[] {2.0, -0.5}));
        double procedure = Double.parseDouble(rows.get("CM16-0246487/1").get("probability_overturned"));
        for (int n = 2; n <= 6; n++) {
            CSVRecord r = rows.get("CM16-0246487/" + n);
            assertEquals(procedure, Double.parseDouble(r.get("probability_overturned")), 1e-9, r.toString());
            assertTrue(r.get("reasons").startsWith("follows the procedure item 1: Left shoulder arthroscopy"),
                    r.get("reasons"));
        }
        assertTrue(procedure < 0.5, "the procedure is predicted Upheld: " + procedure);
        assertEquals("Upheld", rows.get("CM16-0246487/3").get("predicted"));
    }

    @Test
    void aModelThatDoesNotReadTheSurgeryRequestPredictsEachItemAsItsOwn() throws Exception {
        // The same weights on a set without the signals block: part_of_surgery_request is not read.
        Map<String, CSVRecord> rows = predict(model(FeatureSet.CLINICAL, List.of("treatment_type=surgery",
                "treatment_type=dme"), new double[] {-0.5, 2.0}));
        double procedure = Double.parseDouble(rows.get("CM16-0246487/1").get("probability_overturned"));
        double cold = Double.parseDouble(rows.get("CM16-0246487/3").get("probability_overturned"));
        assertTrue(cold > procedure, cold + " vs " + procedure);
        assertTrue(!rows.get("CM16-0246487/3").get("reasons").contains("follows the procedure"));
    }
}
