package org.imrtoolkit.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.imrtoolkit.core.letter.LabeledCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseInputsTest {

    @TempDir
    Path dir;

    private static final class Sink implements CaseSink {
        final List<LabeledCase> cases = new ArrayList<>();
        final List<String> rejected = new ArrayList<>();

        @Override
        public void accept(LabeledCase labeled) {
            cases.add(labeled);
        }

        @Override
        public void reject(String where, String reason) {
            rejected.add(where + ": " + reason);
        }

        List<String> ids() {
            return cases.stream().map(c -> c.input().id()).toList();
        }
    }

    private static final CsvColumns ID_NOTES = new CsvColumns(null, "id", List.of("notes"), null, null, List.of(), null);
    private static final CsvColumns NOTES = new CsvColumns(null, null, List.of("notes"), null, null, List.of(), null);

    private Sink read(CsvColumns columns, Path file, long maxBytes) throws Exception {
        Sink sink = new Sink();
        assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> new CaseInputs(columns, List.of(), maxBytes).read(file, sink));
        return sink;
    }

    @Test
    void aBomBeforeTheHeaderIsDropped() throws Exception {
        Path csv = Files.writeString(dir.resolve("bom.csv"), "\uFEFFid,notes\na,knee pain\n");
        Sink sink = read(ID_NOTES, csv, 1 << 20);
        assertEquals(List.of("a"), sink.ids(), sink.rejected.toString());
    }

    @Test
    void aRepeatedColumnNameIsNamed() throws Exception {
        Path csv = Files.writeString(dir.resolve("dup.csv"), "id,notes,year,notes\na,b,2014,c\n");
        Sink sink = read(ID_NOTES, csv, 1 << 20);
        assertEquals(List.of(csv + ":row 1: the header names column 'notes' twice (columns 2 and 4); rename one"),
                sink.rejected);
    }

    @Test
    void anUnclosedQuoteNamesItsRowAndTheLinesLost() throws Exception {
        StringBuilder body = new StringBuilder("id,notes\n");
        for (int i = 0; i < 4; i++) {
            body.append("r").append(i).append(",fine\n");
        }
        body.append("z,\"never closed\n");
        for (int i = 0; i < 15; i++) {
            body.append("q").append(i).append(",lost\n");
        }
        Path csv = Files.writeString(dir.resolve("quote.csv"), body.toString());
        Sink sink = read(ID_NOTES, csv, 1 << 20);
        assertEquals(List.of("r0", "r1", "r2", "r3"), sink.ids());
        assertEquals(1, sink.rejected.size());
        String message = sink.rejected.get(0);
        assertTrue(message.startsWith(csv + ":row 6: malformed CSV: a quote opened in this row (line 6) is never"
                + " closed"), message);
        assertTrue(message.contains("16 lines (lines 6-21) not read"), message);
    }

    @Test
    void rowsOfTwoFilesWithoutAnIdColumnGetIdsOfTheirOwn() throws Exception {
        Path a = Files.writeString(dir.resolve("a.csv"), "notes\nx\ny\n");
        Path b = Files.writeString(dir.resolve("b.csv"), "notes\nx\n");
        CaseInputs inputs = new CaseInputs(NOTES, List.of(), 1 << 20);
        Sink sink = new Sink();
        inputs.read(a, sink);
        inputs.read(b, sink);
        assertEquals(List.of("a.csv:row-2", "a.csv:row-3", "b.csv:row-2"), sink.ids());
        assertTrue(sink.rejected.isEmpty());
    }

    @Test
    void anIdWithASlashIsAGroupOfItsOwn() throws Exception {
        Path csv = Files.writeString(dir.resolve("slash.csv"), "id,notes\ncase/0,x\ncase/1,y\n");
        Sink sink = read(ID_NOTES, csv, 1 << 20);
        assertEquals(List.of("case/0", "case/1"), sink.cases.stream().map(c -> c.input().group()).toList());
    }

    @Test
    void aGroupColumnKeepsALettersItemsTogetherAndABlankGroupIsNamed() throws Exception {
        Path tsv = Files.writeString(dir.resolve("items.tsv"),
                "id\tletter\tnotes\nCM1/1\tCM1\tx\nCM1/2\tCM1\ty\nCM2/1\tCM2\tz\nCM3/1\t \tw\n");
        Sink sink = read(new CsvColumns(null, "id", List.of("notes"), null, null, List.of(), "letter"), tsv, 1 << 20);
        assertEquals(List.of("CM1", "CM1", "CM2"), sink.cases.stream().map(c -> c.input().group()).toList());
        assertEquals(List.of(tsv + ":row 5: empty group in column 'letter'"), sink.rejected);
    }

    @Test
    void aMissingGroupColumnIsNamedWithTheHeader() throws Exception {
        Path csv = Files.writeString(dir.resolve("nogroup.csv"), "id,notes\na,x\n");
        Sink sink = read(new CsvColumns(null, "id", List.of("notes"), null, null, List.of(), "letter"), csv, 1 << 20);
        assertEquals(List.of(), sink.ids());
        assertEquals(List.of(csv + ": no column 'letter'; the header is: id, notes"), sink.rejected);
    }

    @Test
    void aHugeCellOrItemIsRefusedWithoutReadingItWhole() throws Exception {
        Path csv = Files.writeString(dir.resolve("cell.csv"), "id,notes\na,fine\nb," + "x".repeat(3 << 20)
                + "\nc,never read\n");
        Sink sink = read(ID_NOTES, csv, 1 << 20);
        assertEquals(List.of("a"), sink.ids());
        assertEquals(1, sink.rejected.size());
        assertTrue(sink.rejected.get(0).startsWith(csv + ":row 3: the row is over the 1.0 MB limit"),
                sink.rejected.toString());
        // Within the reader's slack but over the limit: refused by the row check, and the rest read.
        CsvColumns withItem = new CsvColumns(null, "id", List.of("notes"), "item", null, List.of(), null);
        Path item = Files.writeString(dir.resolve("item.csv"), "id,notes,item\na,fine," + "y".repeat(1000)
                + "\nb,ok,MRI\n");
        Sink items = read(withItem, item, 500);
        assertEquals(List.of("b"), items.ids());
        assertTrue(items.rejected.get(0).contains("over the 500 bytes limit"), items.rejected.toString());
    }

    @Test
    void aFifoIsNoTable() throws Exception {
        Path fifo = dir.resolve("pipe.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0);
        Sink sink = read(ID_NOTES, fifo, 1 << 20);
        assertEquals(List.of(fifo + ": not a regular file (a FIFO)"), sink.rejected);
    }
}
