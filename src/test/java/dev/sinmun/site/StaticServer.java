package dev.sinmun.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Serves a rendered site from 127.0.0.1 under a base path, the way GitHub Pages serves a project site. */
final class StaticServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "xml", "application/xml; charset=utf-8",
            "png", "image/png",
            "svg", "image/svg+xml");

    private final HttpServer server;
    private final String basePath;

    StaticServer(Path root, String basePath) throws IOException {
        this.basePath = basePath;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(basePath, exchange -> serve(root, exchange));
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + basePath;
    }

    private void serve(Path root, HttpExchange exchange) throws IOException {
        String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8)
                .substring(basePath.length());
        Path file = root.resolve(path).normalize();
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        int status = 200;
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            file = root.resolve("404.html");
            status = 404;
        }
        byte[] body = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1);
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(ext, "application/octet-stream"));
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
