package dev.sinmun.site;

import dev.sinmun.Problem;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Nu HTML Checker (the engine of the W3C validator) run in-process: one problem per HTML error, warnings
 * ignored. Built once per check; checking a page takes milliseconds once the schema is loaded (about 2 s).
 */
final class HtmlChecker {

    private final SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
    private final Collector collector = new Collector();

    HtmlChecker() {
        try {
            validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collector);
            validator.setUpValidatorAndParsers(collector, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the Nu HTML Checker", e);
        }
    }

    /** The HTML errors of one page; {@code shownAs} is the file name the problems carry. */
    List<Problem> check(Path page, Path shownAs) {
        collector.file = shownAs;
        collector.problems = new ArrayList<>();
        try {
            validator.checkHtmlFile(page.toFile(), true);
        } catch (IOException | SAXException e) {
            collector.problems.add(Problem.of(shownAs, "cannot check the HTML: " + e.getMessage(),
                    "rebuild the site"));
        }
        return collector.problems;
    }

    private static final class Collector implements ErrorHandler {
        private Path file = Path.of("(schema)");
        private List<Problem> problems = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            problems.add(Problem.of(file, Math.max(0, e.getLineNumber()), "HTML error: " + e.getMessage(),
                    "fix the template or the article that writes it"));
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
