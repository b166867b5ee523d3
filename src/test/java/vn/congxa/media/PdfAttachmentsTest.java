package vn.congxa.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.TestRepo;
import vn.congxa.TestRepo.Run;
import vn.congxa.text.Vietnamese;

/**
 * A PDF attached to a document is opened at build: its page shows how many pages it has and its size, its text can be
 * found by the portal's search, a scan without text is pointed out, and a PDF that does not open, or is locked, is not
 * published.
 */
class PdfAttachmentsTest {

    private static final String PDF = "communes/xa-mau/van-ban/tep/qd-12.pdf";
    private static final String PAGE = "target/site/xa-mau/van-ban/qd-12.html";

    @TempDir
    Path dir;

    private static Run build(TestRepo repo) {
        return repo.run("build", "--as-of", TestRepo.AS_OF);
    }

    @Test
    void itsPageShowsPagesAndSizeAndSearchFindsItsText() throws IOException {
        byte[] pdf = pdf(List.of("Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.", "Điều 2. Hiệu lực thi hành.",
                "Điều 3. Phương án phòng chống bão số 13 của xã."), false);
        TestRepo repo = TestRepo.base(dir).writeBytes(PDF, pdf);
        Run run = build(repo);
        assertEquals(0, run.exit(), run::toString);
        assertFalse(run.out().contains("cảnh báo"), run::toString);

        String shown = Jsoup.parse(repo.read(PAGE)).selectFirst("ul.dinh-kem").text();
        assertEquals("qd-12.pdf (PDF, 3 trang, " + Vietnamese.size(pdf.length) + ")", shown);
        String index = searchIndex(repo);
        assertTrue(index.contains("Phương án phòng chống bão số 13 của xã"), "the PDF's last page is in the search index");
    }

    @Test
    void aPdfOfFontsItDoesNotCarryIsReadWithoutLookingThroughTheMachinesFonts() throws IOException {
        Path cache = Path.of(System.getProperty("user.home"), ".pdfbox.cache");
        boolean cached = Files.exists(cache);
        // The sample's decision names Helvetica without embedding it: PDFBox's own mapper would index the system's fonts.
        byte[] sample = Files.readAllBytes(Path.of("communes/binh-son/van-ban/tep/qd-46-2026-quy-che-lam-viec.pdf"));
        TestRepo repo = TestRepo.base(dir).writeBytes(PDF, sample);
        Run run = build(repo);
        assertEquals(0, run.exit(), run::toString);
        assertEquals(cached, Files.exists(cache), "nothing written outside the output: no font cache in the user's home");
        assertTrue(Jsoup.parse(repo.read(PAGE)).selectFirst("ul.dinh-kem").text().contains("(PDF, 1 trang, "));
    }

