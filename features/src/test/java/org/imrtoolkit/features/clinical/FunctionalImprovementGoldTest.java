package org.imrtoolkit.features.clinical;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.imrtoolkit.core.nlp.TextAnnotator;
import org.imrtoolkit.features.gold.GoldSentences;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the functional-improvement detector on 109 hand-labelled sentences of
 * real letters (summaries and rationales). Fails below 0.90 precision or 0.85 recall for
 * {@code not_documented}.
 */
class FunctionalImprovementGoldTest {

    @Test
    void notDocumentedIsFoundPreciselyAndCompletely() throws Exception {
        List<GoldSentences.Row> gold = GoldSentences.load("/gold/functional-improvement.tsv", new TextAnnotator());
        assertTrue(gold.size() >= 80, "at least 80 gold sentences: " + gold.size());
        FunctionalImprovementDetector detector = new FunctionalImprovementDetector();
        StringBuilder report = new StringBuilder();
        double[][] prf = new double[FunctionalImprovement.values().length][];
        for (FunctionalImprovement label : FunctionalImprovement.values()) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (GoldSentences.Row row : gold) {
                FunctionalImprovement predicted = detector.classify(row.sentence()).value();
                boolean isGold = row.label().equals(label.label());
                boolean isPredicted = predicted == label;
                tp += isGold && isPredicted ? 1 : 0;
                fp += !isGold && isPredicted ? 1 : 0;
                fn += isGold && !isPredicted ? 1 : 0;
            }
            double precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
            double recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
            prf[label.ordinal()] = new double[] {precision, recall};
            report.append(String.format(Locale.ROOT, "%-15s precision %.3f (%d/%d) recall %.3f (%d/%d)%n",
                    label.label(), precision, tp, tp + fp, recall, tp, tp + fn));
        }
        for (GoldSentences.Row row : gold) {
            FunctionalImprovement predicted = detector.classify(row.sentence()).value();
            if (!row.label().equals(predicted.label())) {
                report.append("  gold ").append(row.label()).append(", got ").append(predicted.label())
                        .append(": ").append(row.sentence()).append('\n');
            }
        }
        System.out.println("Functional improvement on " + gold.size() + " gold sentences:\n" + report);
        double[] notDocumented = prf[FunctionalImprovement.NOT_DOCUMENTED.ordinal()];
        assertTrue(notDocumented[0] >= 0.90 && notDocumented[1] >= 0.85, report.toString());
    }
}
