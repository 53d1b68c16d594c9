package dev.sinmun.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** The Nu HTML Checker (the W3C validator's engine), run in-process over files. */
public final class NuHtmlChecker {

    private NuHtmlChecker() {
    }

    /** One line per error, {@code file:line: message} with the file relative to {@code root}; warnings are ignored. */
    public static List<String> errors(Path root, List<Path> files) throws Exception {
        Collector collector = new Collector(root);
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
