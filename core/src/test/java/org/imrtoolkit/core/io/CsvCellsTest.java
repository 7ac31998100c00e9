package org.imrtoolkit.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.imrtoolkit.core.letter.Letter;
import org.imrtoolkit.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvCellsTest {

    @TempDir
    Path dir;

    @Test
    void formulasGetAnApostropheAndNumbersStay() {
        assertEquals("'=1+2", CsvCells.safe("=1+2"));
        assertEquals("'+cmd|' /C calc'!A0", CsvCells.safe("+cmd|' /C calc'!A0"));
        assertEquals("'-2+3", CsvCells.safe("-2+3"));
        assertEquals("'@SUM(A1)", CsvCells.safe("@SUM(A1)"));
        assertEquals("'\t=1", CsvCells.safe("\t=1"));
        assertEquals("'\r=1", CsvCells.safe("\r=1"));
        assertEquals("'-", CsvCells.safe("-"));
        for (String number : List.of("-3", "-0.5", "+1", "-1e-3", "12", "0.4567", "-.5")) {
            assertEquals(number, CsvCells.safe(number));
        }
        for (String text : List.of("", "Upheld", "a=b", "knee - left", "'quoted")) {
            assertEquals(text, CsvCells.safe(text));
        }
        assertEquals(List.of("'=x", "3", "-3", "true"), CsvCells.safe("=x", 3, -3, true));
    }

    @Test
    void aFileNamedAsAFormulaComesOutNeutralised() throws Exception {
        Path letter = Files.copy(SharedData.dataLetters().resolve("000_cef401a6dd751b32.txt"), dir.resolve("=1+2.txt"));
        Letter parsed = new LetterReader().read(letter);
        assertEquals("=1+2", parsed.id());
        StringWriter out = new StringWriter();
        ParsedItemsCsv csv = new ParsedItemsCsv(out);
        csv.write(parsed);
        csv.flush();
        String row = out.toString().split("\r\n")[1];
        assertTrue(row.startsWith("'=1+2,1,"), row);
    }
}
