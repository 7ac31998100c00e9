import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.imrtoolkit.core.io.LetterReader;
import org.imrtoolkit.core.letter.DisputedItem;
import org.imrtoolkit.core.letter.Letter;

/**
 * A scale corpus FOR TIMING ONLY: letters recombined from the sections of real letters (reviewer,
 * summary, items with their guidelines and rationales), numbers and dates varied, laid out as
 * pdftotext lays out the published letters. Never use it for accuracy figures: its labels are
 * copied from unrelated letters.
 *
 * Usage: java -cp 'cli/target/lib/*' bench/ScaleCorpus.java SOURCE_DIR OUT_DIR LETTERS ITEMS_PER_LETTER(0=1-3) SEED
 */
public class ScaleCorpus {

    private static final Pattern NUMBER = Pattern.compile("(?<![\\w/-])(\\d{1,2})(?![\\w/-])");
    private static final Pattern DATE = Pattern.compile("\\b(\\d{1,2})[-/](\\d{1,2})[-/](\\d{2,4})\\b");
    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        int perLetter = Integer.parseInt(args[3]);
        Random r = new Random(Long.parseLong(args[4]));
        List<Letter> letters = new ArrayList<>();
        LetterReader reader = new LetterReader();
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.sorted().toList()) {
                try {
                    letters.add(reader.read(f));
                } catch (Exception e) {
                    // only parsable letters are recombined
                }
            }
        }
        List<DisputedItem> items = letters.stream().flatMap(l -> l.items().stream()).toList();
        int written = 0;
        int itemCount = 0;
        for (int i = 0; i < n; i++) {
            Letter summaryFrom = letters.get(r.nextInt(letters.size()));
            Letter reviewerFrom = letters.get(r.nextInt(letters.size()));
            int k = perLetter > 0 ? perLetter : 1 + r.nextInt(3);
            StringBuilder s = new StringBuilder();
            LocalDate assigned = LocalDate.of(2016, 1, 1).plusDays(r.nextInt(700));
            String id = String.format("SYN%07d", i);
            s.append("Case Number:\nDate Assigned:\nDecision Date:\nPriority:\n\n").append(id).append('\n')
                    .append(assigned.format(OUT)).append('\n').append(assigned.plusDays(20 + r.nextInt(20)).format(OUT))
                    .append("\nStandard\n\nDate of Injury:\nUR Denial Date:\nApplication\nReceived:\n\n")
                    .append(assigned.minusDays(400 + r.nextInt(3000)).format(OUT)).append('\n')
                    .append(assigned.minusDays(40).format(OUT)).append('\n').append(assigned.minusDays(10).format(OUT))
                    .append("\n\nHOW THE IMR FINAL DETERMINATION WAS MADE\n")
                    .append("MAXIMUS Federal Services sent the complete case file to an expert reviewer. He/she has no\n")
                    .append("affiliation with the employer, employee, providers or the claims administrator.\n")
                    .append("The Expert Reviewer has the following credentials:\nState(s) of Licensure: ")
                    .append(String.join(", ", reviewerFrom.reviewer().licensureStates().isEmpty() ? List.of("California")
                            : reviewerFrom.reviewer().licensureStates()))
                    .append("\nCertification(s)/Specialty: ").append(reviewerFrom.reviewer().specialty())
                    .append("\nCLINICAL CASE SUMMARY\nThe expert reviewer developed the following clinical case summary based on a review of the\n")
                    .append("case file, including all medical records:\n")
                    .append(wrap(vary(summaryFrom.summary(), r)))
                    .append("\nIMR ISSUES, DECISIONS AND RATIONALES\n")
                    .append("The Final Determination was based on decisions for the disputed items/services set forth below:\n");
            for (int j = 0; j < k; j++) {
                DisputedItem item = items.get(r.nextInt(items.size()));
                s.append(wrap(vary(item.text(), r) + ": " + item.decision())).append('\n');
                if (!item.claimsAdministratorGuideline().text().isEmpty()) {
                    s.append(wrap("Claims Administrator guideline: " + item.claimsAdministratorGuideline().text())).append('\n');
                }
                if (!item.maximusGuideline().text().isEmpty()) {
                    s.append(wrap("MAXIMUS guideline: " + item.maximusGuideline().text())).append('\n');
                }
                s.append(wrap("Decision rationale: " + vary(item.rationale(), r))).append("\n\n");
                itemCount++;
            }
            Path dir = out.resolve(String.format("%04d", i / 1000));
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("synthetic-timing-only-" + id + ".txt"), s, StandardCharsets.UTF_8);
            written++;
        }
        System.out.printf("%d synthetic letters (timing only), %d items, from %d real letters%n", written, itemCount,
                letters.size());
    }

    /** Numbers moved by up to 3, dates shifted by up to a year, so no two letters are the same text. */
    static String vary(String text, Random r) {
        Matcher d = DATE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (d.find()) {
            LocalDate date = LocalDate.of(2014, 1, 1).plusDays(r.nextInt(1100));
            d.appendReplacement(out, date.format(OUT));
        }
        d.appendTail(out);
        Matcher m = NUMBER.matcher(out.toString());
        StringBuilder varied = new StringBuilder();
        while (m.find()) {
            int v = Math.max(1, Integer.parseInt(m.group(1)) + r.nextInt(7) - 3);
            m.appendReplacement(varied, Integer.toString(v));
        }
        m.appendTail(varied);
        return varied.toString();
    }

    static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (String word : text.split(" ")) {
            if (col + word.length() > 95 && col > 0) {
                out.append('\n');
                col = 0;
            } else if (col > 0) {
                out.append(' ');
                col++;
            }
            out.append(word);
            col += word.length();
        }
        return out.toString();
    }
}
