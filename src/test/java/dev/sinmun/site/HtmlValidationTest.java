package dev.sinmun.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every generated HTML page passes the Nu HTML Checker (the W3C validator's engine), run in-process.
 */
class HtmlValidationTest {

    @TempDir
    Path out;

    @Test
    void everyPageIsValidHtml() throws Exception {
        RenderedSite site = RenderedSite.build(out);
        List<String> errors = validate(site.htmlFiles());
        assertThat(errors).as("Nu HTML Checker errors").isEmpty();
    }

    @Test
    void theCheckerReportsAnInvalidPage() throws Exception {
        Path bad = out.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>x</title></head>\n"
                + "<body><p><div>block in p</div></p><img alt=\"\"></body></html>\n");
        assertThat(validate(List.of(bad))).isNotEmpty()
                .anyMatch(e -> e.startsWith(bad.getFileName() + ":4: ") && e.contains("src"));
    }

    private List<String> validate(List<Path> files) throws Exception {
        return NuHtmlChecker.errors(out, files);
    }
}
