package org.imrtoolkit.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.imrtoolkit.core.io.LetterReader;
import org.imrtoolkit.core.io.TsvResource;
import org.imrtoolkit.core.letter.Letter;
import org.imrtoolkit.core.letter.LetterFormatException;

/**
 * The blind gold set of issue 10 ({@code gold/blind-27.tsv}): every item of 27 shared letters,
 * labelled by a separate annotator before any rule was run on them; and the gold files of issue 18
 * ({@link #BLIND_45}, {@link #DEV_84}), read with {@link #items(String, List)}. Labels only; the
 * letters are read from {@code ../shared/wc-letters/txt}.
 */
public final class BlindGold {

    /** Issue 10's blind gold set. */
    public static final String BLIND_27 = "/gold/blind-27.tsv";

    /** The file's columns, in order. */
    public static final List<String> COLUMNS = List.of("letter_id", "item_index", "decision", "treatment_type",
            "requested_sessions_min", "requested_sessions_max", "prior_visits", "functional_improvement", "surgery_done",
            "months_since_surgery", "exceeds_guideline", "ur_decision", "ur_reasons", "reviewer_reasons", "notes");

    /** Issue 18's blind gold: every item of 45 letters, labelled before the issue-18 rules ran on them. */
    public static final String BLIND_45 = "/gold/blind-45.tsv";

    /** Issue 18's development gold: every item of the 84 letters its rules were written from. */
    public static final String DEV_84 = "/gold/dev-84.tsv";

    /** The columns of issue 18's gold files ({@link #BLIND_45} and {@link #DEV_84}), in order. */
    public static final List<String> ISSUE18_COLUMNS = List.of("letter_id", "item_index", "decision", "ur_decision",
            "ur_reasons", "part_of_surgery_request", "procedure_item", "objective_findings", "initial_trial_within_limit");

    /** One labelled item. */
    public record Item(String id, String letterId, Map<String, String> labels) {

        public String get(String column) {
            String v = labels.get(column);
            if (v == null) {
                throw new IllegalArgumentException("no column " + column);
            }
            return v;
        }

        /** A comma-separated column as a set of labels. */
        public Set<String> set(String column) {
            Set<String> out = new LinkedHashSet<>();
            for (String s : get(column).split(",")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
            return out;
        }
    }

    /** Precision, recall and counts of one label (or of all, micro-averaged). */
    public record Score(String label, int gold, int tagged, int truePositives) {

        public double precision() {
            return tagged == 0 ? Double.NaN : truePositives / (double) tagged;
        }

        public double recall() {
            return gold == 0 ? Double.NaN : truePositives / (double) gold;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-28s gold %3d tagged %3d tp %3d  P %.2f  R %.2f", label, gold, tagged,
                    truePositives, precision(), recall());
        }
    }

    private BlindGold() {
    }

    public static List<Item> items() {
        return items(BLIND_27, COLUMNS);
    }

    /** The letter ids of {@code blind-27.tsv}. */
    public static Set<String> letterIds() {
        Set<String> out = new LinkedHashSet<>();
        items().forEach(i -> out.add(i.letterId()));
        return out;
    }

    /** Whether a gold resource is on the class path (a gold file still being labelled is not). */
    private static boolean present(String resource) {
        return BlindGold.class.getResource(resource) != null;
    }

    /**
     * The items of a gold resource as {@link #items(String, List)} reads them; while the resource is
     * absent (still being labelled), a skipped test with the line "SKIPPED: {@code gold} not found; ..."
     * on stderr, ending with what {@code measures} once it is labelled.
     */
    public static List<Item> itemsOrSkip(String resource, List<String> columns, String gold, String measures) {
        if (!present(resource)) {
            // "SKIPPED: <reason>; <details>": ./run-tests counts the skipped tests by <reason>, as for SharedData
            String message = "SKIPPED: " + gold + " not found; no " + resource + " on the test class path (core/src/test/resources"
                    + resource + "): " + measures + " once it is labelled";
            System.err.println(message);
            assumeTrue(false, message);
        }
        return items(resource, columns);
    }

