package dev.sinmun.site;

import dev.sinmun.Problem;
import dev.sinmun.model.ProjectLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code sinmun serve} on loopback: serving under the base path, live reload, errors shown, never fatal. */
class PreviewTest {

    @TempDir
    Path project;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private Preview preview;

    @BeforeEach
    void start() throws IOException {
        Files.createDirectories(project.resolve(SiteBuildTest.SEED).getParent());
        Files.copy(SiteBuildTest.SEED, project.resolve(SiteBuildTest.SEED));
        Files.createDirectories(project.resolve("site/static/css"));
        Files.copy(Path.of("site/static/css/sinmun.css"), project.resolve("site/static/css/sinmun.css"));
        Files.writeString(project.resolve("site/sinmun.yml"), "base_url: https://user.github.io/archive/\n");
        Files.createDirectories(project.resolve("templates"));
        preview = new Preview(new ProjectLayout(project), 0, new Preview.Listener() {
            @Override
            public void built(SiteBuild.Result result, List<Problem> problems, Set<Path> changed, double seconds) {
                heard.add("built " + changed.size());
            }

            @Override
            public void failed(Problem problem, Set<Path> changed) {
                heard.add("failed " + problem.format());
            }
        });
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Polls the status endpoint until it matches, for at most 30 s (a bound, not an assertion on time). */
    private String awaitStatus(Predicate<String> condition) throws Exception {
        String status = "";
        for (int i = 0; i < 300 && !condition.test(status); i++) {
            Thread.sleep(100);
            status = get(preview.url() + DevServer.STATUS).body();
        }
        return status;
    }

    @Test
    void servesTheSiteUnderItsBasePathWithTheReloadScriptOnlyInWhatItSends() throws Exception {
        assertThat(preview.url()).matches("http://127\\.0\\.0\\.1:\\d+/archive/");
        HttpResponse<String> home = get(preview.url());
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("href=\"/archive/css/sinmun.css\"").contains("data-sinmun-live-reload");
        assertThat(get(preview.url() + "css/sinmun.css").statusCode()).isEqualTo(200);
        assertThat(get(preview.url() + "no/such/page/").statusCode()).isEqualTo(404);
        assertThat(get(preview.url().replace("/archive/", "/elsewhere/")).statusCode()).isEqualTo(404);
        assertThat(Files.readString(project.resolve("target/site/index.html"))).doesNotContain("sinmun-live-reload");
        assertThat(get(preview.url() + DevServer.STATUS).body())
                .isEqualTo("{\"version\":1,\"failed\":false,\"errors\":[]}");
    }

    @Test
    void aBrokenTemplateShowsItsErrorAndTheServerKeepsServingUntilItIsFixed() throws Exception {
        String before = get(preview.url()).body();
        Files.createDirectories(project.resolve("templates/pages"));
        Files.writeString(project.resolve("templates/pages/home.peb"),
                "{% extends \"layout/base\" %}\n{% block content %}{{ nosuchvariable }}{% endblock %}\n");

        String status = awaitStatus(s -> s.contains("nosuchvariable"));
        assertThat(status).contains("home.peb:2").contains("nosuchvariable");
        HttpResponse<String> page = get(preview.url());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("nosuchvariable").contains(before.substring(0, before.indexOf("<script")));
        assertThat(heard).anyMatch(h -> h.startsWith("failed ") && h.contains("nosuchvariable"));

        Files.writeString(project.resolve("templates/pages/home.peb"),
                "{% extends \"layout/base\" %}\n{% block content %}Fixed home{% endblock %}\n");
        awaitStatus(s -> s.contains("\"errors\":[]"));
        assertThat(get(preview.url()).body()).contains("Fixed home");
    }

    @Test
    void anInboxFileThatCannotBeImportedIsShownAsAProblemOfABuildThatDidNotFail() throws Exception {
        Files.createDirectories(project.resolve("content/inbox"));
        Files.writeString(project.resolve("content/inbox/empty.txt"), "");

        String status = awaitStatus(s -> s.contains("empty.txt"));
        assertThat(status).contains("\"failed\":false").contains("content/inbox/empty.txt: file is empty");
        assertThat(get(preview.url()).body()).contains("the rest of the site is up to date");
        assertThat(heard).noneMatch(h -> h.startsWith("failed "));
    }

    @Test
    void closingStopsListening() throws Exception {
        String url = preview.url();
        preview.close();
        assertThatThrownBy(() -> get(url)).isInstanceOf(ConnectException.class);
        preview = new Preview(new ProjectLayout(project), 0, new Preview.Listener() {
            @Override
            public void built(SiteBuild.Result result, List<Problem> problems, Set<Path> changed, double seconds) {
            }

            @Override
            public void failed(Problem problem, Set<Path> changed) {
            }
        });
    }
}
