package org.imrtoolkit.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.imrtoolkit.core.io.LetterReader;
import org.imrtoolkit.core.letter.Case;
import org.imrtoolkit.core.nlp.TextAnnotator;
import org.imrtoolkit.core.testing.SharedData;
import org.imrtoolkit.features.clinical.ClinicalFeatureExtractor;
import org.imrtoolkit.features.clinical.ClinicalFeatures;
import org.imrtoolkit.features.clinical.SummaryCache;
import org.imrtoolkit.features.inputs.ExampleReader;
import org.imrtoolkit.features.inputs.RawExample;
import org.imrtoolkit.features.io.FeatureColumn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Computing only the demanded feature groups gives the demanded features exactly as computing
 * everything does (values, evidence and its order, lexical terms), and nothing else; and what
 * {@code imr features} and {@code imr train} use still computes every feature they write. Run on
 * the shipped letters and every eighth shared letter.
 */
class DemandTest {

    private static final TextAnnotator ANNOTATOR = new TextAnnotator();
    private static List<Case> cases;
    private static List<RawExample> full;

    @BeforeAll
    static void readAll() throws Exception {
        LetterReader reader = new LetterReader();
        List<Path> files = new ArrayList<>(list(SharedData.dataLetters()));
        List<Path> shared = list(SharedData.shared("wc-letters/txt"));
        for (int i = 0; i < shared.size(); i += 8) {
            files.add(shared.get(i));
        }
        cases = new ArrayList<>();
        for (Path f : files) {
            cases.addAll(reader.read(f).cases());
        }
        ExampleReader all = new ExampleReader(ANNOTATOR, Demand.ALL);
        full = cases.stream().map(all::read).toList();
        assertTrue(cases.size() >= 40, "cases read: " + cases.size());
    }

    @Test
    void eachGroupAloneGivesItsFeaturesAsTheFullPathDoes() {
        for (FeatureGroup g : FeatureGroup.values()) {
            assertSameDemanded(Demand.of(g));
        }
    }

    @Test
    void theUrAccountAloneAsTheDefaultModelReadsIt() {
        Demand ur = Demand.of(FeatureGroup.UR_ACCOUNT);
        assertSameDemanded(ur);
        // The demand is not ignored: on these letters the full path finds evidence of other groups.
        assertTrue(full.stream().flatMap(e -> e.clinical().evidence().stream())
                .anyMatch(ev -> !ur.needs(FeatureGroup.of(ev.feature()))));
        // And the UR account is really read (not a vacuous comparison of "unknown" everywhere).
        assertTrue(full.stream().anyMatch(e -> !e.clinical().urDecision().label().equals("unknown")));
    }

    @Test
    void featuresCommandStillComputesEveryFeatureItWrites() {
        ClinicalFeatureExtractor everything = new ClinicalFeatureExtractor(ANNOTATOR);
        ClinicalFeatureExtractor features = new ClinicalFeatureExtractor(ANNOTATOR, Demand.CLINICAL);
        assertEquals(EnumSet.complementOf(EnumSet.of(FeatureGroup.LEXICAL)), Demand.CLINICAL.groups());
        SummaryCache a = new SummaryCache(everything);
        SummaryCache b = new SummaryCache(features);
        for (Case c : cases) {
            // Records compare every feature and every piece of evidence, in order.
            assertEquals(everything.extract(c, a.features(c)), features.extract(c, b.features(c)), c.id());
        }
    }

    @Test
    void trainingReaderStillReadsEverything() {
        ExampleReader training = new ExampleReader(ANNOTATOR);
        for (int i = 0; i < cases.size(); i++) {
            RawExample e = training.read(cases.get(i));
            assertEquals(full.get(i), e, cases.get(i).id());
        }
        assertTrue(full.stream().allMatch(e -> !e.terms().isEmpty()), "every case has lexical terms");
    }

    @Test
    void everyFeatureColumnBelongsToAGroup() {
        for (FeatureColumn col : FeatureColumn.values()) {
            if (col != FeatureColumn.ID) {
                assertTrue(FeatureGroup.of(col.header()) != null, col.header() + " has no group");
            }
        }
        // A feature no group claims is computed, never skipped.
        assertEquals(Demand.ALL, Demand.forFeature("a_feature_added_later"));
        assertEquals(Demand.of(FeatureGroup.GUIDELINE).groups(), Demand.forFeature("prior_visits").groups());
    }

    private static void assertSameDemanded(Demand demand) {
        ExampleReader part = new ExampleReader(ANNOTATOR, demand);
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            RawExample got = part.read(c);
            ClinicalFeatures want = full.get(i).clinical();
            for (FeatureColumn col : FeatureColumn.values()) {
                FeatureGroup g = FeatureGroup.of(col.header());
                if (g != null && demand.needs(g)) {
                    assertEquals(col.valueOf(want), col.valueOf(got.clinical()), c.id() + " " + col.header() + " " + demand);
                }
            }
            assertEquals(demanded(want.evidence(), demand), got.clinical().evidence(), c.id() + " evidence " + demand);
            assertEquals(demand.lemmas() ? full.get(i).terms() : List.of(), got.terms(), c.id() + " terms " + demand);
        }
    }

    private static List<Evidence> demanded(List<Evidence> evidence, Demand demand) {
        return evidence.stream().filter(e -> demand.needs(FeatureGroup.of(e.feature()))).toList();
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