    @Test
    void theSearchIndexHoldsOnlyTheBeginningOfALongPdf() throws IOException {
        List<String> pages = new java.util.ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            pages.add("Trang " + i + ". " + "Nội dung của kế hoạch phát triển kinh tế xã hội. ".repeat(3) + (i == 40 ? "Phụ lục cuối cùng." : ""));
        }
        TestRepo repo = TestRepo.base(dir).writeBytes(PDF, pdf(pages, false));
        assertEquals(0, build(repo).exit());
        String index = searchIndex(repo);
        assertTrue(index.contains("Trang 1. Nội dung"));
        assertFalse(index.contains("Phụ lục cuối cùng"), "capped at " + Pdfs.TEXT_CAP + " characters");
        assertTrue(Jsoup.parse(repo.read(PAGE)).selectFirst("ul.dinh-kem").text().contains("(PDF, 40 trang, "));
    }

    @Test
    void aScanWithoutTextIsPublishedWithAWarning() {
        TestRepo repo = TestRepo.base(dir).writeBytes(PDF, pdf(List.of("", ""), false));
        Run run = build(repo);
        assertEquals(0, run.exit(), run::toString);
        assertTrue(run.lines().contains(PDF + ": cảnh báo: tệp PDF (2 trang) không có lớp chữ, có lẽ là bản quét: người dân không tìm, không "
                + "chép được chữ, phần mềm đọc màn hình không đọc được; đăng kèm bản có chữ (xuất từ tệp Word gốc) hay viết nội dung chính vào "
                + "bài [pdf-no-text]"), run::toString);
        assertTrue(Jsoup.parse(repo.read(PAGE)).selectFirst("ul.dinh-kem").text().contains("(PDF, 2 trang, "));
    }

    @Test
    void anEncryptedPdfIsAnErrorWithOrWithoutAPasswordToOpenIt() {
        for (boolean toOpen : List.of(true, false)) {
            TestRepo repo = TestRepo.base(dir.resolve(String.valueOf(toOpen))).writeBytes(PDF, pdf(List.of("Điều 1."), true, toOpen ? "mat-khau" : ""));
            Run run = build(repo);
            assertEquals(1, run.exit(), run::toString);
            assertEquals(List.of(PDF + ": lỗi: tệp PDF có mật khẩu hay bị mã hóa: nhiều người đọc và máy tìm kiếm không mở được; xuất lại thành "
                    + "PDF không đặt mật khẩu, không hạn chế quyền, rồi thay tệp này [pdf-encrypted]"), run.lines());
        }
    }

    @Test
    void aDamagedPdfIsTheEditorsErrorInEitherLanguage() {
        TestRepo repo = TestRepo.base(dir).write(PDF, "%PDF-1.4\nkhông phải một tệp PDF\n");
        Run run = build(repo);
        assertEquals(1, run.exit(), run::toString);
        assertEquals(List.of(PDF + ": lỗi: không mở được tệp PDF: tệp hỏng hay bị cắt ngắn khi tải lên; mở tệp gốc (Word…) rồi xuất lại thành "
                + "PDF (\"Lưu dưới dạng PDF\") và thay tệp này [pdf-unreadable]"), run.lines());
        assertFalse(run.err().contains("Exception") || run.err().contains("pdfbox") || run.err().contains("WARN"), "no stack trace, no library's log: "
                + run.err());
        Run english = repo.run("check", "--as-of", TestRepo.AS_OF, "--lang", "en");
        assertEquals(1, english.exit());
        assertTrue(english.lines().get(0).startsWith(PDF + ": error: the PDF does not open"), english::toString);
    }

    @Test
    void aPdfWithoutAnyPageIsAnError() {
        TestRepo repo = TestRepo.base(dir).writeBytes(PDF, pdf(List.of(), false));
        Run run = build(repo);
        assertEquals(1, run.exit(), run::toString);
        assertEquals(List.of(PDF + ": lỗi: tệp PDF không có trang nào: người dân mở ra chỉ thấy trang trắng; xuất lại văn bản thành PDF "
                + "(\"Lưu dưới dạng PDF\") rồi thay tệp này [pdf-empty]"), run.lines());
    }

    private static byte[] pdf(List<String> pages, boolean encrypted) {
        return pdf(pages, encrypted, "");
    }

    /**
     * A PDF of one page per text, in PDFBox's own font embedded (it has Vietnamese letters); a page of no text is a
     * scan: a picture of a page and nothing else.
     */
    private static byte[] pdf(List<String> pages, boolean encrypted, String password) {
        try (PDDocument document = new PDDocument()) {
            PDFont font = PDType0Font.load(document, PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf"));
            for (String text : pages) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    if (text.isEmpty()) {
                        BufferedImage scan = new BufferedImage(200, 260, BufferedImage.TYPE_INT_RGB);
                        scan.getGraphics().fillRect(20, 20, 160, 10);
                        content.drawImage(LosslessFactory.createFromImage(document, scan), 50, 50, 500, 650);
                    } else {
                        content.beginText();
                        content.setFont(font, 11);
                        content.newLineAtOffset(50, 720);
                        content.showText(text);
                        content.endText();
                    }
                }
            }
            if (encrypted) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("chu-so-huu", password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of the unit's search index, the list of parts and the parts, as one text. */
    private static String searchIndex(TestRepo repo) throws java.io.IOException {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(repo.path("target/site/xa-mau/tim-kiem"))) {
            StringBuilder all = new StringBuilder();
            for (java.nio.file.Path file : files.filter(f -> f.getFileName().toString().startsWith("chi-muc")).sorted().toList()) {
                all.append(java.nio.file.Files.readString(file));
            }
            return all.toString();
        }
    }
}
