package vn.congxa.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.junit.jupiter.api.Test;
import vn.congxa.content.BodyText;
import vn.congxa.profile.Profile;
import vn.congxa.web.HtmlChecker;

/** A body read once: the page's HTML as the sanitiser would leave it, its text, and where its links and images are. */
class MarkdownTest {

    private static final Markdown SANITIZING = Markdown.under(Profile.RawHtml.SANITIZE);

    @Test
    void aBodyWithoutRawHtmlGivesThePageTheSanitiserWouldLeave() {
        // The bytes the bake wrote when every body went through jsoup's Cleaner: no <hr>, no language class, no
        // alignment, no ftp: address; tel: kept, a Markdown file linked as its page, the table in its scrolling box.
        Body body = SANITIZING.read("""
                ## Kết quả

                | Chỉ tiêu | Số lượng |
                |:--|--:|
                | Dân số | 12.345 |

                ---

                ```java
                x
                ```

                Gọi [số máy](tel:02553851234), tải [biểu mẫu](ftp://ftp.xa.vn/mau.doc) hay xem [quyết định](../van-ban/qd-12.md).
                """);
        assertEquals("""
                <h2 id="ket-qua">Kết quả</h2>
                <div class="bang-cuon" tabindex="0" role="region" aria-label="Bảng (kéo ngang để xem hết)"><table class="bang">
                <thead>
                <tr><th>Chỉ tiêu</th><th>Số lượng</th></tr>
                </thead>
                <tbody>
                <tr><td>Dân số</td><td>12.345</td></tr>
                </tbody>
                </table></div>

                <pre><code>x
                </code></pre>
                <p>Gọi <a href="tel:02553851234">số máy</a>, tải <a>biểu mẫu</a> hay xem <a href="../van-ban/qd-12.html">quyết định</a>.</p>
                """, body.html());
        assertEquals("Kết quả Chỉ tiêu Số lượng Dân số 12.345 x\n Gọi số máy, tải biểu mẫu hay xem quyết định.", body.text());
        assertTrue(body.rawHtml().isEmpty());
    }

    /** Every kind of node that Flexmark writes without the sanitiser, with addresses the safelist refuses. */
    private static final String WITHOUT_RAW_HTML = """
            # Tiêu đề & "ngoặc" <không phải thẻ>

            ## Tiêu đề
            ## Tiêu đề

            Đoạn *nghiêng*, **đậm**, `mã <b>`, \\*sao\\* và &nbsp;&amp;&#39;&#x1F600;&#0;&copy; dòng\\
            ngắt, [trang](../van-ban/qd-12.md "tiêu đề > có dấu"), [ftp](ftp://a.vn/x), [js](javascript:alert(1)),
            [dữ liệu](data:text/html;base64,PHNjcmlwdD4=), [điện thoại](tel:0255), <https://a.vn/?a=1&b=2>, <ubnd@xa.vn>,
            www.xa.vn, [tham chiếu][1], ![ảnh](anh/a.jpg "chú thích"), ![](javascript:alert(2)), ![x][2].

            > Trích *dẫn*
            > - mục

            1. một
            2. hai
               - con

            ---

            ```js onload=x
            <script>alert(3)</script>
            ```

                thụt lề <i>

            | Trái | Giữa | Phải |
            |:--|:-:|--:|
            | [a](javascript:x) | `b` | **c** |

            [1]: https://dichvucong.gov.vn
            [2]: anh/b.png
            """;

    @Test
    void aBodyWithoutRawHtmlShowsWhatTheSanitiserLeavesOfIt() throws Exception {
        // The same body with one raw HTML paragraph goes through the sanitiser: both pages show the same, and the one
        // written without the sanitiser is left as it is by it, and is valid HTML.
        Body direct = SANITIZING.read(WITHOUT_RAW_HTML);
        Body cleaned = SANITIZING.read(WITHOUT_RAW_HTML + "\n<p>thô</p>\n");
        assertTrue(direct.rawHtml().isEmpty());
        assertEquals(1, cleaned.rawHtml().size());
        assertEquals(shown(cleaned.html()).replace("<p>thô</p>", ""), shown(direct.html()));
        assertEquals(cleaned.text().replaceAll("\\s+", " ").replace(" thô", ""), direct.text().replaceAll("\\s+", " "));
        Safelist withTheTableBox = Safelist.relaxed().addAttributes(":all", "id").addAttributes("table", "class")
                .addAttributes("div", "class", "tabindex", "role", "aria-label")
                .addProtocols("a", "href", "tel").removeProtocols("a", "href", "ftp").preserveRelativeLinks(true);
        Document page = Jsoup.parseBodyFragment(direct.html(), Markdown.BASE_URI);
        assertTrue(new Cleaner(withTheTableBox).isValid(page), direct.html());
        for (String unsafe : List.of("javascript:", "data:", "ftp:", "<script", "<hr", "onload", "language-")) {
            assertFalse(direct.html().contains(unsafe), unsafe + " in " + direct.html());
        }
        assertEquals(List.of(), new HtmlChecker().check("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Bài</title></head><body>\n"
                + direct.html() + "</body></html>\n", "bai.html"));
    }

