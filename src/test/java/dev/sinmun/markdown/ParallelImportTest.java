package dev.sinmun.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sinmun.ingest.DumpParsers;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.tags.Registry;
import dev.sinmun.tags.Tagger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parsing and tagging run in parallel; what is written must not depend on it. */
class ParallelImportTest {

    private static final Registry REGISTRY = Registry.load(Path.of("content", "registry"));

    @TempDir
    Path first;

    @TempDir
    Path second;

    private static Map<String, String> importInto(Path root, int count) throws IOException {
        ProjectLayout layout = new ProjectLayout(root);
        List<Path> files = MixedInbox.write(layout.inbox(), count);
        List<ImportOutcome> outcomes = new ArticleImporter(layout, DumpParsers.standard(), new Tagger(REGISTRY))
                .importFiles(files, false, o -> { });
        Map<String, String> tree = new LinkedHashMap<>();
        outcomes.forEach(o -> tree.put(o.input().toString(), o.status() + " " + o.article() + " " + o.note()));
        try (Stream<Path> walk = Files.walk(layout.articles())) {
            for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                tree.put(layout.articles().relativize(f).toString(), Files.readString(f));
            }
        }
        return tree;
    }

    @Test
    void twoImportsOfTheSameMixedInboxWriteTheSameFiles() throws IOException {
        Map<String, String> a = importInto(first, 120);
        Map<String, String> b = importInto(second, 120);

        assertThat(a).isEqualTo(b);
        assertThat(a.values()).anyMatch(v -> v.startsWith("CREATED")).anyMatch(v -> v.startsWith("FAILED"));
    }
}