    /**
     * The items of a blind gold resource whose columns are {@code columns}, the first two being
     * {@code letter_id} and {@code item_index}; a row of another width fails naming the file and row.
     */
    public static List<Item> items(String resource, List<String> columns) {
        List<Item> out = new ArrayList<>();
        int n = 0;
        for (String[] row : TsvResource.rows(BlindGold.class, resource)) {
            n++;
            if (row.length != columns.size()) {
                throw new IllegalStateException(resource + ": data row " + n + " has " + row.length + " columns, not "
                        + columns.size() + " (" + String.join(" ", columns) + "): " + String.join(" ", row));
            }
            Map<String, String> labels = new LinkedHashMap<>();
            for (int i = 0; i < row.length; i++) {
                labels.put(columns.get(i), row[i].strip());
            }
            out.add(new Item(row[0].strip() + "/" + row[1].strip(), row[0].strip(), labels));
        }
        return out;
    }

    /**
     * Round 3 of issue 18 split the 45 blind letters of {@code blind-45.tsv}, stratified, before any
     * round-3 rule was written: within the 27 letters of {@code blind-27.tsv} and within the 18
     * others, the letters sorted by sha256("issue-18-round3:" + id); the first 13 and the first 9
     * form half A (rules may be written from them), the other 14 + 9 half B (held out). Returns
     * half B's letter ids.
     */
    public static Set<String> round3HeldOut(List<Item> blind45) {
        Set<String> blind27 = letterIds();
        List<String> first = new ArrayList<>();
        List<String> second = new ArrayList<>();
        for (Item i : blind45) {
            List<String> group = blind27.contains(i.letterId()) ? first : second;
            if (!group.contains(i.letterId())) {
                group.add(i.letterId());
            }
        }
        Set<String> out = new TreeSet<>();
        out.addAll(lastOf(first, 13));
        out.addAll(lastOf(second, 9));
        return out;
    }

    /** The items of round 3's half B ({@link #round3HeldOut}), in the file's order. */
    public static List<Item> round3HalfB(List<Item> blind45) {
        Set<String> heldOut = round3HeldOut(blind45);
        return blind45.stream().filter(i -> heldOut.contains(i.letterId())).toList();
    }

    private static List<String> lastOf(List<String> ids, int skip) {
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(Comparator.comparing(id -> sha256("issue-18-round3:" + id)));
        return sorted.subList(Math.min(skip, sorted.size()), sorted.size());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The letter of a blind item, from {@code ../shared} (the test is skipped without it). */
    public static Letter letter(LetterReader reader, String letterId) throws IOException, LetterFormatException {
        Path file = SharedData.shared("wc-letters/txt").resolve(letterId + ".txt");
        return reader.read(file);
    }

    /**
     * Per-label scores of sets of labels by item, then the micro average (label "micro") last.
     */
    public static List<Score> scores(List<String> labels, Map<String, Set<String>> gold, Map<String, Set<String>> tagged) {
        List<Score> out = new ArrayList<>();
        int g = 0;
        int t = 0;
        int tp = 0;
        for (String label : labels) {
            int lg = 0;
            int lt = 0;
            int ltp = 0;
            for (String id : gold.keySet()) {
                boolean inGold = gold.get(id).contains(label);
                boolean inTagged = tagged.getOrDefault(id, Set.of()).contains(label);
                lg += inGold ? 1 : 0;
                lt += inTagged ? 1 : 0;
                ltp += inGold && inTagged ? 1 : 0;
            }
            out.add(new Score(label, lg, lt, ltp));
            g += lg;
            t += lt;
            tp += ltp;
        }
        out.add(new Score("micro", g, t, tp));
        return out;
    }

    /**
     * As {@link #scores}, but a gold label outside {@code labels} counts in the micro's gold count:
     * it is one the rules cannot find, so it lowers the micro recall as a missed label.
     */
    public static List<Score> scoresMissingOthers(List<String> labels, Map<String, Set<String>> gold,
                                                  Map<String, Set<String>> tagged) {
        List<Score> out = new ArrayList<>(scores(labels, gold, tagged));
        int missed = (int) gold.values().stream().flatMap(Set::stream).filter(l -> !labels.contains(l)).count();
        Score micro = out.removeLast();
        out.add(new Score("micro", micro.gold() + missed, micro.tagged(), micro.truePositives()));
        return out;
    }
}
