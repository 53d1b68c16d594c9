package dev.sinmun.site;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview server alone, over raw HTTP on loopback: paths, redirects, the reload script and the status. */
class DevServerTest {

    @TempDir
    Path dir;

    private DevServer server;

    @BeforeEach
    void start() throws IOException {
        Path site = Files.createDirectories(dir.resolve("site/people"));
        Files.writeString(dir.resolve("site/index.html"), "<!DOCTYPE html><html><body><p>Home</p></body></html>");
        Files.writeString(dir.resolve("site/people/index.html"), "<p>People</p>");
        Files.writeString(dir.resolve("site/404.html"), "<p>Lost</p>");
        Files.writeString(dir.resolve("site/feed.xml"), "<feed/>");
        Files.writeString(dir.resolve("secret.txt"), "outside the site");
        server = new DevServer(site.getParent(), "/archive/", 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The raw response of one request, so paths reach the server exactly as written. */
    private String request(String method, String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try (InputStream in = socket.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void servesPagesWithTheReloadScriptAndOtherFilesAsTheyAre() throws IOException {
        String home = request("GET", "/archive/");
        assertThat(home).startsWith("HTTP/1.1 200").contains("<p>Home</p><script data-sinmun-live-reload>")
                .contains("</script></body>");
        assertThat(request("GET", "/archive/people/")).contains("<p>People</p><script data-sinmun-live-reload>");
        assertThat(request("GET", "/archive/feed.xml")).startsWith("HTTP/1.1 200").endsWith("\r\n\r\n<feed/>")
                .containsIgnoringCase("content-type: application/xml");
        assertThat(Files.readString(dir.resolve("site/index.html"))).doesNotContain("script");
    }

    @Test
    void aTakenPortIsOneProblemNamingIt() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DevServer(dir, "/", server.port()))
                .isInstanceOf(dev.sinmun.SinmunException.class)
                .hasMessageStartingWith("cannot listen on 127.0.0.1:" + server.port() + ": ")
                .hasMessageEndingWith("pick another with --port N");
    }

    @Test
    void redirectsToTheBasePathAndToFolderUrls() throws IOException {
        assertThat(request("GET", "/")).startsWith("HTTP/1.1 302").containsIgnoringCase("location: /archive/");
        assertThat(request("GET", "/archive/people")).startsWith("HTTP/1.1 302")
                .containsIgnoringCase("location: /archive/people/");
    }

    @Test
    void missingPagesAndPathsOutsideTheSiteGetThe404Page() throws IOException {
        assertThat(request("GET", "/archive/nothing/")).startsWith("HTTP/1.1 404").contains("<p>Lost</p>");
        assertThat(request("GET", "/archive/../secret.txt")).doesNotContain("outside the site");
        assertThat(request("GET", "/archive/%2e%2e/secret.txt")).doesNotContain("outside the site");
        assertThat(request("GET", "/other/")).startsWith("HTTP/1.1 404").contains("/archive/");
    }

    @Test
    void theStatusTellsTheVersionAndTheErrorsAndPagesShowTheErrors() throws IOException {
        assertThat(request("GET", "/archive/" + DevServer.STATUS))
                .endsWith("{\"version\":0,\"failed\":false,\"errors\":[]}");
        server.rebuilt(true, List.of("templates/x.peb:2: broken </script> here"));
        assertThat(request("GET", "/archive/" + DevServer.STATUS)).endsWith(
                "{\"version\":1,\"failed\":true,\"errors\":[\"templates/x.peb:2: broken \\u003c/script> here\"]}");
        assertThat(request("GET", "/archive/")).contains("var v=1")
                .contains("Build failed (the previous site is shown):")
                .contains("show([\"templates/x.peb:2: broken \\u003c/script> here\"])");
    }

    @Test
    void aBuildThatLeftFilesOutSaysTheRestOfTheSiteIsUpToDateNotThatItFailed() throws IOException {
        server.rebuilt(false, List.of("content/inbox/a.txt: file is empty — remove it"));

        assertThat(request("GET", "/archive/" + DevServer.STATUS)).contains("\"failed\":false");
        assertThat(request("GET", "/archive/"))
                .contains("Built, but with these problems (the rest of the site is up to date):")
                .doesNotContain("Build failed");
    }
}
