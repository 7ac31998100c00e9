package org.imrtoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.imrtoolkit.core.io.LetterReader;
import org.imrtoolkit.core.letter.Letter;
import org.imrtoolkit.core.letter.LetterFormatException;
import org.imrtoolkit.core.nlp.TextAnnotator;
import org.imrtoolkit.core.testing.SharedData;
import org.imrtoolkit.features.clinical.ClinicalFeatureExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutations of real letters and CSVs, fed to the reader and to every command that reads
 * data: no uncaught exception, every bad input reported by name, every good one still written.
 * The fast part (1,000+ inputs) runs always; {@code -Dimr.robustness.long=true} runs 20,000.
 */
class RobustnessTest {

    private static final long SEED = 20261123L;
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    @TempDir
    Path dir;

    private static List<byte[]> sources() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(SharedData.dataLetters())) {
            s.sorted().forEach(files::add);
        }
        Path wc = Path.of(System.getProperty("imr.shared.dir", "../shared"), "wc-letters", "txt");
        if (Files.isDirectory(wc)) {
            try (Stream<Path> s = Files.list(wc)) {
                s.sorted().limit(25).forEach(files::add);
            }
        }
        List<byte[]> out = new ArrayList<>();
        for (Path f : files) {
            out.add(Files.readAllBytes(f));
        }
        return out;
    }

    /** One mutated input: its bytes and the extension it is written with. */
    record Mutant(String kind, byte[] bytes, String extension) {
    }

    static Mutant mutate(byte[] source, Random r) {
        String text = new String(source, StandardCharsets.UTF_8);
        int kind = r.nextInt(14);
        return switch (kind) {
            case 0 -> new Mutant("truncated", java.util.Arrays.copyOf(source, r.nextInt(source.length + 1)), ".txt");
            case 1 -> new Mutant("section deleted", utf8(deleteSection(text, r)), ".txt");
            case 2 -> new Mutant("section duplicated", utf8(duplicateSection(text, r)), ".txt");
            case 3 -> new Mutant("lines shuffled", utf8(shuffleLines(text, r)), ".txt");
            case 4 -> new Mutant("random bytes", randomBytes(r, r.nextInt(5000)), r.nextBoolean() ? ".txt" : ".pdf");
            case 5 -> new Mutant("empty", new byte[0], ".txt");
            case 6 -> new Mutant("whitespace only", utf8(" \n\t\r\n".repeat(r.nextInt(200))), ".txt");
            case 7 -> new Mutant("invalid UTF-8", insert(source, r, new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF}), ".txt");
            case 8 -> new Mutant("Latin-1", text.replace("e", "\u00e9").getBytes(StandardCharsets.ISO_8859_1), ".txt");
            case 9 -> new Mutant("CRLF", utf8(text.replace("\n", "\r\n")), ".txt");
            case 10 -> new Mutant("byte-order mark", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, source), ".txt");
            case 11 -> new Mutant("NUL bytes", insert(source, r, new byte[] {0, 0, 0}), ".txt");
            case 12 -> new Mutant("words dropped", utf8(dropWords(text, r)), ".txt");
            default -> new Mutant("fake PDF", concat(utf8("%PDF-1.4\n"), java.util.Arrays.copyOf(source,
                    r.nextInt(source.length + 1))), ".pdf");
        };
    }

    @Test
    void mutatedLettersAreReadOrRefusedNeverCrash() throws Exception {
        int inputs = Boolean.getBoolean("imr.robustness.long") ? 20_000 : 1_200;
        List<byte[]> sources = sources();
        Random r = new Random(SEED);
        LetterReader reader = new LetterReader();
        ClinicalFeatureExtractor features = new ClinicalFeatureExtractor(new TextAnnotator());
        int parsed = 0;
        int refused = 0;
        List<String> crashes = new ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            Mutant m = mutate(sources.get(r.nextInt(sources.size())), r);
            Path file = Files.write(dir.resolve("m" + (i % 50) + m.extension()), m.bytes());
            try {
                Letter letter = reader.read(file);
                letter.cases().forEach(features::extract);
                parsed++;
            } catch (LetterFormatException | IOException e) {
                refused++;
                assertFalse(e.getMessage() == null || e.getMessage().isBlank(), m.kind() + ": a reason is given");
            } catch (RuntimeException | StackOverflowError e) {
                crashes.add(m.kind() + ": " + e);
            }
        }
        System.out.printf("robustness: %d mutated letters tried, %d parsed, %d refused cleanly, %d crashes%n", inputs,
                parsed, refused, crashes.size());
        assertEquals(List.of(), crashes);
        assertTrue(parsed > 0 && refused > 0);
    }

    @Test
    void aBatchWithBadFilesWritesEveryGoodRowAndNamesEveryBadFile() throws Exception {
        List<byte[]> sources = sources();
        Random r = new Random(SEED + 1);
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Set<String> good = new TreeSet<>();
        for (Path letter : Files.list(SharedData.dataLetters()).sorted().toList()) {
            Files.copy(letter, batch.resolve(letter.getFileName()));
            good.add(letter.getFileName().toString().replace(".txt", ""));
        }
        for (int i = 0; i < 150; i++) {
            Mutant m = mutate(sources.get(r.nextInt(sources.size())), r);
            Files.write(batch.resolve(String.format("x%03d%s", i, m.extension())), m.bytes());
        }
        Files.write(batch.resolve("huge.txt"), new byte[50 << 20]);
        for (String[] command : List.of(new String[] {"parse"}, new String[] {"features"},
                new String[] {"predict", "-m", SharedData.defaultModel().toString()})) {
            Path out = dir.resolve(command[0] + ".csv");
            List<String> args = new ArrayList<>(List.of(command));
            args.addAll(List.of("-q", "-o", out.toString(), batch.toString()));
            Run run = Run.of(args.toArray(String[]::new));
            assertTrue(run.exitCode() == 1, command[0] + " exit " + run.exitCode());
            assertFalse(run.err().contains("\tat ") || run.err().contains("Exception:"), run.err());
            assertTrue(run.err().contains(batch.resolve("huge.txt") + ": the file is 50.0 MB, over the 5.0 MB limit"),
                    run.err());
            List<CSVRecord> rows = READ.parse(Files.newBufferedReader(out)).getRecords();
            Set<String> letters = new TreeSet<>();
            for (CSVRecord row : rows) {
                String id = row.get(0);
                letters.add(id.contains("/") ? id.substring(0, id.indexOf('/')) : id);
            }
            assertTrue(letters.containsAll(good), command[0] + ": every good letter written: " + letters);
            // Every file is accounted for: written, or named on stderr.
            for (Path f : Files.list(batch).toList()) {
                String id = f.getFileName().toString().replaceFirst("\\.[^.]+$", "");
                assertTrue(letters.contains(id) || run.err().contains(f.toString()), command[0] + ": " + f + " lost");
            }
        }
    }

    @Test
    void malformedCsvRowsAreNamedAndTheOthersWritten() throws Exception {
        String header = "id,notes,item,year\n";
        StringBuilder good = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            good.append("r").append(i).append(",\"She had 6 visits of physical therapy, no improvement.\",PT 2x6,2014\n");
        }
        record Case(String name, String body, List<String> expectedIds, String expectedError) {
        }
        List<Case> cases = List.of(
                new Case("missing-field", header + "a,knee pain,MRI\n" + good, ids(0, 20), ":row 2: expected 4 fields, found 3"),
                new Case("extra-field", header + "a,knee pain,MRI,2014,extra\n" + good, ids(0, 20),
                        ":row 2: expected 4 fields, found 5"),
                new Case("embedded-newline", header + "a,\"knee pain\nworse at night\",MRI,2014\n" + good,
                        concatIds(List.of("a"), ids(0, 20)), null),
                new Case("empty-rows", header + "\n\n" + good + "\n\n", ids(0, 20), null),
                new Case("duplicate-id", header + good + "r3,again,MRI,2014\n", ids(0, 20), ":row 22: duplicate id 'r3'"),
                new Case("unbalanced-quote", header + good + "z,\"never closed,MRI,2014\nr99,more,MRI,2014\n", ids(0, 20),
                        ":row 22: malformed CSV"),
                new Case("not-a-number", header + "a,knee pain,MRI,twenty\n" + good, ids(0, 20),
                        ":row 2: column 'year' is 'twenty', not a number (--where year<=2014)"),
                new Case("empty-id", header + ",no id,MRI,2014\n" + good, ids(0, 20), ":row 2: empty id"));
        int tried = 0;
        for (Case c : cases) {
            Path csv = Files.writeString(dir.resolve(c.name() + ".csv"), c.body());
            Path out = dir.resolve(c.name() + ".out.csv");
            Run run = Run.of("features", "-q", "-o", out.toString(), "--id-column", "id", "--text-column", "notes",
                    "--item-column", "item", "--where", "year<=2014", csv.toString());
            tried++;
            assertFalse(run.err().contains("\tat ") || run.err().contains("Exception:"), c.name() + ": " + run.err());
            assertEquals(c.expectedError == null ? 0 : 1, run.exitCode(), c.name() + ": " + run.err());
            if (c.expectedError != null) {
                assertTrue(run.err().contains(csv + c.expectedError), c.name() + ": " + run.err());
            }
            List<String> written = READ.parse(Files.newBufferedReader(out)).getRecords().stream().map(x -> x.get("id"))
                    .toList();
            assertEquals(c.expectedIds, written, c.name());
        }
        System.out.printf("robustness: %d malformed CSV files tried, all reported by row, no crash%n", tried);
    }

    private static List<String> ids(int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i < to; i++) {
            ids.add("r" + i);
        }
        return ids;
    }

    private static List<String> concatIds(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String deleteSection(String text, Random r) {
        String[] headings = {"HOW THE IMR", "CLINICAL CASE SUMMARY", "IMR ISSUES", "Decision rationale", "MAXIMUS guideline",
                "Claims Administrator guideline"};
        String h = headings[r.nextInt(headings.length)];
        int at = text.indexOf(h);
        if (at < 0) {
            return text;
        }
        int end = Math.min(text.length(), at + h.length() + r.nextInt(2000));
        return text.substring(0, at) + text.substring(end);
    }

    private static String duplicateSection(String text, Random r) {
        int a = r.nextInt(text.length() + 1);
        int b = Math.min(text.length(), a + r.nextInt(3000));
        return text.substring(0, b) + text.substring(a, b) + text.substring(b);
    }

    private static String shuffleLines(String text, Random r) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        Collections.shuffle(lines, r);
        return String.join("\n", lines);
    }

    private static String dropWords(String text, Random r) {
        StringBuilder out = new StringBuilder();
        for (String w : text.split(" ")) {
            if (r.nextInt(10) != 0) {
                out.append(w).append(' ');
            }
        }
        return out.toString();
    }

    private static byte[] randomBytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    private static byte[] insert(byte[] source, Random r, byte[] bad) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = r.nextInt(source.length + 1);
        out.write(source, 0, at);
        out.writeBytes(bad);
        out.write(source, at, source.length - at);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
