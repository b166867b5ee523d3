package vn.congxa.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.congxa.finding.Finding;
import vn.congxa.finding.Lang;
import vn.congxa.finding.Message;

/** The preview server: pages with the live script, the build's state, and nothing outside the built folder. */
class PreviewServerTest {

    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(PreviewServer server, String path) throws IOException, InterruptedException {
        // A raw path, so that "/../" reaches the server as typed instead of being tidied by the client.
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesGetTheLiveScriptAndOtherFilesAreServedAsTheyAre() throws Exception {
        Path site = Files.createDirectories(dir.resolve("site/xa-mau"));
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><html><body><p>Xã Mẫu</p></body></html>");
        Files.writeString(site.resolve("feed.xml"), "<rss></rss>");
        try (PreviewServer server = PreviewServer.start(dir.resolve("site"), 0, "xa-mau")) {
            HttpResponse<String> page = get(server, "/xa-mau/");
            assertEquals(200, page.statusCode());
            assertEquals("<!DOCTYPE html><html><body><p>Xã Mẫu</p><script src=\"/__congxa/live.js\" defer></script></body></html>", page.body());
            assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
            assertEquals("<rss></rss>", get(server, "/xa-mau/feed.xml").body());
            assertEquals(200, get(server, "/__congxa/live.js").statusCode());
            assertEquals("/xa-mau/index.html", get(server, "/").headers().firstValue("Location").orElse(""), "one commune's preview");
        }
    }

    /** The web editor's page is not reloaded by each rebuild: its own saves start one, and would throw the editor out. */
    @Test
    void theWebEditorGetsNoLiveScript() throws Exception {
        Path admin = Files.createDirectories(dir.resolve("site/xa-mau/admin"));
        String editor = "<!DOCTYPE html><html><body><script src=\"decap-cms.js\"></script></body></html>";
        Files.writeString(admin.resolve("index.html"), editor);
        Files.writeString(dir.resolve("site/xa-mau/admin.html"), "<html><body></body></html>");
        try (PreviewServer server = PreviewServer.start(dir.resolve("site"), 0, "xa-mau")) {
            assertEquals(editor, get(server, "/xa-mau/admin/").body());
            assertTrue(get(server, "/xa-mau/admin.html").body().contains("live.js"), "only the editor's folder");
        }
    }

    @Test
    void nothingOutsideTheBuiltFolderIsServed() throws Exception {
        Files.createDirectories(dir.resolve("site"));
        Files.writeString(dir.resolve("bi-mat.txt"), "không được lộ");
        try (PreviewServer server = PreviewServer.start(dir.resolve("site"), 0, "")) {
            for (String path : List.of("/../bi-mat.txt", "/%2e%2e/bi-mat.txt", "/khong-co.html", "/__congxa/../../bi-mat.txt")) {
                HttpResponse<String> response = get(server, path);
                assertEquals(404, response.statusCode(), path);
                assertFalse(response.body().contains("không được lộ"), path);
            }
        }
    }

    @Test
    void theStateCarriesTheFindingsOfTheLastBuild() throws Exception {
        Files.createDirectories(dir.resolve("site"));
        try (PreviewServer server = PreviewServer.start(dir.resolve("site"), 0, "")) {
            assertTrue(get(server, "/__congxa/state").body().startsWith("{\"version\":0,\"building\":true,"));
            Finding finding = Finding.error("communes/xa-mau/tin-tuc/a.md", 3, "invalid-date", Message.of("cli.no-communes"));
            server.publish(new PreviewState(1, false, false, List.of(finding, finding), Lang.VI));
            String state = get(server, "/__congxa/state").body();
            assertTrue(state.startsWith("{\"version\":1,\"building\":false,\"written\":false,\"findings\":["), state);
            assertEquals(1, state.split("\"rule\" : \"invalid-date\"", -1).length - 1, "a finding met twice is shown once: " + state);
        }
    }

    @Test
    void itListensOnThisMachineOnly() throws Exception {
        Files.createDirectories(dir.resolve("site"));
        try (PreviewServer server = PreviewServer.start(dir.resolve("site"), 0, "")) {
            String other = java.net.InetAddress.getLocalHost().getHostAddress();
            if (!other.startsWith("127.")) {
                assertThrowsConnect(other, server.port());
            }
            try (Socket loopback = new Socket("127.0.0.1", server.port())) {
                assertTrue(loopback.isConnected());
            }
        }
    }

    private static void assertThrowsConnect(String host, int port) {
        try (Socket socket = new Socket(host, port)) {
            throw new AssertionError("reachable from " + host);
        } catch (IOException expected) {
            // refused: only the loopback address listens
        }
    }
}
