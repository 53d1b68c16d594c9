package dev.sinmun.site;

import dev.sinmun.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LinkCheckerTest {

    @TempDir
    Path out;

    @Test
    void theRenderedSampleSiteHasNoBrokenLinks() {
        RenderedSite site = RenderedSite.build(out);
        assertThat(new LinkChecker(site.config()).check(out)).isEmpty();
    }

    @Test
    void findsDeliberatelyBrokenLinks() throws Exception {
        RenderedSite site = RenderedSite.build(out);
        Path page = out.resolve("people/index.html");
        String html = Files.readString(page).replace("</main>", """
                <a href="/archive/people/nobody/">missing page</a>
                <a href="/people/">outside the base path</a>
                <img src="../css/missing.png" alt="">
                <a href="https://example.github.io/archive/topics/nothing/">own absolute URL</a>
                <a href="https://elsewhere.example/">other host, not checked</a>
                <a href="#content">fragment only</a>
                <a href="kenji-morita/">relative, fine</a>
                </main>""");
        Files.writeString(page, html);

        List<Problem> problems = new LinkChecker(site.config()).check(out);

        assertThat(problems).extracting(Problem::file).containsOnly(Path.of("people/index.html"));
        assertThat(problems).extracting(Problem::message).containsExactly(
                "broken link href=\"/archive/people/nobody/\": no file people/nobody/index.html",
                "broken link href=\"/people/\": outside the base path /archive/",
                "broken link src=\"../css/missing.png\": no file css/missing.png",
                "broken link href=\"https://example.github.io/archive/topics/nothing/\": no file topics/nothing/index.html");
        assertThat(problems).allMatch(p -> p.line() > 0);
    }
}
