package org.imrtoolkit.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.imrtoolkit.core.io.CsvColumns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseStreamTest {

    private static final CaseSource CSV = new CaseSource(
            new CsvColumns(null, "id", List.of("text"), null, "label", List.of(), null), List.of());

    @TempDir
    Path dir;

    /** What one run wrote, and what it said on stderr. */
    private record Outcome(List<String> written, String err, int skipped) {
    }

    private Outcome run(int threads, List<Path> files) throws Exception {
        StringWriter err = new StringWriter();
        Context context = new Context("test", threads, 1 << 20, false, new PrintWriter(new StringWriter()),
                new PrintWriter(err, true));
        Rejections rejections = new Rejections(context, null);
        List<String> written = new ArrayList<>();
        new CaseStream(context, rejections).cases(files, CSV, c -> {
            if (c.decision().isBlank()) {
                throw new SkippedInput("no label");
            }
            if (c.input().summary().contains("boom")) {
                throw new IllegalStateException("boom");
            }
            return c.input().id() + "=" + c.decision();
        }, (id, value) -> written.add(value));
        return new Outcome(written, err.toString(), rejections.count());
    }

    private Path table(String name, String... rows) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "id,text,label\n" + String.join("\n", rows) + "\n");
        return file;
    }

    @Test
    void resultsComeInInputOrderWhateverTheThreads() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int f = 0; f < 12; f++) {
            files.add(table("t" + f + ".csv", "a" + f + ",text,Upheld", "b" + f + ",text,Overturned"));
        }
        Outcome one = run(1, files);
        Outcome four = run(4, files);
        assertEquals(24, one.written().size());
        assertEquals("a0=Upheld", one.written().get(0));
        assertEquals("b11=Overturned", one.written().get(23));
        assertEquals(one.written(), four.written());
    }

    @Test
    void duplicatesBadRowsAndFailedWorkAreSkippedAndReportedOneWay() throws Exception {
        Path first = table("first.csv", "r1,text,Upheld", "r2,boom,Upheld", "r3,text,");
        Path second = table("second.csv", "r1,again,Upheld", "r4,\"unclosed,Upheld");
        Outcome o = run(2, List.of(first, second));
        assertEquals(List.of("r1=Upheld"), o.written());
        assertEquals(4, o.skipped(), o.err());
        List<String> lines = o.err().lines().toList();
        assertEquals(4, lines.size(), o.err());
        assertTrue(lines.stream().allMatch(l -> l.startsWith("imr test: ")), o.err());
        assertTrue(o.err().contains("imr test: r2: unexpected error (please report): IllegalStateException: boom"),
                o.err());
        assertTrue(o.err().contains("imr test: r3: no label"), o.err());
        assertTrue(o.err().contains("imr test: " + second + ": duplicate id 'r1' (also in " + first + ")"), o.err());
        assertTrue(o.err().contains(second + ":row 3: malformed CSV"), o.err());
    }
}
