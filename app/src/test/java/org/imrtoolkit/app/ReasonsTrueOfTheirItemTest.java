package org.imrtoolkit.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.imrtoolkit.core.io.CsvColumns;
import org.imrtoolkit.core.testing.BlindGold;
import org.imrtoolkit.core.testing.SharedData;
import org.imrtoolkit.model.ModelFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 18: every reason a prediction shows must be true of its own item. The shipped default model
 * predicts the 23 letters of the blind gold that no rule was written from (round 3's half B of
 * {@code gold/blind-45.tsv}), and each reason of each flagged item is judged against the annotators'
 * labels of that item: a UR reason the gold gives this item, a finding the gold affirms for the
 * condition this item treats, the item's own UR decision, surgery request and first trial. Reasons the
 * gold has no label for (a meniscal or labral tear) are counted apart, not judged.
 *
 * <p>Measured with the default model as shipped after round 3 (its rules and the limb rule of the
 * findings): 32 of the 52 items flagged; of their 49 reasons 41 are true of their item (0.84: the
 * item's UR decision 26 of 26, UR reasons 2 of 2, first trial 3 of 3, surgery request 2 of 2,
 * fracture 8 of 9, instability 0 of 3, red flag 0 of 4, an "abscess" the annotators did not call a
 * red flag); 24 of the 32 show only true reasons. The floor, 0.80 of the reasons, is a little below.
 */
class ReasonsTrueOfTheirItemTest {

    private static final Set<String> GOLD_FINDINGS = Set.of("fracture", "full_thickness_tear", "locking", "instability",
            "neurological_deficit", "red_flag");

    @TempDir
    Path dir;

    @Test
    void theReasonsOfFlaggedItemsAreTrueOfTheirOwnItem() throws Exception {
        Path letters = SharedData.shared("wc-letters/txt");
        Map<String, BlindGold.Item> gold = new HashMap<>();
        Set<String> heldOut = new TreeSet<>();
        for (BlindGold.Item i : BlindGold.round3HalfB(BlindGold.items(BlindGold.BLIND_45, BlindGold.ISSUE18_COLUMNS))) {
            gold.put(i.id(), i);
            heldOut.add(i.letterId());
        }
        List<Path> files = heldOut.stream().map(id -> letters.resolve(id + ".txt")).toList();

        Path out = dir.resolve("p.jsonl");
        ModelFile.Contents model = new ModelFile().read(SharedData.defaultModel());
        Context context = TestContexts.quiet("predict");
        new PredictJob(model, "default", files, new CaseSource(CsvColumns.DEFAULT, List.of()), out, OutputFormat.JSONL,
                null, null, null).run(context);

        JsonMapper json = JsonMapper.builder().build();
        int flagged = 0;
        int allTrue = 0;
        int shown = 0;
        int right = 0;
        int unjudged = 0;
        Map<String, int[]> byInput = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            JsonNode row = json.readTree(line);
            BlindGold.Item item = gold.get(row.get("id").asString());
            if (item == null || !row.get("flagged").asBoolean()) {
                continue;
            }
            flagged++;
            boolean itemRight = true;
            for (JsonNode r : row.get("reasons")) {
                String input = r.get("input").asString();
                Boolean truth = truth(input, item);
                if (truth == null) {
                    unjudged++;
                    continue;
                }
                shown++;
                String kind = input.startsWith("objective_findings=") ? input : input.replaceAll("=.*", "");
                int[] count = byInput.computeIfAbsent(kind, k -> new int[2]);
                count[0]++;
                if (truth) {
                    right++;
                    count[1]++;
                } else {
                    itemRight = false;
                    wrong.add(item.id() + " " + input + ": " + r.get("label").asString());
                }
            }
            allTrue += itemRight ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "Reasons of the default's flagged items on round 3's half B (%d items of %d letters): "
                + "%d flagged, %d reasons judged, %d true (%.2f), %d not judged (no gold label); %d flagged items show only "
                + "true reasons%n", gold.size(), heldOut.size(), flagged, shown, right, shown == 0 ? Double.NaN
                : right / (double) shown, unjudged, allTrue);
        byInput.forEach((k, c) -> System.out.printf(Locale.ROOT, "  %-40s shown %3d true %3d%n", k, c[0], c[1]));
        wrong.forEach(w -> System.out.println("  not true of its item: " + w));
        assertTrue(flagged > 0, "no item flagged");
        assertTrue(right >= 0.80 * shown, right + " of " + shown + " reasons true of their item");
    }

    /** Whether a shown input is true of the item by its gold labels; null when the gold cannot tell. */
    private static Boolean truth(String input, BlindGold.Item item) {
        String name = input.contains("=") ? input.substring(0, input.indexOf('=')) : input;
        String value = input.contains("=") ? input.substring(input.indexOf('=') + 1) : "";
        return switch (name) {
            case "ur_decision" -> value.equals(item.get("ur_decision").isEmpty() ? "unknown" : item.get("ur_decision"));
            case "ur_modified" -> "modified".equals(item.get("ur_decision"));
            case "part_of_surgery_request" -> "true".equals(item.get("part_of_surgery_request"));
            case "procedure_item" -> !item.get("procedure_item").isEmpty();
            case "initial_trial_within_limit" -> value.equals(item.get("initial_trial_within_limit"));
            case "objective_findings" -> GOLD_FINDINGS.contains(value) ? item.set("objective_findings").contains(value) : null;
            default -> name.startsWith("ur_reason_") ? item.set("ur_reasons").contains(name.substring("ur_reason_".length()))
                    : null;
        };
    }
}
