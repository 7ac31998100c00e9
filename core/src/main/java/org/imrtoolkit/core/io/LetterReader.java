package org.imrtoolkit.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.imrtoolkit.core.letter.Letter;
import org.imrtoolkit.core.letter.LetterFormatException;
import org.imrtoolkit.core.letter.LetterParser;

/**
 * Reads a letter file, text or PDF, and parses it. Thread-safe: each call opens its own document.
 */
public final class LetterReader {

    /** Letters are a few pages: 5 MB is far above any real one and far below what would hurt. */
    public static final long DEFAULT_MAX_BYTES = 5L << 20;

    private final LetterParser parser = new LetterParser();
    private final long maxBytes;

    public LetterReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes larger files are refused before they are read */
    public LetterReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Reads and parses one letter; its id is the file name without extension. */
    public Letter read(Path file) throws IOException, LetterFormatException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new LetterFormatException(String.format(java.util.Locale.ROOT,
                    "the file is %s, over the %s limit for one letter (raise it with --max-input-size)",
                    Sizes.format(size), Sizes.format(maxBytes)));
        }
        return parser.parse(LetterFiles.idOf(file), text(file));
    }

    /**
     * The letter's text: a PDF's text layer in reading order, or a text file decoded as UTF-8
     * (Windows-1252 when it is not valid UTF-8, as some document systems export).
     */
    public String text(Path file) throws IOException, LetterFormatException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            return pdfText(file);
        }
        return decode(Files.readAllBytes(file));
    }

    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    private static String pdfText(Path file) throws IOException, LetterFormatException {
        if (!hasPdfHeader(file)) {
            throw new LetterFormatException("not a PDF file (no %PDF- header)");
        }
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            // Unsorted extraction keeps the letters' reading order; sorting by position
            // interleaves the header table's two columns.
            String text = new PDFTextStripper().getText(document);
            if (text.isBlank()) {
                throw new LetterFormatException("the PDF has no text layer (a scanned image?); OCR is not supported");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new LetterFormatException("the PDF is encrypted with a password");
        } catch (IOException e) {
            throw new IOException("cannot read the PDF: " + e.getMessage(), e);
        }
    }

    /** PDF readers accept the header anywhere in the first 1024 bytes. */
    private static boolean hasPdfHeader(Path file) throws IOException {
        byte[] head;
        try (var in = Files.newInputStream(file)) {
            head = in.readNBytes(1024);
        }
        return new String(head, StandardCharsets.ISO_8859_1).contains("%PDF-");
    }
}
