package org.imrtoolkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table of letters' items (as {@code imr features} writes them) cross-validated row by row puts a
 * letter's items on both sides of a split, and its figures then measure memory of the letter, not
 * skill; {@code --group-column} keeps a group's rows in one fold and one resample.
 */
class GroupColumnTest {

    @TempDir
    Path dir;

    /**
     * 60 letters of 5 items each; a letter's items share its outcome (drawn at random) and a value that
     * names the letter and says nothing else, as a letter's own words would.
     */
    private Path items() throws Exception {
        StringBuilder s = new StringBuilder("id\tletter\tmark\toutcome\n");
        Random random = new Random(7);
        for (int letter = 0; letter < 60; letter++) {
            String outcome = random.nextInt(3) == 0 ? "Overturned" : "Upheld";
            for (int item = 1; item <= 5; item++) {
                s.append("CM").append(letter).append('/').append(item).append("\tCM").append(letter)
                        .append("\tm").append(letter).append('\t').append(outcome).append('\n');
            }
        }
        return Files.writeString(dir.resolve("items.tsv"), s.toString());
    }

    private static double meanRocAuc(String out) {
        Matcher m = Pattern.compile("(?m)^ROC-AUC\\s+(\\d\\.\\d{3})\\s+\\d\\.\\d{3}\\s+\\[").matcher(out);
        assertTrue(m.find(), out);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void rowsOfALetterStayTogetherSoMemoryOfTheLetterIsNoSkill() throws Exception {
        Path tsv = items();
        Run byRow = Run.of("train", "-q", "-o", dir.resolve("rows.imrmodel").toString(), "--id-column", "id",
                "--label-column", "outcome", "--category-column", "mark", tsv.toString());
        assertEquals(0, byRow.exitCode(), byRow.err());
        assertTrue(byRow.out().contains("each row its own group"), byRow.out());
        assertTrue(meanRocAuc(byRow.out()) > 0.9, "row by row, a letter's other items give its outcome away:\n" + byRow.out());

        Path model = dir.resolve("grouped.imrmodel");
        Path metrics = dir.resolve("cv.json");
        Path report = dir.resolve("cv.html");
        Run grouped = Run.of("train", "-q", "-o", model.toString(), "--metrics", metrics.toString(), "--report",
                report.toString(), "--id-column", "id", "--group-column", "letter", "--label-column", "outcome",
                "--category-column", "mark", tsv.toString());
        assertEquals(0, grouped.exitCode(), grouped.err());
        assertTrue(grouped.out().contains("grouped by column 'letter'"), grouped.out());
        assertTrue(grouped.out().contains("resamples of whole groups of column 'letter'"), grouped.out());
        assertTrue(meanRocAuc(grouped.out()) < 0.7, "a held-out letter's mark was never seen:\n" + grouped.out());
        String json = Files.readString(metrics);
        assertTrue(json.contains("\"unit\" : \"group\"") && json.contains("\"group_column\" : \"letter\""), json);
        assertTrue(Files.readString(report).contains("groups resampled"), "the report's interval column");

        Run info = Run.of("model-info", model.toString());
        assertTrue(info.out().contains("grouped by column 'letter'"), info.out());
        Run eval = Run.of("evaluate", "-q", "-m", model.toString(), "--group-column", "letter", tsv.toString());
        assertEquals(0, eval.exitCode(), eval.err());
        assertTrue(eval.out().contains("resamples of whole groups of column 'letter'"), eval.out());
    }

    /** How training rows were grouped is no column the rows a model is applied to must have. */
    @Test
    void aModelTrainedWithAGroupColumnPredictsRowsWithoutIt() throws Exception {
        Path model = dir.resolve("grouped.imrmodel");
        assertEquals(0, Run.of("train", "-q", "-o", model.toString(), "--id-column", "id", "--group-column", "letter",
                "--label-column", "outcome", "--category-column", "mark", items().toString()).exitCode());
        // the model's own mapping names the label column too, which predict does not read
        Path fresh = Files.writeString(dir.resolve("new.tsv"), "id\tmark\toutcome\nN1\tm3\t\nN2\tm99\t\n");
        Run predict = Run.of("predict", "-q", "-m", model.toString(), "-o", dir.resolve("p.csv").toString(), fresh.toString());
        assertEquals(0, predict.exitCode(), predict.err());
        assertEquals(3, Files.readAllLines(dir.resolve("p.csv")).size(), "a header and both rows");
        Run eval = Run.of("evaluate", "-q", "-m", model.toString(), items().toString());
        assertEquals(0, eval.exitCode(), eval.err());
        assertTrue(eval.out().contains("resamples of rows"), "without --group-column, each row its own group: " + eval.out());
    }
}
