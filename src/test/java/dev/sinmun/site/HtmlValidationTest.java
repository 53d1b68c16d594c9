package dev.sinmun.site;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /** One line per error, {@code file:line: message}; warnings are ignored. */
    private List<String> validate(List<Path> files) throws Exception {
        Collector collector = new Collector(out);
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collector);
        validator.setUpValidatorAndParsers(collector, false, false);
        for (Path file : files) {
            collector.file = file;
            validator.checkHtmlFile(file.toFile(), true);
        }
        return collector.errors;
    }

    private static final class Collector implements ErrorHandler {
        private final Path root;
        private final List<String> errors = new ArrayList<>();
        private Path file;

        Collector(Path root) {
            this.root = root;
        }

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            String where = file == null ? "(schema)" : root.relativize(file).toString().replace('\\', '/');
            errors.add(where + ":" + e.getLineNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
