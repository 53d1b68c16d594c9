package dev.sinmun.ingest;

import dev.sinmun.model.RawArticle;
import java.nio.file.Path;

/** Reads one format of raw article dump (e.g. the visible text of a saved page) into a {@link RawArticle}. */
public interface DumpParser {

    /** Whether this parser understands the decoded text (cheap check; the first parser that accepts wins). */
    boolean accepts(String text);

    /**
     * Parses decoded text.
     *
     * @param file       the raw file as given, used in problem messages and {@link RawArticle#file()}
     * @param sourceFile the file's path relative to {@code content/}, stored in {@code Source.file}
     * @throws dev.sinmun.SinmunException when the text is not a readable article
     */
    RawArticle parse(Path file, String sourceFile, String text);
}
