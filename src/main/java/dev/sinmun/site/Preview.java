package dev.sinmun.site;

import dev.sinmun.Problem;
import dev.sinmun.SinmunException;
import dev.sinmun.markdown.ImportOutcome;
import dev.sinmun.markdown.SiteConfigReader;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.model.SiteConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code sinmun serve}: builds the site into {@code target/site/}, serves it on 127.0.0.1 under the base path of
 * {@code base_url}, and rebuilds when anything in {@code content/}, {@code templates/} or {@code site/} changes.
 * A failing build keeps the previous site served and shows its errors in the page and to the listener.
 */
public final class Preview implements AutoCloseable {

    /** Hears about every build. */
    public interface Listener {
        /** A build finished; {@code problems} were reported (files left out), {@code changed} caused it. */
        void built(SiteBuild.Result result, List<Problem> problems, Set<Path> changed, double seconds);

        /** A build failed; the previous site is still served. */
        void failed(Problem problem, Set<Path> changed);

        /** A build waits for another build of the project ({@code holder}, as {@link SiteBuild#run} says). */
        default void waiting(String holder) {
        }
    }

    private final ProjectLayout layout;
    private final Listener listener;
    private final DevServer server;
    private final ContentWatcher watcher;

    /** Serves on {@code port} ({@code 0}: any free port), builds once, then watches. */
    public Preview(ProjectLayout layout, int port, Listener listener) {
        this.layout = layout;
        this.listener = listener;
        this.server = new DevServer(layout.defaultOutput(), config().basePath(), port);
        try {
            rebuild(Set.of());
            this.watcher = new ContentWatcher(List.of(layout.content(), layout.templates(), layout.site()),
                    this::rebuild);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** e.g. {@code http://127.0.0.1:8000/sinmun/}. */
    public String url() {
        return server.url();
    }

    /** Builds again now, as if {@code changed} had changed. */
    public synchronized void rebuild(Set<Path> changed) {
        long started = System.nanoTime();
        try {
            SiteBuild.Result result = new SiteBuild(layout, config().withBaseUrl(server.url()))
                    .run(layout.defaultOutput(), outcome -> { }, ProgressListener.NONE, listener::waiting, false);
            List<Problem> problems = new ArrayList<>();
            result.imports().stream().filter(i -> i.status() == ImportOutcome.Status.FAILED)
                    .forEach(i -> problems.add(i.problem()));
            problems.addAll(result.readProblems());
            problems.addAll(result.render().problems());
            server.rebuilt(false, problems.stream().map(Problem::format).toList());
            listener.built(result, problems, changed, (System.nanoTime() - started) / 1e9);
        } catch (SinmunException e) {
            server.rebuilt(true, List.of(e.problem().format()));
            listener.failed(e.problem(), changed);
        } catch (RuntimeException e) {
            Problem problem = Problem.of(null, "build failed: " + e, "fix what it names; the server keeps running");
            server.rebuilt(true, List.of(problem.format()));
            listener.failed(problem, changed);
        }
    }

    private SiteConfig config() {
        return new SiteConfigReader().read(layout.siteConfig(), layout.relative(layout.siteConfig()));
    }

    /** Stops watching and serving. */
    @Override
    public void close() {
        watcher.close();
        server.close();
    }
}
