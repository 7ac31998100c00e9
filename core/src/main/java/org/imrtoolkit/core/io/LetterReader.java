package org.imrtoolkit.core.io;

import org.imrtoolkit.core.budget.TimeBudget;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.imrtoolkit.core.letter.Letter;
import org.imrtoolkit.core.letter.LetterFormatException;
import org.imrtoolkit.core.letter.LetterParser;

/**
 * Reads a letter file, text or PDF, and parses it. Thread-safe: each call opens its own document.
 *
 * <p>Bounds, each checked before the memory is taken: only regular files are read (not
 * {@code /dev/zero} or a FIFO); the file's size ({@link Limits#maxBytes}, {@code --max-input-size});
 * a PDF's pages ({@link Limits#maxPages}); the text, as decoded or as extracted from a PDF, in
 * characters ({@link Limits#maxChars}), checked while a PDF is extracted, so a small PDF that
 * expands to megabytes of text stops at the limit. PDFBox's scratch memory is bounded
 * ({@link #PDF_SCRATCH_BYTES}), and so are the form XObjects it draws ({@link #MAX_FORMS}, nested
 * forms multiply) and the drawing operators it runs ({@link #MAX_OPERATORS}: a 400 MB content
 * stream). Extraction also checks the thread's {@link TimeBudget}.
 *
 * <p>Text files: a BOM selects UTF-8, UTF-16 LE or UTF-16 BE; without one the text is UTF-8, and
 * a byte that is not valid UTF-8 becomes U+FFFD on its own (the rest of the letter is read as it
 * is). How many were replaced is in the letter's {@link Letter#warnings() warnings}.
 */
public final class LetterReader {

    /** Letters are a few pages: 5 MB is far above any real one and far below what would hurt. */
    public static final long DEFAULT_MAX_BYTES = 5L << 20;
    /** 1 M characters of text, some 300 pages; the longest real letter's is about 40 K. */
    public static final int DEFAULT_MAX_CHARS = 1 << 20;
    /** Real letters have 2 to 12 pages. */
    public static final int DEFAULT_MAX_PAGES = 100;
    /** PDFBox's scratch buffers, in memory only (no temporary files to leave behind). */
    public static final long PDF_SCRATCH_BYTES = 64L << 20;
    /** Form XObjects drawn per document: real letters draw a handful; nested forms double per level. */
    public static final int MAX_FORMS = 10_000;
    /** Content stream operators run per document: a real letter page has a few thousand. */
    public static final int MAX_OPERATORS = 5_000_000;

    /**
     * @param maxBytes larger files are refused before they are read
     * @param maxChars a letter with more text is refused (a PDF's extraction stops there)
     * @param maxPages a PDF with more pages is refused before its text is extracted
     */
    public record Limits(long maxBytes, int maxChars, int maxPages) {

        public static final Limits DEFAULT = new Limits(DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, DEFAULT_MAX_PAGES);

        public Limits {
            if (maxBytes <= 0 || maxChars <= 0 || maxPages <= 0) {
                throw new IllegalArgumentException("limits must be positive: " + maxBytes + ", " + maxChars + ", "
                        + maxPages);
            }
        }
    }

    /**
     * A letter's text with what was doubtful about reading it.
     *
     * @param text     the text
     * @param warnings e.g. "2 invalid UTF-8 byte sequences replaced with U+FFFD"; empty when clean
     */
    public record LetterText(String text, List<String> warnings) {

        public LetterText {
            warnings = List.copyOf(warnings);
        }
    }

    private final LetterParser parser = new LetterParser();
    private final Limits limits;

    public LetterReader() {
        this(Limits.DEFAULT);
    }

    /** @param maxBytes larger files are refused before they are read; text and pages as by default */
    public LetterReader(long maxBytes) {
        this(new Limits(maxBytes, DEFAULT_MAX_CHARS, DEFAULT_MAX_PAGES));
    }

    public LetterReader(Limits limits) {
        this.limits = limits;
    }

    public Limits limits() {
        return limits;
    }

