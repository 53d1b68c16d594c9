package dev.sinmun.ingest;

import dev.sinmun.Problem;
import dev.sinmun.SinmunException;
import dev.sinmun.model.RawArticle;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** An explicit, ordered list of dump parsers: the first one that accepts a file's text parses it. */
public final class DumpParsers {

    private final List<DumpParser> parsers;
    private final RawFileDecoder decoder = new RawFileDecoder();

    /** Tries {@code parsers} in the given order. */
    public DumpParsers(List<DumpParser> parsers) {
        this.parsers = List.copyOf(Objects.requireNonNull(parsers, "parsers"));
    }

    /** The parsers Sinmun ships with, in the order they are tried. */
    public static DumpParsers standard() {
        return new DumpParsers(List.of(new TextDumpParser()));
    }

    /** Reads and decodes {@code file}, then parses it with the first parser that accepts its text. */
    public RawArticle parse(Path file, String sourceFile) {
        return parse(file, file, sourceFile);
    }

    /** As {@link #parse(Path, String)}, with problems naming the file {@code shownAs}. */
    public RawArticle parse(Path file, Path shownAs, String sourceFile) {
        String text = decoder.decode(file, shownAs);
        for (DumpParser parser : parsers) {
            if (parser.accepts(text)) {
                return parser.parse(shownAs, sourceFile, text);
            }
        }
        throw new SinmunException(Problem.of(shownAs, "not a recognised article dump",
                "import the saved page's visible text (.txt)"));
    }
}
