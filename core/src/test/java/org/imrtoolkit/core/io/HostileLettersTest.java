package org.imrtoolkit.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.imrtoolkit.core.letter.Letter;
import org.imrtoolkit.core.letter.LetterFormatException;
import org.imrtoolkit.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files built to hurt: each refused in one line, in bounded time and memory. */
class HostileLettersTest {

    private static final Duration BUDGET = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private static String realLetter() throws IOException {
        return Files.readString(SharedData.dataLetters().resolve("000_cef401a6dd751b32.txt"));
    }

    private static String refusal(LetterReader reader, Path file) {
        return assertTimeoutPreemptively(BUDGET,
                () -> assertThrows(LetterFormatException.class, () -> reader.read(file))).getMessage();
    }

    @Test
    void devicesAndFifosAreRefusedWithoutReading() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        assertEquals("not a regular file (a character device)", refusal(new LetterReader(), zero));
        Path fifo = dir.resolve("letter.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0);
        assertEquals("not a regular file (a FIFO)", refusal(new LetterReader(), fifo));
        assertEquals("is a directory, not a file", refusal(new LetterReader(), dir));
    }

    @Test
    void aPipeIsReadOnlyToTheLimit() throws Exception {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };
        InputFiles.SizeLimitException e = assertTimeoutPreemptively(BUDGET, () -> assertThrows(
                InputFiles.SizeLimitException.class, () -> InputFiles.readBounded(endless, 1 << 20, "stdin")));
        assertEquals("stdin is over the 1.0 MB limit (raise it with --max-input-size)", e.getMessage());
    }

    @Test
    void textOverTheCharacterLimitIsRefused() throws Exception {
        Path big = Files.writeString(dir.resolve("big.txt"), realLetter() + "x".repeat(20_000));
        String message = refusal(new LetterReader(new LetterReader.Limits(1 << 20, 10_000, 100)), big);
        assertTrue(message.startsWith("the letter's text is over 10,000 characters"), message);
    }

    @Test
    void aSmallPdfThatExpandsToMuchTextStopsAtTheLimit() throws Exception {
        Path pdf = dir.resolve("expands.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                cs.newLineAtOffset(50, 700);
                for (int i = 0; i < 20_000; i++) {
                    cs.showText("The same line of text again. ");
                    cs.newLineAtOffset(0, -1);
                }
                cs.endText();
            }
            document.save(pdf.toFile());
        }
        assertTrue(Files.size(pdf) < 100_000, "compressed: " + Files.size(pdf));
        String message = refusal(new LetterReader(new LetterReader.Limits(1 << 20, 50_000, 100)), pdf);
        assertTrue(message.startsWith("the letter's text is over 50,000 characters"), message);
    }

    @Test
    void pagesOverTheLimitAreRefusedBeforeExtraction() throws Exception {
        Path pdf = dir.resolve("pages.pdf");
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < 5; i++) {
                document.addPage(new PDPage());
            }
            document.save(pdf.toFile());
        }
        assertEquals("the PDF has 5 pages, over the 3-page limit for one letter",
                refusal(new LetterReader(new LetterReader.Limits(1 << 20, 10_000, 3)), pdf));
    }

    @Test
    void nestedFormsAreCutOff() throws Exception {
        // Each form draws the one below it twice: 2^30 draws of the text at the bottom.
        Path pdf = dir.resolve("forms.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDResources bottom = new PDResources();
            COSName font = bottom.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            PDFormXObject form = form(document, bottom, "BT /" + font.getName() + " 10 Tf 50 700 Td (x) Tj ET");
            for (int level = 0; level < 30; level++) {
                PDResources resources = new PDResources();
                COSName below = resources.add(form);
                form = form(document, resources, "/" + below.getName() + " Do /" + below.getName() + " Do");
            }
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                cs.drawForm(form);
            }
            document.save(pdf.toFile());
        }
        String message = refusal(new LetterReader(), pdf);
        assertTrue(message.contains("nested form XObjects") || message.contains("characters"), message);
    }

    private static PDFormXObject form(PDDocument document, PDResources resources, String content) throws IOException {
        org.apache.pdfbox.pdmodel.common.PDStream stream = new org.apache.pdfbox.pdmodel.common.PDStream(document,
                new java.io.ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII)));
        PDFormXObject form = new PDFormXObject(stream);
        form.setBBox(new PDRectangle(0, 0, 600, 800));
        form.setResources(resources);
        return form;
    }

    @Test
    void aPageTreeThatListsAPageTwiceIsRefused() throws Exception {
        Path pdf = dir.resolve("cycle.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                cs.newLineAtOffset(50, 700);
                cs.showText("CLINICAL CASE SUMMARY");
                cs.endText();
            }
            COSArray kids = document.getPages().getCOSObject().getCOSArray(COSName.KIDS);
            kids.add(page.getCOSObject());
            document.getPages().getCOSObject().setInt(COSName.COUNT, 2);
            document.save(pdf.toFile());
        }
        String message = refusal(new LetterReader(), pdf);
        assertTrue(message.contains("lists a page twice"), message);
    }

    @Test
    void utf16WithBomAndUnicodeLineSeparatorsRead() throws Exception {
        String text = realLetter();
        Letter plain = new LetterReader().read(Files.writeString(dir.resolve("plain.txt"), text));
        for (var charset : java.util.List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Path f = dir.resolve("utf16-" + charset.name() + ".txt");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes("\uFEFF".getBytes(charset));
            bytes.writeBytes(text.getBytes(charset));
            Files.write(f, bytes.toByteArray());
            Letter l = new LetterReader().read(f);
            assertEquals(plain.items(), l.items(), charset.name());
            assertEquals(plain.summary(), l.summary());
            assertTrue(l.warnings().isEmpty());
        }
        for (String separator : new String[]{"\u2028", "\u2029", "\u0085", "\r"}) {
            Path f = Files.writeString(dir.resolve("sep.txt"), "\uFEFF" + text.replace("\n", separator));
            Letter l = new LetterReader().read(f);
            assertEquals(plain.items(), l.items(), "U+" + Integer.toHexString(separator.charAt(0)));
        }
    }

    @Test
    void aStrayByteIsReplacedAndSaid() throws Exception {
        byte[] good = realLetter().getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 1];
        int at = good.length / 2;
        System.arraycopy(good, 0, bad, 0, at);
        bad[at] = (byte) 0x92;
        System.arraycopy(good, at, bad, at + 1, good.length - at);
        Letter l = new LetterReader().read(Files.write(dir.resolve("stray.txt"), bad));
        assertEquals(java.util.List.of("1 byte sequence that is not valid UTF-8 replaced with U+FFFD"), l.warnings());
    }

    @Test
    void concatenatedLettersAreRefused() throws Exception {
        Path f = Files.writeString(dir.resolve("two.txt"), realLetter() + "\n" + realLetter());
        String message = refusal(new LetterReader(), f);
        assertTrue(message.startsWith("several letters in one file: a second '"), message);
    }
}
