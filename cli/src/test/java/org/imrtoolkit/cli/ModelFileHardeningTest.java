package org.imrtoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.imrtoolkit.core.testing.SharedData;
import org.imrtoolkit.model.ModelZip;
import org.imrtoolkit.model.LogisticModel;
import org.imrtoolkit.model.ModelFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20's model files: weights finite but huge are refused at load by every command that
 * loads a model, in one line naming the file; names and labels from a model file reach the
 * terminal escaped. Each command is given {@link #BUDGET}.
 */
class ModelFileHardeningTest {

    /** predict and load on the five shipped letters take a few seconds. */
    private static final Duration BUDGET = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    private static Path shipped() {
        return SharedData.defaultModel();
    }

    private static Run run(String... args) {
        return assertTimeoutPreemptively(BUDGET, () -> Run.of(args));
    }

    @Test
    void aModelWhoseWeightsAreFiniteButHugeIsRefusedAtLoad() throws Exception {
        ModelFile files = new ModelFile();
        ModelFile.Contents shipped = files.read(shipped());
        LogisticModel logistic = (LogisticModel) shipped.model();
        double[] weights = logistic.weights().clone();
        weights[0] = 1.7e308;
        weights[1] = -1.7e308;
        Path huge = dir.resolve("huge.imrmodel");
        files.write(huge, shipped.manifest(), new LogisticModel(weights, logistic.intercept()));
        String says = "imr %s: " + huge + ": model/logistic.json: weight 0 is 1.7E308, larger in size than a model's "
                + "numbers may be (1000000); its scores would overflow";
        Path db = dir.resolve("store.duckdb");
        for (String[] args : new String[][] {
                {"predict", "-q", "-m", huge.toString(), SharedData.dataLetters().toString()},
                {"load", "-q", "--db", db.toString(), "-m", huge.toString(), SharedData.dataLetters().toString()},
                {"model-info", huge.toString()},
                {"evaluate", "-q", "-m", huge.toString(), SharedData.dataLetters().toString()}}) {
            Run r = run(args);
            assertEquals(1, r.exitCode(), String.join(" ", args) + ": " + r.err());
            assertEquals(String.format(says, args[0]), r.err().strip(), String.join(" ", args));
            assertEquals("", r.out());
        }
        assertFalse(Files.exists(db), "load refused the model before creating the database");
    }

    @Test
    void namesAndLabelsFromAModelFileReachTheTerminalEscaped() throws Exception {
        // ESC/CSI, OSC with BEL, a right-to-left override and a newline that would forge a line
        String hostile = "Over\u001b[31mturned\u001b]0;owned\u0007\u202e\nforged line";
        Path model = withLabel(shipped(), dir.resolve("hostile.imrmodel"), hostile);
        Run info = run("model-info", model.toString());
        assertEquals(0, info.exitCode(), info.err());
        assertTrue(info.out().contains("Over\\x1b[31mturned\\x1b]0;owned\\x07\\u202e\\nforged line"), info.out());
        Run json = run("model-info", "--json", model.toString());
        assertEquals(0, json.exitCode(), json.err());
        Run predict = run("predict", "-m", model.toString(), "-o", dir.resolve("p.csv").toString(),
                SharedData.dataLetters().toString());
        assertEquals(0, predict.exitCode(), predict.err());
        assertTrue(predict.err().contains("flagged as Over\\x1b[31mturned"), predict.err());
        for (Run r : new Run[] {info, json, predict}) {
            String all = r.out() + r.err();
            for (char c : new char[] {'\u001b', '\u0007', '\u202e'}) {
                assertEquals(-1, all.indexOf(c), "raw U+" + Integer.toHexString(c) + " in " + all);
            }
            assertFalse(all.lines().anyMatch(l -> l.startsWith("forged line")), all);
        }
    }

    /** A copy of the model whose positive class is named {@code label}: its manifest edited, re-zipped. */
    private static Path withLabel(Path model, Path copy, String label) throws Exception {
        Map<String, byte[]> entries = ModelZip.entries(model);
        String json = label.replace("\\", "\\\\").replace("\n", "\\n").replace("\u001b", "\\u001b")
                .replace("\u0007", "\\u0007").replace("\"", "\\\"");
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8)
                .replace("\"Overturned\"", "\"" + json + "\"");
        entries.put("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
        ModelZip.write(copy, entries);
        return copy;
    }
}