    @Test
    void rawHtmlIsSanitisedAndItsTablesStillScroll() {
        Body body = SANITIZING.read("""
                <p onclick="alert(1)">Đoạn <b>đậm</b></p>
                <script>alert(2)</script>

                <table><tr><td>Ô</td></tr></table>

                ---
                """);
        assertFalse(body.html().contains("onclick"), body.html());
        assertFalse(body.html().contains("script"), body.html());
        assertFalse(body.html().contains("<hr"), body.html());
        assertTrue(body.html().contains("<p>Đoạn <b>đậm</b></p>"), body.html());
        assertTrue(body.html().contains("<div class=\"bang-cuon\" tabindex=\"0\" role=\"region\""), body.html());
        // The first two lines are one block of HTML: it is where the block starts.
        assertEquals(List.of(new Body.RawHtml(0, "<p onclick=\"alert(1)\">Đoạn <b>đậm</b></p>"), new Body.RawHtml(3, "<table><tr><td>Ô</td></tr></table>")),
                body.rawHtml());
    }

    @Test
    void linksAndImagesCarryTheirLinesInTheBody() {
        Body body = SANITIZING.read("""
                Xem [quyết định](../van-ban/qd-12.md) và www.xa.vn.

                <div>
                <a href="https://a.vn">a</a>
                <img src="anh/cho.jpg" alt="Chợ">
                </div>

                ![Trụ sở](anh/tru-so.jpg) ![](anh/khong-mo-ta.png)

                [1]: https://dichvucong.gov.vn
                """);
        assertEquals(List.of(new Body.Link("../van-ban/qd-12.md", 0, false), new Body.Link("http://www.xa.vn", 0, false),
                new Body.Link("https://a.vn", 3, true), new Body.Link("https://dichvucong.gov.vn", 9, false)), body.links());
        assertEquals(List.of(new Body.Image("anh/cho.jpg", true, 4, true), new Body.Image("anh/tru-so.jpg", true, 7, false),
                new Body.Image("anh/khong-mo-ta.png", false, 7, false)), body.images());
    }

    @Test
    void refusedRawHtmlIsShownAsTextAndLinksNothing() {
        Body body = Markdown.under(Profile.RawHtml.REJECT).read("Đoạn <a href=\"https://a.vn\">a</a>\n\n---\n");
        assertEquals("<p>Đoạn &lt;a href=\"https://a.vn\"&gt;a&lt;/a&gt;</p>\n<hr>\n", body.html());
        assertTrue(body.links().isEmpty(), body.links()::toString);
        assertEquals(List.of(new Body.RawHtml(0, "<a href=\"https://a.vn\">")), body.rawHtml());
    }

    @Test
    void aBodyNestedTooDeepIsRefusedUnrendered() {
        Body body = SANITIZING.read("Mở đầu\n\n" + "- ".repeat(Markdown.MAX_DEPTH + 1) + "sâu\n");
        assertEquals(OptionalInt.of(2), body.tooDeepLine());
        assertEquals("", body.html());
        assertEquals(BodyText.Verdict.SAYS_SOMETHING, body.substance().verdict());
    }

    @Test
    void whatABodyAmountsToIsJudgedFromTheSameReading() {
        assertEquals(BodyText.Verdict.NO_TEXT, SANITIZING.read("## Chỉ có tiêu đề\n\n&nbsp;\n<!-- ghi chú -->\n").substance().verdict());
        assertEquals(BodyText.Verdict.FILLER, SANITIZING.read("Đang cập nhật").substance().verdict());
        assertEquals(BodyText.Verdict.SAYS_SOMETHING, SANITIZING.read("<img src=\"a.jpg\" alt=\"Lễ khai giảng\">").substance().verdict());
    }

    @Test
    void flexmarkIsUsedInThisPackageAloneAndItsParserBuiltOnce() throws IOException {
        Path sources = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            List<Path> java = files.filter(p -> p.toString().endsWith(".java")).toList();
            List<String> parsers = java.stream().filter(p -> read(p).contains("Parser.builder(")).map(p -> sources.relativize(p).toString()).toList();
            assertEquals(List.of("vn/congxa/markdown/Markdown.java"), parsers);
            List<String> outside = java.stream().filter(p -> read(p).contains("com.vladsch.flexmark"))
                    .map(p -> sources.relativize(p).toString().replace('\\', '/')).filter(p -> !p.startsWith("vn/congxa/markdown/")).toList();
            assertEquals(List.of(), outside);
        }
    }

    /**
     * What a page shows: its HTML as a browser parses it, without the white space around the tags of blocks, which shows
     * nothing, and each other run of white space as one space.
     */
    private static String shown(String html) {
        Document page = Jsoup.parseBodyFragment(html, Markdown.BASE_URI);
        page.outputSettings().prettyPrint(false);
        return page.body().html().replaceAll("\\s+", " ")
                .replaceAll(" ?(</?(?:div|table|caption|thead|tbody|tr|th|td|p|h[1-6]|ul|ol|li|blockquote|pre)\\b[^>]*>) ?", "$1");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
