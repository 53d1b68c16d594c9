package dev.sinmun.site;

import dev.sinmun.model.Article;
import dev.sinmun.model.ProjectLayout;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The first reads of a build, started before its command line is parsed (a cold JVM spends a tenth of a second
 * there): the article files' stamps and the last build's cached articles, for a project's default output folder, each
 * on a thread of its own. A {@link SiteBuild} takes them only where they are what it would read itself: the same
 * project and output folder, the project's lock got without waiting, nothing imported, the cache file as it was.
 */
public final class BuildHeadStart {

    private static final BuildHeadStart NONE = new BuildHeadStart(null, null, null, null);

    private final ProjectLayout layout;
    private final Path out;
    private final BuildCache.FileStamp cacheFile;
    private final Reads reads;

    /** What was read: the article files' stamps, and the cached articles. */
    record Reads(BuildCache cache, Background<Map<String, BuildCache.FileStamp>> articles,
                 Background<Optional<Map<String, Article>>> cached) {
    }

    private BuildHeadStart(ProjectLayout layout, Path out, BuildCache.FileStamp cacheFile, Reads reads) {
        this.layout = layout;
        this.out = out;
        this.cacheFile = cacheFile;
        this.reads = reads;
    }

    /** No head start. */
    public static BuildHeadStart none() {
        return NONE;
    }

    /** Starts reading for a build of {@code project} into its default output folder. */
    public static BuildHeadStart of(Path project) {
        ProjectLayout layout = new ProjectLayout(project);
        Path out = layout.defaultOutput().toAbsolutePath().normalize();
        BuildCache cache = BuildCache.of(layout.buildCache(), out);
        BuildCache.FileStamp cacheFile = cache.articlesStamp();
        return new BuildHeadStart(layout, out, cacheFile, new Reads(cache,
                Background.start("sinmun-early-scan", () -> InputScan.articles(layout)),
                Background.start("sinmun-cache", cache::articles)));
    }

    /**
     * The reads, for a build of {@code layout}'s project into {@code out} that got the lock without waiting and
     * imported nothing; empty when there are none or they are not this build's, or the cache file changed since.
     */
    Optional<Reads> readsFor(ProjectLayout layout, Path out) {
        if (reads == null || !this.layout.equals(layout) || !this.out.equals(out)
                || !cacheFile.equals(reads.cache().articlesStamp())) {
            return Optional.empty();
        }
        return Optional.of(reads);
    }
}
