package dev.sinmun.site;

import dev.sinmun.Problem;
import dev.sinmun.model.SiteConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds internal links that lead nowhere: every {@code href} and {@code src} of every HTML page in an output
 * directory must resolve, through the site's base path, to a file of that directory. Links to other hosts are
 * not followed; absolute links to the site's own base URL are checked like root-relative ones. Links into
 * {@link SiteBuild#DOCS_PATH} are followed only when the output holds the documentation ({@code mvn site} adds it
 * after the archive build; {@link SiteCheck} reports it missing once, not once per page).
 */
public final class LinkChecker {

    private final SiteConfig config;

    public LinkChecker(SiteConfig config) {
        this.config = config;
    }

    /** One problem per broken link, with the page (relative to {@code outDir}) and line; pages sorted by path. */
    public List<Problem> check(Path outDir) {
        Path root = outDir.toAbsolutePath().normalize();
        boolean withDocs = Files.isDirectory(root.resolve(SiteBuild.DOCS_PATH));
        List<Problem> problems = new ArrayList<>();
        for (Path page : htmlPages(root)) {
            Document doc = parse(page);
            String pageUrl = config.url(pageUrlPath(root, page));
            for (Element element : doc.select("[href], [src]")) {
                String attr = element.hasAttr("href") ? "href" : "src";
                String link = element.attr(attr);
                String problem = brokenReason(root, pageUrl, link, withDocs);
                if (problem != null) {
                    int line = element.sourceRange().isTracked() ? element.sourceRange().start().lineNumber() : 0;
                    problems.add(Problem.of(root.relativize(page), line,
                            "broken link " + attr + "=\"" + link + "\": " + problem,
                            "fix the template or the article that writes it"));
                }
            }
        }
        return problems;
    }

    /** Null when the link is fine or not internal, else why it is broken. */
    private String brokenReason(Path root, String pageUrl, String link, boolean withDocs) {
        URI uri;
        try {
            uri = new URI(link.strip());
        } catch (URISyntaxException e) {
            return "not a valid URL";
        }
        String path;
        if (uri.isAbsolute() || link.strip().startsWith("//")) {
            String own = config.absoluteUrl("");
            String absolute = uri.isAbsolute() ? uri.toString() : "https:" + link.strip();
            if (!absolute.startsWith(own) && !absolute.startsWith(own.replaceFirst("^https:", "http:"))) {
                return null;
            }
            path = URI.create(own).resolve(uri).getPath();
        } else if (uri.getPath() == null || uri.getPath().isEmpty()) {
            return null;
        } else {
            path = URI.create(pageUrl).resolve(uri).getPath();
        }
        String base = config.basePath();
        if (!path.startsWith(base)) {
            return "outside the base path " + base;
        }
        String sitePath = path.substring(base.length());
        if (!withDocs && (sitePath + "/").startsWith(SiteBuild.DOCS_PATH)) {
            return null;
        }
        Path target = root.resolve(sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath)
                .normalize();
        if (!target.startsWith(root)) {
            return "outside the site";
        }
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        return Files.isRegularFile(target) ? null : "no file " + root.relativize(target).toString().replace('\\', '/');
    }

    /** The page's own URL path relative to the base, so relative links resolve as a browser would. */
    private static String pageUrlPath(Path root, Path page) {
        String rel = root.relativize(page).toString().replace('\\', '/');
        return rel.endsWith("/index.html") || rel.equals("index.html")
                ? rel.substring(0, rel.length() - "index.html".length())
                : rel;
    }

    private static Document parse(Path page) {
        try {
            Parser parser = Parser.htmlParser().setTrackPosition(true);
            return Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8), "", parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> htmlPages(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
