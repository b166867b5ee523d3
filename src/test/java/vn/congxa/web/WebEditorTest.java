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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.congxa.TestRepo;
import vn.congxa.cms.Editor;
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

    @Test
    void anEditorCreatesAnItemOfARequiredSectionThatTheCheckPasses(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        assertTrue(Files.isRegularFile(DECAP_SERVER), "decap-server is installed by the Maven build (npm ci): " + DECAP_SERVER);
        TestRepo repo = TestRepo.sample(dir.resolve("kho"));
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
        String title = "Hội nghị tổng kết công tác đảng năm 2026 của xã";
        try (SiteServer web = new SiteServer(site); Browser browser = Browser.start(Browser.Viewport.DESKTOP)) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, LOAD);
            driver.get(web.url("binh-son/admin/index.html"));
            wait.until(d -> !d.findElements(By.xpath("//button[normalize-space()='Đăng nhập']")).isEmpty());
            driver.findElement(By.xpath("//button[normalize-space()='Đăng nhập']")).click();
            wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Tin tức – Sự kiện"));
            driver.get(web.url("binh-son/admin/index.html#/collections/tin-tuc/new"));
            WebElement titleInput = wait.until(d -> field(d, "Tiêu đề"));
            titleInput.sendKeys(title);
            setValue(driver, field(driver, "Ngày đăng"), TestRepo.SAMPLE_AS_OF);
            WebElement body = wait.until(d -> d.findElements(By.cssSelector("[contenteditable=true]")).stream().findFirst().orElse(null));
            body.click();
            body.sendKeys("Sáng 01/12/2026, Ủy ban nhân dân xã tổ chức hội nghị tổng kết công tác năm 2026.");
            driver.findElement(By.xpath("//button[normalize-space()='Lưu']")).click();
            Path folder = repo.path("communes/binh-son/tin-tuc");
            String expected = NewItem.fileName(title, "tin-tuc", name -> Files.exists(folder.resolve(name)));
            // Saved: Decap opens the item at its address; then decap-server is left with no git command running.
            wait.until(d -> d.getCurrentUrl().contains("/collections/tin-tuc/entries/"));
            server.destroy();
            assertTrue(server.waitFor(10, TimeUnit.SECONDS));
            String branch = branch(repo.root());
            assertTrue(branch.startsWith("cms/"), branch);
            git(repo.root(), "checkout", "-q", branch);
            Path written = repo.path("communes/binh-son/tin-tuc/" + expected);
            assertTrue(Files.isRegularFile(written), "the editor wrote " + expected + " as `new` names it: "
                    + git(repo.root(), "show", "--stat", "--format=", branch));
            String text = Files.readString(written, StandardCharsets.UTF_8);
            assertTrue(text.contains("date: " + TestRepo.SAMPLE_AS_OF) || text.contains("date: '" + TestRepo.SAMPLE_AS_OF + "'"), text);
            TestRepo.Run check = repo.run("check", "--as-of", TestRepo.SAMPLE_AS_OF, "--commune", "binh-son");
            assertEquals(0, check.exit(), () -> text + "\n" + check);
            assertTrue(check.out().lines().noneMatch(line -> line.contains("tin-tuc/" + expected)), check::toString);
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
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

    /** The branch of the merge request that saving opened. */
    private static String branch(Path repo) throws Exception {
        String branches = git(repo, "for-each-ref", "--format=%(refname:short)", "refs/heads/cms").strip();
        assertEquals(1, branches.lines().count(), "one branch of the editorial workflow after saving: " + git(repo, "branch", "-a"));
        return branches;
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
