package vn.congxa.media;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import vn.congxa.content.Asset;
import vn.congxa.finding.Message;

/**
 * Reads a unit's PDF attachments with PDFBox, each once per build: a PDF must open, without a password or encryption
 * (which stops many readers, and every search engine, from reading it), and says how many pages it has and its text.
 */
public final class Pdfs {

    /**
     * The characters of a PDF's text kept for the search index: its beginning, where a document says what it is. As
     * many as the index keeps of a body, so that a large commune's index stays small enough for a phone.
     */
    public static final int TEXT_CAP = 2_000;

    static {
        PdfFonts.install();
    }

    private Pdfs() {
    }

    /** What reading a PDF gave: the document, or why it cannot be published. */
    public sealed interface Reading {
    }

    public record Read(Pdf pdf) implements Reading {
    }

    /** @param rule the finding's rule: {@code pdf-unreadable}, {@code pdf-encrypted} or {@code pdf-empty} */
    public record Refused(String rule, Message message) implements Reading {
    }

    public static boolean isPdf(String sitePath) {
        return sitePath.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
    }

    public static Reading read(Asset asset) {
        try (PDDocument document = Loader.loadPDF(asset.file().toFile())) {
            if (document.isEncrypted()) {
                return encrypted();
            }
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                return new Refused("pdf-empty", Message.of("pdf.empty"));
            }
            PDFTextStripper stripper = new PDFTextStripper();
            StringBuilder text = new StringBuilder();
            // Page by page, until the text kept is full: a long document is not read to its end for the index.
            for (int page = 1; page <= pages && text.length() < TEXT_CAP; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String words = stripper.getText(document).replaceAll("\\s+", " ").strip();
                if (!words.isEmpty()) {
                    text.append(text.length() == 0 ? "" : " ").append(words);
                }
            }
            return new Read(new Pdf(asset.sitePath(), pages, text.length() > TEXT_CAP ? text.substring(0, TEXT_CAP) : text.toString()));
        } catch (InvalidPasswordException e) {
            return encrypted();
        } catch (IOException | RuntimeException e) {
            return new Refused("pdf-unreadable", Message.of("pdf.unreadable"));
        }
    }

    private static Refused encrypted() {
        return new Refused("pdf-encrypted", Message.of("pdf.encrypted"));
    }
}
