package org.imrtoolkit.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

import org.imrtoolkit.features.clinical.FunctionalImprovement;
import org.imrtoolkit.features.clinical.TreatmentType;
import org.junit.jupiter.api.Test;

class PredictionsCsvTest {

    @Test
    void writesOneRowPerPredictionTheSameInEveryLocale() throws Exception {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            Prediction p = new Predictor(Cases.model(0.5)).predict(Cases.example("L1/1",
                    FunctionalImprovement.NOT_DOCUMENTED, null, TreatmentType.PHYSICAL_THERAPY, List.of()));
            StringWriter out = new StringWriter();
            PredictionsCsv csv = new PredictionsCsv(out, "Upheld");
            csv.write(p, new RunRank(new double[] {p.probability(), 0.1}).place(p.probability()));
            csv.flush();
            assertEquals("id,item,predicted,probability_overturned,flagged,rank,percentile,reasons\r\n"
                    + "L1/1,physical therapy x 12,Upheld,0.7503,true,1,100,\"treatment: physical therapy "
                    + "(raises the chance of Upheld, +0.10) | the summary documents no functional improvement "
                    + "(raises the chance of Upheld, +2.00): \"\"" + Cases.IMPROVEMENT_SENTENCE + "\"\"\"\r\n",
                    out.toString());
        } finally {
            Locale.setDefault(saved);
        }
    }
}
