package org.imrtoolkit.app;

import java.util.ArrayList;
import java.util.List;

import org.imrtoolkit.predict.Evaluation;
import org.imrtoolkit.predict.Prediction;
import org.imrtoolkit.predict.Predictor;
import org.imrtoolkit.train.CrossValidation;
import org.imrtoolkit.train.Dataset;
import org.imrtoolkit.train.TrainedModel;

/**
 * The cross-validated predictions as an {@link Evaluation}, the same one {@code imr evaluate} makes
 * of a held-out set: each case's probability from the fold that did not see it, its reasons from
 * the final model.
 */
final class CrossValidationReport {

    private CrossValidationReport() {
    }

    static Evaluation evaluation(Dataset data, TrainedModel trained) {
        CrossValidation.Result cv = trained.crossValidation();
        Predictor predictor = new Predictor(trained.model());
        List<Prediction> predictions = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            Prediction p = predictor.predict(data.examples().get(i));
            String predicted = data.labels().get(cv.outOfFold()[i] >= cv.threshold() ? 1 : 0);
            predictions.add(new Prediction(p.id(), p.item(), predicted, cv.outOfFold()[i], p.reasons(), p.clinical()));
            actual.add(data.labels().get(data.y()[i]));
        }
        return Evaluation.of(predictions, actual, data.labels(), cv.threshold(), data.positives() / (double) data.size());
    }
}
