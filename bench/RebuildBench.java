import dev.sinmun.markdown.SiteConfigReader;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.model.SiteConfig;
import dev.sinmun.site.ProgressListener;
import dev.sinmun.site.SiteBuild;
import dev.sinmun.site.StageTime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Rebuild times in one warm JVM, as `sinmun serve` sees them: builds a project once, then R times each a no-op
 * rebuild and a rebuild after adding a sentence to the middle article's body, and prints each time and the median.
 * Run from the project root: java -cp target/sinmun.jar bench/RebuildBench.java PROJECT [R]
 * (PROJECT e.g. target/bench/10000/sinmun, kept by bench/run.sh --keep).
 */
public class RebuildBench {

    public static void main(String[] args) throws Exception {
        ProjectLayout layout = new ProjectLayout(Path.of(args[0]).toAbsolutePath().normalize());
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        SiteConfig config = new SiteConfigReader().read(layout.siteConfig(), layout.siteConfig());
        SiteBuild build = new SiteBuild(layout, config);
        Path out = layout.defaultOutput();
        Path middle;
        try (Stream<Path> files = Files.walk(layout.articles())) {
            List<Path> md = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
            middle = md.get(md.size() / 2);
        }
        String original = Files.readString(middle);
        System.out.printf(Locale.ROOT, "first build: %.2f s (%s)%n", time(() -> build.run(out, o -> { },
                ProgressListener.NONE, false)), middle);
        List<Double> noop = new ArrayList<>();
        List<Double> edit = new ArrayList<>();
        try {
            for (int rep = 1; rep <= reps; rep++) {
                noop.add(time(() -> build.run(out, o -> { }, ProgressListener.NONE, false)));
                Files.writeString(middle, original + "\nOne more sentence, number " + rep + ".\n");
                SiteBuild.Result[] result = new SiteBuild.Result[1];
                edit.add(time(() -> result[0] = build.run(out, o -> { }, ProgressListener.NONE, false)));
                if (rep == reps) {
                    System.out.println("  last edit's stages: " + result[0].render().stages().stream()
                            .map(StageTime::format).collect(Collectors.joining(" · ")));
                }
                System.out.printf(Locale.ROOT, "rep %d: no-op %.3f s, edit one body %.3f s%n", rep,
                        noop.get(rep - 1), edit.get(rep - 1));
            }
        } finally {
            Files.writeString(middle, original);
        }
        System.out.printf(Locale.ROOT, "median of %d: no-op %.3f s, edit one body %.3f s%n", reps, median(noop),
                median(edit));
    }

    private static double time(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
