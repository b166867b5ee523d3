package vn.congxa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.congxa.TestRepo;
import vn.congxa.cms.Editor;
import vn.congxa.content.Slugs;
import vn.congxa.scaffold.NewItem;

/**
 * The web editor of every unit (Decap CMS in {@code admin/}), in real Chromium: Decap itself validates each unit's
 * generated configuration against its own schema when it loads it (the schema of its widgets included) and shows
 * "Lỗi cấu hình" for any problem; and an editor who creates an item in a required section and saves it gets a merge
 * request's branch whose file {@code congxa check} passes, through Decap's own local git backend (decap-server, from
 * the same lock file as the bundle).
 */
class WebEditorTest {

    private static final Path DECAP_SERVER = Path.of("target/cms/node_modules/decap-server/dist/index.js").toAbsolutePath();
    private static final Duration LOAD = Duration.ofSeconds(60);

    @Test
    void everyUnitsConfigurationLoadsInDecapWithoutAConfigurationError() throws Exception {
        Path site = BuiltSample.site();
        List<String> units;
        try (Stream<Path> folders = Files.list(site)) {
            units = folders.filter(unit -> Files.isRegularFile(unit.resolve(Editor.FOLDER + "/config.yml")))
                    .map(unit -> unit.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("binh-son", "cam-thanh", "dong-son", "ly-son"), units);
        List<HtmlChecker.Error> invalid = new ArrayList<>();
        try (SiteServer server = new SiteServer(site); Browser browser = Browser.start(Browser.Viewport.DESKTOP)) {
            ChromeDriver driver = browser.driver();
            for (String unit : units) {
                invalid.addAll(new HtmlChecker().check(site.resolve(unit + "/admin/index.html"), unit + "/admin/index.html"));
                driver.get(server.url(unit + "/admin/index.html"));
                // Decap validates the configuration first; then, with no local backend running, it asks to sign in.
                String shown = new WebDriverWait(driver, LOAD).until(d -> {
                    String text = d.findElement(By.tagName("body")).getText();
                    return text.contains("Lỗi cấu hình") || text.contains("Đăng nhập bằng GitLab") ? text : null;
                });
                assertTrue(shown.contains("Đăng nhập bằng GitLab") && !shown.contains("Lỗi"), unit + ": " + shown);
            }
        }
        assertEquals(List.of(), invalid);
    }

    /** What the configuration says, read back: the profile's sections and the kinds' fields, as the build reads them. */
    @Test
    @SuppressWarnings("unchecked")
    void theConfigurationHasASectionPerSectionOfTheMenuAndAWidgetPerField() throws Exception {
        Map<String, Object> config = (Map<String, Object>) new org.snakeyaml.engine.v2.api.Load(
                org.snakeyaml.engine.v2.api.LoadSettings.builder().build())
                .loadFromString(Files.readString(BuiltSample.site().resolve("binh-son/admin/config.yml")));
        assertEquals("vi", config.get("locale"));
        assertEquals("editorial_workflow", config.get("publish_mode"));
        assertEquals("gitlab", ((Map<String, Object>) config.get("backend")).get("name"));
        Map<String, Map<String, Object>> collections = new java.util.LinkedHashMap<>();
        ((List<Map<String, Object>>) config.get("collections")).forEach(c -> collections.put((String) c.get("name"), c));
        for (String path : List.of("gioi-thieu", "gioi-thieu/lanh-dao", "van-ban", "lich-cong-tac", "tin-tuc")) {
            Map<String, Object> collection = collections.get(path.replace("/", "__"));
            assertEquals("communes/binh-son/" + path, collection.get("folder"), path);
            assertEquals("{{slug | truncate(80, '-')}}", collection.get("slug"), "a long title cut as `new` cuts it");
            assertEquals("md", collection.get("extension"));
        }
        assertEquals("don-vi", List.copyOf(collections.keySet()).get(collections.size() - 1), "commune.yml last");
        Map<String, Map<String, Object>> document = fields(collections.get("van-ban"));
        assertEquals("select", document.get("hinh_thuc").get("widget"));
        assertTrue(((List<String>) document.get("hinh_thuc").get("options")).contains("Quyết định"));
        assertEquals(true, document.get("so_ky_hieu").get("required"));
        assertEquals(false, document.get("nguoi_ky").get("required"));
        assertEquals("datetime", document.get("ngay_ban_hanh").get("widget"));
        assertEquals("YYYY-MM-DD", document.get("ngay_ban_hanh").get("format"));
        Map<String, Object> attachments = (Map<String, Object>) document.get("tep_dinh_kem").get("field");
        assertEquals("list", document.get("tep_dinh_kem").get("widget"));
        assertEquals("file", attachments.get("widget"));
        assertEquals("van-ban", attachments.get("public_folder"), "a file is written as the build reads it: from the unit's folder");
        assertEquals("markdown", document.get("body").get("widget"));
        Map<String, Map<String, Object>> schedule = fields(collections.get("lich-cong-tac"));
        assertEquals("string", schedule.get("tuan").get("widget"));
        assertEquals("list", schedule.get("lich").get("widget"));
        List<Map<String, Object>> rows = (List<Map<String, Object>>) schedule.get("lich").get("fields");
        assertEquals(List.of("ngay", "gio", "noi_dung", "chu_tri", "dia_diem", "thanh_phan"), rows.stream().map(r -> r.get("name")).toList());
        // The profile asks more of a leader than the kind does (Nghị định 224/2026/NĐ-CP Điều 9 khoản 1 điểm c).
        assertEquals(true, fields(collections.get("gioi-thieu__lanh-dao")).get("tieu_su").get("required"));
        assertEquals("boolean", fields(collections.get("tin-tuc")).get("draft").get("widget"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> fields(Map<String, Object> collection) {
        Map<String, Map<String, Object>> fields = new java.util.LinkedHashMap<>();
        ((List<Map<String, Object>>) collection.get("fields")).forEach(f -> fields.put((String) f.get("name"), f));
        return fields;
    }

    @Test
    void anEditorCreatesAnItemOfARequiredSectionThatTheCheckPasses(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        assertTrue(Files.isRegularFile(DECAP_SERVER), "decap-server is installed by the Maven build (npm ci): " + DECAP_SERVER);
        TestRepo repo = TestRepo.sample(dir.resolve("kho"));
        String title = "Hội nghị tuyên truyền Luật Đất đai năm 2026 cho đảng viên";
        String section = "pho-bien-phap-luat"; // required by Nghị định 224/2026/NĐ-CP (and Luật Tiếp cận thông tin Điều 19)
        // An item of last year with the same title: the editor must name the new one as `new` would, with a number.
        String taken = NewItem.fileName(title, section, name -> false);
        repo.write("communes/binh-son/" + section + "/" + taken, "---\ntitle: " + title + "\ndate: 2025-11-20\n---\n"
                + "Hội nghị năm trước, tổ chức tại hội trường Ủy ban nhân dân xã cho đảng viên các chi bộ.\n");
        // As in the province's repository: the build's output is not part of it (else decap-server commits it with each save).
        repo.write(".gitignore", "target/\n");
        git(repo.root(), "init", "-q", "-b", "main");
        git(repo.root(), "add", "-A");
        git(repo.root(), "-c", "user.name=Sở KH&CN", "-c", "user.email=cntt@quangngai.gov.vn", "commit", "-q", "-m", "Nội dung mẫu");
        TestRepo.Run build = repo.run("build", "--as-of", TestRepo.SAMPLE_AS_OF, "--commune", "binh-son");
        assertEquals(0, build.exit(), build::toString);
        Path site = repo.path("target/site");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        // The one change to the generated configuration: the local backend on a free port rather than decap-server's 8081.
        Path config = site.resolve("binh-son/admin/config.yml");
        String generated = Files.readString(config);
        assertTrue(generated.contains("\nlocal_backend: true\n"), generated);
        Files.writeString(config, generated.replace("\nlocal_backend: true\n", "\nlocal_backend:\n  url: http://localhost:" + port + "/api/v1\n"));

        ProcessBuilder decap = new ProcessBuilder("node", DECAP_SERVER.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("decap-server.log").toFile());
        decap.environment().put("MODE", "git");
        decap.environment().put("PORT", String.valueOf(port));
        decap.environment().put("GIT_REPO_DIRECTORY", repo.root().toString());
        Process server = decap.start();
        assertTrue(generated.contains("folder: communes/binh-son/" + section + "\n") && generated.contains(
                "  - name: " + section + "\n    label: Phổ biến, giáo dục pháp luật\n    label_singular: Tin bài\n"
                        + "    description: 'Chuyên mục bắt buộc"), generated);
        try (SiteServer web = new SiteServer(site); Browser browser = Browser.start(Browser.Viewport.DESKTOP)) {
            ChromeDriver driver = browser.driver();
            // Decap renders its forms again as they load: an element found a moment before may be gone.
            WebDriverWait wait = (WebDriverWait) new WebDriverWait(driver, LOAD).ignoring(StaleElementReferenceException.class);
            driver.get(web.url("binh-son/admin/index.html"));
            wait.until(d -> !d.findElements(By.xpath("//button[normalize-space()='Đăng nhập']")).isEmpty());
            driver.findElement(By.xpath("//button[normalize-space()='Đăng nhập']")).click();
            wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Phổ biến, giáo dục pháp luật"));
            driver.get(web.url("binh-son/admin/index.html#/collections/" + section + "/new"));
            WebElement titleInput = wait.until(d -> field(d, "Tiêu đề"));
            titleInput.sendKeys(title);
            setValue(driver, field(driver, "Ngày đăng"), TestRepo.SAMPLE_AS_OF);
            writeBody(driver, wait, "Sáng 01/12/2026, Ủy ban nhân dân xã tổ chức hội nghị tuyên truyền Luật Đất đai cho đảng viên các chi bộ.");
            save(driver, section);
            // The editor publishes it: status "ready", then "publish now", which merges its branch into the main one.
            publish(driver, wait);

            // A document of the required section Văn bản: a choice among the kind's values, its other required fields.
            // A title longer than a file name takes: cut as `new` cuts it.
            String document = "Quyết định ban hành Quy chế tiếp công dân, giải quyết khiếu nại, tố cáo của Ủy ban nhân dân xã Bình Sơn";
            driver.get(web.url("binh-son/admin/index.html#/collections/van-ban/new"));
            // The new form is ready once its title is empty: on a busy machine the saved item's form lingers a moment.
            wait.until(d -> d.getCurrentUrl().endsWith("/van-ban/new") && field(d, "Số ký hiệu") != null
                    && "".equals(field(d, "Tiêu đề").getAttribute("value")));
            field(driver, "Tiêu đề").sendKeys(document);
            wait.until(d -> document.equals(field(d, "Tiêu đề").getAttribute("value")));
            setValue(driver, field(driver, "Ngày đăng"), TestRepo.SAMPLE_AS_OF);
            WebElement form = field(driver, "Hình thức văn bản");
            form.sendKeys("Quyết định");
            form.sendKeys(Keys.ENTER);
            field(driver, "Số ký hiệu").sendKeys("301/QĐ-UBND");
            field(driver, "Cơ quan ban hành").sendKeys("Ủy ban nhân dân xã Bình Sơn");
            setValue(driver, field(driver, "Ngày ban hành"), TestRepo.SAMPLE_AS_OF);
            field(driver, "Trích yếu").sendKeys("Ban hành Quy chế tiếp công dân tại trụ sở Ủy ban nhân dân xã.");
            writeBody(driver, wait, "Ban hành kèm theo Quyết định này Quy chế tiếp công dân của Ủy ban nhân dân xã Bình Sơn.");
            save(driver, "van-ban");

            // Then decap-server is left with no git command running, and each merge request's branch is checked.
            server.destroy();
            assertTrue(server.waitFor(10, TimeUnit.SECONDS));
            String branches = git(repo.root(), "for-each-ref", "--format=%(refname:short)", "refs/heads/cms").strip();
            // Each with a line of its own: the draft switch left off, the value chosen in the select.
            // The published item is on the main branch: the next build publishes it on the portal.
            Path news = repo.path("communes/binh-son/" + section + "/" + taken.replace(".md", "-1.md"));
            assertTrue(Files.isRegularFile(news), "published into the main branch: " + git(repo.root(), "log", "--oneline", "-3"));
            assertTrue(branches.lines().noneMatch(branch -> branch.startsWith("cms/" + section + "/")), "its branch is merged: " + branches);
            String newsText = Files.readString(news, StandardCharsets.UTF_8);
            assertTrue(newsText.contains("\ndate: " + TestRepo.SAMPLE_AS_OF + "\n") && newsText.contains("\ndraft: false\n"), newsText);
            TestRepo.Run published = repo.run("build", "--as-of", TestRepo.SAMPLE_AS_OF, "--commune", "binh-son");
            assertEquals(0, published.exit(), published::toString);
            assertTrue(published.out().lines().noneMatch(line -> line.contains(section + "/" + news.getFileName())), published::toString);
            assertTrue(Files.isRegularFile(repo.path("target/site/binh-son/" + section + "/" + taken.replace(".md", "-1.html"))), published::toString);

            // The document awaits review on its branch, as a merge request does; its check passes there.
            for (List<String> item : List.of(List.of("van-ban", document, "hinh_thuc: Quyết định"))) {
                Path folder = repo.path("communes/binh-son/" + item.get(0));
                String expected = NewItem.fileName(item.get(1), item.get(0), name -> Files.exists(folder.resolve(name)));
                assertTrue(!item.get(0).equals("van-ban") || expected.length() < Slugs.slugify(item.get(1)).length(), expected);
                String branch = "cms/" + item.get(0) + "/" + expected.replace(".md", "");
                assertTrue(branches.lines().anyMatch(branch::equals), "a branch for each save, named as `new` names the file: " + branches);
                assertEquals("communes/binh-son/" + item.get(0) + "/" + expected,
                        git(repo.root(), "diff", "--name-only", "main..." + branch).strip(), "the merge request holds the item alone");
                git(repo.root(), "checkout", "-q", branch);
                Path written = folder.resolve(expected);
                assertTrue(Files.isRegularFile(written), expected + ": " + git(repo.root(), "show", "--stat", "--format=", branch));
                String text = Files.readString(written, StandardCharsets.UTF_8);
                assertTrue(text.contains("\ndate: " + TestRepo.SAMPLE_AS_OF + "\n") && text.contains("\n" + item.get(2) + "\n"), text);
                TestRepo.Run check = repo.run("check", "--as-of", TestRepo.SAMPLE_AS_OF, "--commune", "binh-son");
                assertEquals(0, check.exit(), () -> text + "\n" + check);
                assertTrue(check.out().lines().noneMatch(line -> line.contains(item.get(0) + "/" + expected)), check::toString);
                git(repo.root(), "checkout", "-q", "main");
            }
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Types the item's text into Decap's rich text editor, and waits until it shows it. */
    private static void writeBody(ChromeDriver driver, WebDriverWait wait, String text) {
        WebElement body = wait.until(d -> d.findElements(By.cssSelector("[contenteditable=true]")).stream().findFirst().orElse(null));
        body.click();
        body.sendKeys(text);
        wait.until(d -> body.getText().contains(text.substring(0, 20)));
    }

    /** Saves the item as an editor does, and waits until Decap has saved it: it then opens the item at its address. */
    private static void save(ChromeDriver driver, String collection) {
        WebElement button = driver.findElement(By.xpath("//button[normalize-space()='Lưu']"));
        new WebDriverWait(driver, LOAD).until(d -> button.isEnabled());
        button.click();
        new WebDriverWait(driver, LOAD.multipliedBy(2)).withMessage(() -> "not saved: " + driver.findElement(By.tagName("body")).getText())
                .until(d -> d.getCurrentUrl().contains("/collections/" + collection + "/entries/"));
    }

    /** Publishes the saved item from its editorial workflow: its status set to ready, then "publish now", confirmed. */
    private static void publish(ChromeDriver driver, WebDriverWait wait) {
        wait.until(d -> d.findElement(By.xpath("//*[@role='button'][starts-with(normalize-space(), 'Trạng:')]"))).click();
        wait.until(d -> d.findElement(By.xpath("//*[@role='menuitem'][normalize-space()='Sẵn sàng']"))).click();
        wait.until(d -> !d.findElements(By.xpath("//*[@role='button'][normalize-space()='Trạng: Sẵn sàng']")).isEmpty());
        wait.until(d -> d.findElement(By.xpath("//*[@role='button'][normalize-space()='Công bố']"))).click();
        wait.until(d -> d.findElement(By.xpath("//*[@role='menuitem'][normalize-space()='Công bố ngay']"))).click();
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent());
        assertEquals("Bạn có chắc rằng bạn muốn công bố mục này?", driver.switchTo().alert().getText());
        driver.switchTo().alert().accept();
        new WebDriverWait(driver, LOAD.multipliedBy(2)).withMessage(() -> "not published: " + driver.findElement(By.tagName("body")).getText())
                .until(d -> !d.findElements(By.xpath("//*[normalize-space()='Đã công bố']")).isEmpty());
    }

    /** The input of the field labelled {@code label} in Decap's editor, or null while it is not shown. */
    private static WebElement field(org.openqa.selenium.WebDriver driver, String label) {
        List<WebElement> labels = driver.findElements(By.xpath("//label[normalize-space()='" + label + "']"));
        if (labels.isEmpty() || labels.get(0).getAttribute("for") == null) {
            return null;
        }
        List<WebElement> inputs = driver.findElements(By.id(labels.get(0).getAttribute("for")));
        return inputs.isEmpty() ? null : inputs.get(0);
    }

    /** Sets a form input's value as React sees it: a date input takes no keys in the form the day is stored in. */
    private static void setValue(ChromeDriver driver, WebElement input, String value) {
        ((JavascriptExecutor) driver).executeScript("""
                const input = arguments[0];
                Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, arguments[1]);
                input.dispatchEvent(new Event('input', {bubbles: true}));
                input.dispatchEvent(new Event('change', {bubbles: true}));""", input, value);
    }

    private static String git(Path repo, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), () -> String.join(" ", command) + ": " + out);
        return out;
    }
}
