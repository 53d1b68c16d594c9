package dev.sinmun.model;

import java.nio.file.Path;

/** Where a Sinmun project keeps its inputs, relative to the project root. */
public record ProjectLayout(Path root) {

    public ProjectLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path content() {
        return root.resolve("content");
    }

    /** Raw files as received; Sinmun never modifies them. */
    public Path inbox() {
        return content().resolve("inbox");
    }

    /** Imported Markdown, {@code YYYY/MM/<slug>.md}. */
    public Path articles() {
        return content().resolve("articles");
    }

    /** {@code people.yml} and {@code topics.yml}. */
    public Path registry() {
        return content().resolve("registry");
    }

    /** The project's own templates; each overrides the built-in template of the same name. */
    public Path templates() {
        return root.resolve("templates");
    }

    /** Site configuration and static assets (input, never written to). */
    public Path site() {
        return root.resolve("site");
    }

    public Path siteConfig() {
        return site().resolve("sinmun.yml");
    }

    /** Copied verbatim into the output. */
    public Path staticFiles() {
        return site().resolve("static");
    }

    public Path defaultOutput() {
        return root.resolve("target").resolve("site");
    }

    /** What the last build into each output folder knew, so the next one redoes only what changed. */
    public Path buildCache() {
        return root.resolve("target").resolve("sinmun-cache");
    }

    /** Held by a build, an import or a re-tagging while it runs, so that they take turns. */
    public Path projectLock() {
        return buildCache().resolve("project.lock");
    }

    /** A path relative to the project root, for messages. */
    public Path relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs) : file;
    }
}
