package dev.sinmun.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sinmun.Golden;
import dev.sinmun.ingest.DumpParsers;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.tags.Registry;
import dev.sinmun.tags.Tagger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole import — parse, tag with the archive's own registry, write — against golden Markdown files:
 * {@code ingest/<case>/input.*} (the parser's fixture of the same name) becomes {@code content/inbox/<case>.*}, whose
 * article must equal {@code markdown/import/<case>/expected.md}.
 */
class ImportGoldenTest {

    private static final Registry REGISTRY = Registry.load(Path.of("content", "registry"));

    @TempDir
    Path project;

    static List<Path> cases() {
        return Golden.cases("markdown/import");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void importsAsExpected(Path dir) throws IOException {
        ProjectLayout layout = new ProjectLayout(project);
        Path input = inputOf(Golden.resources().resolve("ingest").resolve(dir.getFileName()));
        String extension = input.getFileName().toString().substring("input".length());
        Path raw = layout.inbox().resolve(dir.getFileName() + extension);
        Files.createDirectories(raw.getParent());
        Files.copy(input, raw);
        ArticleImporter importer = new ArticleImporter(layout, DumpParsers.standard(), new Tagger(REGISTRY));

        List<ImportOutcome> outcomes = new ArrayList<>();
        importer.importFiles(List.of(raw), false, outcomes::add);

        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.problem()).isNull());
        String written = Files.readString(layout.root().resolve(outcomes.get(0).article()));
        Golden.assertMatches(dir.resolve("expected.md"), written);
    }

    /** The raw file of the ingest case of the same name: the parser's fixtures are import's too. */
    private static Path inputOf(Path ingestCase) throws IOException {
        try (var files = Files.list(ingestCase)) {
            return files.filter(f -> f.getFileName().toString().startsWith("input.")).findFirst()
                    .orElseThrow(() -> new AssertionError("no input file in " + ingestCase));
        }
    }
}