    /** Reads and parses one letter; its id is the file name without extension. */
    public Letter read(Path file) throws IOException, LetterFormatException {
        LetterText text = readText(file);
        return parser.parse(LetterFiles.idOf(file), text.text()).withWarnings(text.warnings());
    }

    /** The letter's text (see {@link #readText}). */
    public String text(Path file) throws IOException, LetterFormatException {
        return readText(file).text();
    }

    /**
     * The letter's text: a PDF's text layer in reading order, or a text file decoded as its BOM
     * says (UTF-8 without one), within the limits.
     */
    public LetterText readText(Path file) throws IOException, LetterFormatException {
        BasicFileAttributes attributes;
        try {
            attributes = InputFiles.requireRegularFile(file);
        } catch (InputFiles.NotRegularFileException e) {
            throw new LetterFormatException(e.getMessage());
        }
        long size = attributes.size();
        if (size > limits.maxBytes()) {
            throw new LetterFormatException(String.format(Locale.ROOT,
                    "the file is %s, over the %s limit for one letter (raise it with --max-input-size)",
                    Sizes.format(size), Sizes.format(limits.maxBytes())));
        }
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            return new LetterText(pdfText(file), List.of());
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = InputFiles.readBounded(in, limits.maxBytes(), "the file");
        } catch (InputFiles.SizeLimitException e) {
            throw new LetterFormatException(e.getMessage());
        }
        return fromBytes(bytes);
    }

    /**
     * A letter's text from bytes read elsewhere (a pipe): read them with
     * {@link InputFiles#readBounded(InputStream, long, String)} and the same limit.
     */
    public LetterText fromBytes(byte[] bytes) throws LetterFormatException {
        DecodedText decoded = decode(bytes);
        if (decoded.text().length() > limits.maxChars()) {
            throw new LetterFormatException(tooMuchText());
        }
        List<String> warnings = new ArrayList<>();
        if (decoded.replaced() > 0) {
            warnings.add(decoded.replaced() + (decoded.replaced() == 1 ? " byte sequence that is" : " byte sequences that are")
                    + " not valid " + decoded.charset() + " replaced with U+FFFD");
        }
        return new LetterText(decoded.text(), warnings);
    }

    private String tooMuchText() {
        return String.format(Locale.ROOT, "the letter's text is over %,d characters, the limit for one letter"
                + " (a real letter has a few thousand)", limits.maxChars());
    }

    /**
     * Decoded text.
     *
     * @param text     the text, without its BOM
     * @param charset  "UTF-8", "UTF-16LE" or "UTF-16BE"
     * @param replaced how many malformed byte sequences became U+FFFD
     */
    public record DecodedText(String text, String charset, int replaced) {
    }

    /** Decodes by the BOM (UTF-8, UTF-16 LE/BE), else as UTF-8; bad bytes alone are replaced. */
    public static DecodedText decode(byte[] bytes) {
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return decode(bytes, 3, StandardCharsets.UTF_8);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return decode(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return decode(bytes, 2, StandardCharsets.UTF_16BE);
        }
        return decode(bytes, 0, StandardCharsets.UTF_8);
    }

    private static DecodedText decode(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        // UTF-8 gives at most one char per byte, UTF-16 one per two; a replacement stands for >= 1 byte.
        CharBuffer out = CharBuffer.allocate(bytes.length - offset + 1);
        int replaced = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                out.put('\uFFFD');
                in.position(in.position() + result.length());
                replaced++;
            } else {
                break;
            }
        }
        CoderResult flushed = decoder.flush(out);
        if (flushed.isError()) {
            replaced++;
        }
        out.flip();
        return new DecodedText(out.toString(), charset.name(), replaced);
    }

    private String pdfText(Path file) throws IOException, LetterFormatException {
        if (!hasPdfHeader(file)) {
            throw new LetterFormatException("not a PDF file (no %PDF- header)");
        }
        try (PDDocument document = Loader.loadPDF(file.toFile(),
                MemoryUsageSetting.setupMainMemoryOnly(PDF_SCRATCH_BYTES).streamCache)) {
            int pages = document.getNumberOfPages();
            if (pages > limits.maxPages()) {
                throw new LetterFormatException(String.format(Locale.ROOT,
                        "the PDF has %,d pages, over the %,d-page limit for one letter", pages, limits.maxPages()));
            }
            BoundedText out = new BoundedText(limits.maxChars());
            // Unsorted extraction keeps the letters' reading order; sorting by position
            // interleaves the header table's two columns.
            new BoundedStripper(limits.maxPages(), out).writeText(document, out);
            String text = out.toString();
            if (text.isBlank()) {
                throw new LetterFormatException("the PDF has no text layer (a scanned image?); OCR is not supported");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw new LetterFormatException("the PDF is encrypted with a password");
        } catch (PdfLimitException e) {
            throw new LetterFormatException(e.getMessage().equals(BoundedText.OVER) ? tooMuchText() : e.getMessage());
        } catch (IOException e) {
            if (e.getCause() instanceof PdfLimitException limit) {
                throw new LetterFormatException(limit.getMessage().equals(BoundedText.OVER) ? tooMuchText()
                        : limit.getMessage());
            }
            throw new IOException("cannot read the PDF: " + e.getMessage(), e);
        }
    }

    /** A PDF over one of the bounds; unchecked, so that it passes through PDFBox's operator loop. */
    static final class PdfLimitException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        PdfLimitException(String message) {
            super(message, null, false, false);
        }
    }

    /** The extracted text, refusing to grow past the limit. */
    private static final class BoundedText extends Writer {

        static final String OVER = "text over the limit";
        private final StringBuilder text = new StringBuilder();
        private final int max;

        BoundedText(int max) {
            this.max = max;
        }

        void ensureRoom(long more) {
            if (text.length() + more > max) {
                throw new PdfLimitException(OVER);
            }
        }

        @Override
        public void write(char[] chars, int off, int len) {
            ensureRoom(len);
            text.append(chars, off, len);
        }

        @Override
        public void write(String s, int off, int len) {
            ensureRoom(len);
            text.append(s, off, off + len);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /**
     * PDFBox's stripper within bounds: pages (each page once: a page tree that lists a page twice,
     * or loops, is refused), glyphs collected per page, forms and operators, and the time budget.
     */
    private static final class BoundedStripper extends PDFTextStripper {

        private final int maxPages;
        private final BoundedText out;
        private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        private int pages;
        private int forms;
        private long operators;
        private long glyphs;

        BoundedStripper(int maxPages, BoundedText out) {
            this.maxPages = maxPages;
            this.out = out;
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            TimeBudget.checkCurrent();
            if (!seen.add(page.getCOSObject())) {
                throw new PdfLimitException("the PDF's page tree lists a page twice (a loop in the page tree?);"
                        + " refused rather than read its text twice");
            }
            if (++pages > maxPages) {
                throw new PdfLimitException(String.format(Locale.ROOT,
                        "the PDF has over %,d pages, the limit for one letter", maxPages));
            }
            glyphs = 0;
            super.processPage(page);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            // Glyphs are kept per page until the page is written: count them against the text limit.
            if ((++glyphs & 1023) == 0) {
                TimeBudget.checkCurrent();
                out.ensureRoom(glyphs);
            }
            super.processTextPosition(text);
        }

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            if (++forms > MAX_FORMS) {
                throw new PdfLimitException(String.format(Locale.ROOT,
                        "the PDF draws over %,d forms (nested form XObjects?), the limit for one letter", MAX_FORMS));
            }
            TimeBudget.checkCurrent();
            super.showForm(form);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if ((++operators & 4095) == 0) {
                TimeBudget.checkCurrent();
                if (operators > MAX_OPERATORS) {
                    throw new PdfLimitException(String.format(Locale.ROOT,
                            "the PDF's pages hold over %,d drawing operations, the limit for one letter",
                            MAX_OPERATORS));
                }
            }
            super.processOperator(operator, operands);
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
