package dev.sinmun.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sinmun.ingest.DumpParsers;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.tags.Registry;
import dev.sinmun.tags.Tagger;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Benchmark, not a test: imports {@code -Dbench.files} (default 1,000) mixed raw files and prints the time.
 * Run with {@code mvn -q -o test -Dtest=ImportBenchmark -Dbench.import=true}; see bench/RESULTS.md.
 */
@EnabledIfSystemProperty(named = "bench.import", matches = "true")
class ImportBenchmark {

    @TempDir
    Path project;

    @Test
    void importsAThousandMixedFiles() {
        int count = Integer.getInteger("bench.files", 1000);
        ProjectLayout layout = new ProjectLayout(project);
        List<Path> files = MixedInbox.write(layout.inbox(), count);
        ArticleImporter importer = new ArticleImporter(layout, DumpParsers.standard(),
                new Tagger(Registry.load(Path.of("content", "registry"))));

        long started = System.nanoTime();
        List<ImportOutcome> outcomes = importer.importFiles(files, false, o -> { });
        double seconds = (System.nanoTime() - started) / 1e9;

        Map<ImportOutcome.Status, Long> counts = outcomes.stream()
                .collect(Collectors.groupingBy(ImportOutcome::status, java.util.TreeMap::new, Collectors.counting()));
        System.out.printf(Locale.ROOT, "import benchmark: %d files in %.2f s (%.0f files/s) on %d cores, "
                        + "ForkJoin parallelism %d; %s%n", count, seconds, count / seconds,
                Runtime.getRuntime().availableProcessors(), java.util.concurrent.ForkJoinPool.getCommonPoolParallelism(),
                counts);
        if (Boolean.getBoolean("bench.verbose")) {
            outcomes.stream().filter(o -> o.status() == ImportOutcome.Status.MERGED)
                    .forEach(o -> System.out.println("merged " + o.input() + ": " + o.note()));
            outcomes.stream().filter(o -> o.problem() != null)
                    .forEach(o -> System.out.println("problem " + o.problem().format()));
        }
        assertThat(outcomes).hasSize(count);
    }
}
