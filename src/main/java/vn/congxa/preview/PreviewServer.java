package vn.congxa.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;

/**
 * The editor's preview: serves a built folder on 127.0.0.1 only, and adds to every HTML page a script
 * ({@value #LIVE_SCRIPT}) that reloads the page after each rebuild and shows the build's findings in the page.
 *
 * <p>The script and its stylesheet are files of this server, not inline code, because the pages' Content-Security-Policy
 * allows only scripts and styles of their own origin.
 */
public final class PreviewServer implements AutoCloseable {

    static final String PREFIX = "/__congxa/";
    static final String LIVE_SCRIPT = PREFIX + "live.js";
    static final String STATE = PREFIX + "state";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"), Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("pdf", "application/pdf"), Map.entry("ico", "image/x-icon"));
    private static final byte[] SCRIPT_TAG = ("<script src=\"" + LIVE_SCRIPT + "\" defer></script>").getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final Path site;
    private final String home;
    /** The JSON the pages poll: replaced whole, so a reader never sees half of a state. */
    private volatile byte[] state;

    private PreviewServer(HttpServer server, Path site, String home) {
        this.server = server;
        this.site = site;
        this.home = home;
        this.state = PreviewState.building(0).json();
    }

    /**
     * @param port 0 for any free port
     * @param home where {@code /} leads when the folder has no {@code index.html} of its own (one commune's preview)
     */
    public static PreviewServer start(Path site, int port, String home) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        PreviewServer preview = new PreviewServer(http, site.toAbsolutePath().normalize(), home);
        http.createContext("/", preview::handle);
        http.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "preview-http");
            thread.setDaemon(true);
            return thread;
        }));
        http.start();
        return preview;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** What the pages show from now on: a build running, or the findings of the last one. */
    public void publish(PreviewState next) {
        state = next.json();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals(STATE)) {
                send(exchange, 200, "json", state);
            } else if (path.startsWith(PREFIX)) {
                sendResource(exchange, path.substring(PREFIX.length()));
            } else {
                sendFile(exchange, path);
            }
        }
    }

    private void sendResource(HttpExchange exchange, String name) throws IOException {
        if (!name.equals("live.js") && !name.equals("live.css")) {
            send(exchange, 404, "html", notFound());
            return;
        }
        try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
            send(exchange, 200, extension(name), in.readAllBytes());
        }
    }

    private void sendFile(HttpExchange exchange, String path) throws IOException {
        if (path.equals("/") && !Files.isRegularFile(site.resolve("index.html"))) {
            exchange.getResponseHeaders().set("Location", "/" + home + "/index.html");
            exchange.sendResponseHeaders(302, -1);
            return;
        }
        Optional<Path> file = resolve(path);
        if (file.isEmpty()) {
            send(exchange, 404, "html", notFound());
            return;
        }
        byte[] bytes = Files.readAllBytes(file.get());
        String type = extension(file.get().getFileName().toString());
        send(exchange, 200, type, type.equals("html") && !isEditor(file.get()) ? withLiveScript(bytes) : bytes);
    }

    /**
     * Whether a file is the web editor's ({@code <unit>/admin/}): it is not reloaded after each rebuild, which its own
     * saves start, so that an editor is never thrown out of the form being filled.
     */
    private boolean isEditor(Path file) {
        Path inSite = site.relativize(file);
        return inSite.getNameCount() > 2 && inSite.getName(1).toString().equals(vn.congxa.content.GeneratedPaths.EDITOR_FOLDER);
    }

    /** The file a (decoded) URL path names inside the site, a folder meaning its index.html; nothing outside the site. */
    private Optional<Path> resolve(String path) {
        Path file = site.resolve(path.replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(site)) {
            return Optional.empty();
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The page with the live script added before its {@code </body>}. */
    static byte[] withLiveScript(byte[] html) {
        String text = new String(html, StandardCharsets.UTF_8);
        int end = text.lastIndexOf("</body>");
        int at = end < 0 ? html.length : text.substring(0, end).getBytes(StandardCharsets.UTF_8).length;
        byte[] out = new byte[html.length + SCRIPT_TAG.length];
        System.arraycopy(html, 0, out, 0, at);
        System.arraycopy(SCRIPT_TAG, 0, out, at, SCRIPT_TAG.length);
        System.arraycopy(html, at, out, at + SCRIPT_TAG.length, html.length - at);
        return out;
    }

    private static byte[] notFound() {
        return withLiveScript(("<!DOCTYPE html><html lang=\"vi\"><meta charset=\"utf-8\"><title>Không có trang này</title>"
                + "<body><h1>Không có trang này</h1><p>Trang chưa được dựng, hoặc đã bị xóa. "
                + "<a href=\"/\">Về trang đầu</a></p></body></html>").getBytes(StandardCharsets.UTF_8));
    }

    private static String extension(String name) {
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private static void send(HttpExchange exchange, int status, String extension, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        // Always the file as it is now: the preview changes under the browser's feet.
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
