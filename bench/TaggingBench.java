import dev.sinmun.model.BilingualName;
import dev.sinmun.model.Lang;
import dev.sinmun.model.RawArticle;
import dev.sinmun.model.Source;
import dev.sinmun.tags.Registry;
import dev.sinmun.tags.Tagger;
import dev.sinmun.tags.Tags;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Tags N articles (default 10,000) with the archive's registry and prints the time. The articles are the labelled
 * fixtures under src/test/resources/tags/ (English and Korean), cycled with a numbered headline.
 * Run from the project root: java -cp target/sinmun.jar bench/TaggingBench.java [N]
 */
public class TaggingBench {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        List<RawArticle> bases = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/tags"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("input.txt")).sorted().toList()) {
                bases.add(article(Files.readString(file)));
            }
        }
        long t0 = System.nanoTime();
        Tagger tagger = new Tagger(Registry.load(Path.of("content/registry")));
        long built = System.nanoTime() - t0;
        List<RawArticle> articles = new ArrayList<>(n);
        long chars = 0;
        for (int i = 0; i < n; i++) {
            RawArticle base = bases.get(i % bases.size());
            articles.add(new RawArticle(base.file(), base.title() + " (" + i + ")", base.lang(), base.posted(), null,
                    null, base.source(), List.of(), base.paragraphs(), "", "", "x"));
            chars += base.title().length() + base.paragraphs().stream().mapToInt(String::length).sum();
        }
        for (int i = 0; i < Math.min(n, 2000); i++) {
            tagger.tag(articles.get(i));
        }
        long tags = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (RawArticle article : articles) {
            Tags t = tagger.tag(article);
            tags += t.people().size() + t.topics().size() + t.organizations().size() + t.places().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "registry loaded and matchers built in %.0f ms (%d fixture articles cycled)%n",
                built / 1e6, bases.size());
        System.out.printf(Locale.ROOT, "tagged %,d articles (%,d characters, %,d tags) in %.2f s: %.3f ms/article, "
                + "%,.0f articles/s (wall clock)%n", n, chars, tags, seconds, seconds * 1000 / n, n / seconds);
        System.out.printf(Locale.ROOT, "CPU time of the tagging thread: %.2f s (%.3f ms/article)%n", cpu,
                cpu * 1000 / n);
    }

    private static RawArticle article(String text) {
        text = text.replace("\r\n", "\n");
        Lang lang = Lang.EN;
        if (text.startsWith("lang: ")) {
            lang = Lang.fromCode(text.substring(6, text.indexOf('\n'))).orElseThrow();
            text = text.substring(text.indexOf('\n') + 1);
        }
        List<String> blocks = new ArrayList<>(Arrays.stream(text.split("\n\\s*\n")).map(String::strip)
                .filter(b -> !b.isEmpty()).toList());
        String title = blocks.remove(0);
        return new RawArticle(Path.of("inbox/x.txt"), title, lang, OffsetDateTime.parse("2020-09-14T07:34+09:00"),
                null, null, new Source(new BilingualName("The Dong-A Ilbo", "동아일보"), null, "inbox/x.txt"),
                List.of(), blocks, "", "", "x");
    }
}
