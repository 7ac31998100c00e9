package org.imrtoolkit.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.imrtoolkit.core.letter.LetterFormatException;
import org.imrtoolkit.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterReaderTest {

    private final LetterReader reader = new LetterReader();

    @TempDir
    Path dir;

    @Test
    void pdfWithoutTextLayerIsRefusedClearly() throws Exception {
        Path pdf = dir.resolve("scan.pdf");
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(pdf.toFile());
        }
        LetterFormatException e = assertThrows(LetterFormatException.class, () -> reader.read(pdf));
        assertTrue(e.getMessage().contains("no text layer"), e.getMessage());
    }

    @Test
    void fileNamedPdfThatIsNoPdf() throws Exception {
        Path pdf = Files.writeString(dir.resolve("fake.pdf"), "hello");
        LetterFormatException e = assertThrows(LetterFormatException.class, () -> reader.read(pdf));
        assertEquals("not a PDF file (no %PDF- header)", e.getMessage());
    }

    @Test
    void aStrayByteIsReplacedAloneAndCounted() {
        // Windows-1252's right quote is no UTF-8: that byte alone becomes U+FFFD, not the whole letter.
        byte[] bytes = "Patient\u2019s caf\u00e9".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        byte[] mixed = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, mixed, 0, bytes.length);
        mixed[bytes.length] = (byte) 0xC3; // "é" in UTF-8 after the bad bytes
        mixed[bytes.length + 1] = (byte) 0xA9;
        LetterReader.DecodedText d = LetterReader.decode(mixed);
        assertEquals("Patient\uFFFDs caf\uFFFD\u00e9", d.text());
        assertEquals(2, d.replaced());
        assertEquals("caf\u00e9", LetterReader.decode("caf\u00e9".getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void directoriesExpandToLetterFilesInOrder() throws Exception {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/2.txt"), "x");
        Files.writeString(dir.resolve("1.pdf"), "x");
        Files.writeString(dir.resolve("notes.md"), "x");
        assertEquals(List.of(dir.resolve("1.pdf"), dir.resolve("b/2.txt")), LetterFiles.expand(List.of(dir)));
        Path missing = dir.resolve("missing");
        java.io.IOException e = assertThrows(java.io.IOException.class, () -> LetterFiles.expand(List.of(missing)));
        assertEquals(missing + ": no such file or directory", e.getMessage());
    }

    @Test
    void idIsTheFileNameWithoutExtension() throws Exception {
        assertEquals("004_cd6c404d6da2b567",
                reader.read(SharedData.dataLetters().resolve("004_cd6c404d6da2b567.txt")).id());
    }
}
