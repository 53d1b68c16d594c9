package dev.sinmun.site;

import dev.sinmun.model.ProjectLayout;
import dev.sinmun.model.SiteConfig;
import dev.sinmun.tags.SampleArticles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample articles rendered with this repository's theme and static files, for whole-site tests; like this
 * repository's site, every page links to the documentation.
 */
record RenderedSite(Path dir, BuildReport report, SiteConfig config) {

    static final String BASE_URL = "https://example.github.io/archive/";

    static RenderedSite build(Path dir) {
        SiteConfig config = SiteConfig.forTest().withBaseUrl(BASE_URL).withDocs(true);
        SiteRenderer renderer = new SiteRenderer(config, new ProjectLayout(Path.of("")));
        return new RenderedSite(dir, renderer.render(SampleArticles.all(), dir), config);
    }

    String read(String file) {
        Path path = dir.resolve(file);
        assertThat(path).as("output file %s", file).isRegularFile();
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One needle per line; {@code ! } negates; blank lines and {@code #} comments are skipped. */
    void assertFile(String file, String needles) {
        String content = read(file);
        for (String line : needles.strip().split("\n")) {
            String needle = line.strip();
            if (needle.isEmpty() || needle.startsWith("#")) {
                continue;
            }
            if (needle.startsWith("! ")) {
                assertThat(content).as("%s must not contain", file).doesNotContain(needle.substring(2));
            } else {
                assertThat(content).as("%s must contain", file).contains(needle);
            }
        }
    }

    /** Every file (sorted, relative, '/'-separated) with its bytes, for byte-for-byte comparison. */
    Map<String, byte[]> tree() {
        Map<String, byte[]> tree = new LinkedHashMap<>();
        for (Path file : files()) {
            try {
                tree.put(dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tree;
    }

    List<Path> htmlFiles() {
        return files().stream().filter(p -> p.toString().endsWith(".html")).toList();
    }

    List<Path> files() {
        try (Stream<Path> walk = Files.walk(dir)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
