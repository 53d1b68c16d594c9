package dev.sinmun.ingest;

import dev.sinmun.Problem;
import dev.sinmun.SinmunException;
import dev.sinmun.model.RawArticle;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** An explicit, ordered list of dump parsers: the first one that accepts a file's text parses it. */
public final class DumpParsers {

    /** Articles posted before this year are refused: the date was misread. */
    public static final int EARLIEST_YEAR = 1920;

    private final List<DumpParser> parsers;
    private final Clock clock;
    private final RawFileDecoder decoder = new RawFileDecoder();

    /** Tries {@code parsers} in the given order; dates after the system clock's "now" are refused. */
    public DumpParsers(List<DumpParser> parsers) {
        this(parsers, Clock.systemUTC());
    }

    /** Tries {@code parsers} in the given order; dates after {@code clock}'s "now" are refused. */
    public DumpParsers(List<DumpParser> parsers, Clock clock) {
        this.parsers = List.copyOf(Objects.requireNonNull(parsers, "parsers"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The parsers Sinmun ships with, in the order they are tried: HTML pages, then text dumps. */
    public static DumpParsers standard() {
        return standard(Clock.systemUTC());
    }

    /** As {@link #standard()}, with "now" from {@code clock}. */
    public static DumpParsers standard(Clock clock) {
        return new DumpParsers(List.of(new HtmlPageParser(), new TextDumpParser()), clock);
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
                return checked(parser.parse(shownAs, sourceFile, text));
            }
        }
        throw new SinmunException(Problem.of(shownAs, "not a recognised article dump",
                "import the saved page (.html) or its visible text (.txt)"));
    }

    /**
     * Refuses dates that cannot be right; an impossible update is dropped with a warning, or silently when it is the
     * posted day without a time ("Updated February 6, 2024" under "February 6, 2024 8:38 PM").
     */
    private RawArticle checked(RawArticle a) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (a.posted().getYear() < EARLIEST_YEAR) {
            throw new SinmunException(Problem.of(a.file(), "posted date " + a.posted().toLocalDate() + " is before "
                    + EARLIEST_YEAR, "check the page's date; Sinmun reads dates as printed (e.g. 2020-09-14)"));
        }
        if (a.posted().isAfter(now.plusDays(1))) {
            throw new SinmunException(Problem.of(a.file(), "posted date " + a.posted().toLocalDate()
                    + " is in the future", "check the page's date and the computer's clock"));
        }
        if (a.updated() == null || !a.updated().isAfter(now.plusDays(1)) && !a.updated().isBefore(a.posted())) {
            return a;
        }
        List<Problem> warnings = new ArrayList<>(a.warnings());
        if (!isUntimedSameDay(a.updated(), a.posted())) {
            String why = a.updated().isBefore(a.posted()) ? "is before the posted date " + a.posted().toLocalDate()
                    : "is in the future";
            warnings.add(Problem.of(a.file(), "updated date " + a.updated().toLocalDate() + " " + why + "; left out",
                    "check the page's \"Updated\" line"));
        }
        return new RawArticle(a.file(), a.title(), a.lang(), a.posted(), null, a.byline(), a.source(), a.translations(),
                a.paragraphs(), a.body(), a.summary(), a.slug(), a.outletId(), warnings);
    }

    private static boolean isUntimedSameDay(OffsetDateTime updated, OffsetDateTime posted) {
        return updated.toLocalTime().equals(LocalTime.MIDNIGHT) && updated.toLocalDate().equals(posted.toLocalDate());
    }
}
