package dev.sinmun.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sinmun.Problem;
import dev.sinmun.SinmunException;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a built site from 127.0.0.1 under its base path, as GitHub Pages would, for previewing. Every HTML page it
 * sends gets a small script that polls {@code <base>__sinmun/status} and reloads the page when the site was rebuilt,
 * or shows the build's errors on top of it; the files on disk are never changed.
 */
public final class DevServer implements AutoCloseable {

    /** The status endpoint, relative to the base path; no built file can have this name. */
    public static final String STATUS = "__sinmun/status";

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"));

    private final Path root;
    private final String basePath;
    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private volatile Shown shown = new Shown(0, false, List.of());

    /** What pages show: the site's version, and the problems of the build that made it or failed to. */
    private record Shown(long version, boolean failed, List<String> problems) {
    }

    /** Listens on 127.0.0.1:{@code port} ({@code 0}: any free port) and serves {@code root} under {@code basePath}. */
    public DevServer(Path root, String basePath, int port) {
        this.root = root.toAbsolutePath().normalize();
        this.basePath = basePath;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            workers.shutdown();
            throw new SinmunException(Problem.of(null, "cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(),
                    "another program may be using the port; pick another with --port N"), e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(workers);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** e.g. {@code http://127.0.0.1:8000/archive/}. */
    public String url() {
        return "http://127.0.0.1:" + port() + basePath;
    }

    /**
     * Tells open pages the site was rebuilt (they reload), with the problems shown on top of every page: those of a
     * build that {@code failed} (the previous site stays), or of files a finished build left out.
     */
    public void rebuilt(boolean buildFailed, List<String> problems) {
        shown = new Shown(shown.version() + 1, buildFailed, List.copyOf(problems));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            if (!path.startsWith(basePath)) {
                redirectOrMissing(exchange, path);
                return;
            }
            String sitePath = path.substring(basePath.length());
            if (sitePath.equals(STATUS)) {
                send(exchange, 200, "json", status().getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file = root.resolve(sitePath).normalize();
            if (file.startsWith(root) && Files.isDirectory(file)) {
                if (!sitePath.isEmpty() && !sitePath.endsWith("/")) {
                    redirect(exchange, path + "/");
                    return;
                }
                file = file.resolve("index.html");
            }
            int code = 200;
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                code = 404;
                file = root.resolve("404.html");
            }
            if (!Files.isRegularFile(file)) {
                send(exchange, code, "html", page("Not built yet", "").getBytes(StandardCharsets.UTF_8));
                return;
            }
            String ext = extension(file);
            byte[] body = Files.readAllBytes(file);
            send(exchange, code, ext, ext.equals("html") ? withReload(body) : body);
        }
    }

    private void redirectOrMissing(HttpExchange exchange, String path) throws IOException {
        if (path.equals("/") || path.equals(basePath.substring(0, basePath.length() - 1))) {
            redirect(exchange, basePath);
        } else {
            send(exchange, 404, "html", page("Not under the base path",
                    "The site is served under <a href=\"" + basePath + "\">" + basePath + "</a>.")
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    private String page(String title, String text) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head>"
                + "<body><h1>" + title + "</h1><p>" + text + "</p></body></html>";
    }

    private byte[] withReload(byte[] body) {
        String html = new String(body, StandardCharsets.UTF_8);
        Shown now = shown;
        String script = LiveReload.script(basePath + STATUS, now.version(), now.failed(), now.problems());
        int end = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String out = end < 0 ? html + script : html.substring(0, end) + script + html.substring(end);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private String status() {
        Shown now = shown;
        return LiveReload.status(now.version(), now.failed(), now.problems());
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void send(HttpExchange exchange, int code, String ext, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (exchange.getRequestMethod().equalsIgnoreCase("HEAD")) {
            exchange.sendResponseHeaders(code, -1);
            return;
        }
        exchange.sendResponseHeaders(code, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Stops listening and ends the worker threads; open requests get a second to finish. */
    @Override
    public void close() {
        server.stop(1);
        workers.shutdownNow();
    }
}
