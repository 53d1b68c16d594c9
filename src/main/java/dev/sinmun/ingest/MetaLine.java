package dev.sinmun.ingest;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short line of article facts joined by separators ("by Kevin Lee | 2024.03.05 10:23 KST",
 * "By Chad O'Carroll and Colin Zwirko · March 18, 2024"): every part is a date, a date line or a byline, and one is a date.
 */
final class MetaLine {

    /** What the line says; the byline may be null. */
    record Facts(OffsetDateTime posted, OffsetDateTime updated, BylineReader.Byline byline) {
    }

    private static final Pattern SEPARATOR = Pattern.compile("\\s*[|｜·•]\\s*|\\s+[/–—]\\s+");
    private static final int MAX_LINE = 160;
    /** A byline, then a date from its month's name or its year, with no separator between them. */
    private static final Pattern BY_THEN_DATE = Pattern.compile("((?i:by)\\s.{2,80}?)\\s+((?:(?:Jan|Feb|Mar|Apr|May|Jun"
            + "|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\p{Ll}{0,6}\\.?\\s\\d{1,2},?\\s\\d{4}|\\d{4}[.-]\\d{1,2}[.-]\\d{1,2})\\b.*)");

    private final DateLineParser dates = new DateLineParser();
    private final BylineReader bylines = new BylineReader();
    private final Outlets outlets = new Outlets();

    /**
     * A part that is a personal name alone ("Chad O'Carroll" of "Chad O'Carroll | August 14, 2025"): not a section's
     * name ("World News") nor an outlet's.
     */
    private Optional<BylineReader.Byline> bareName(String part) {
        return bylines.readName(part).filter(n -> Arrays.stream(part.split(" ")).noneMatch(PageChrome::isSectionName))
                .filter(n -> !outlets.isOutletName(part));
    }

    /** The line's dates and byline, or empty when a part is something else or no part is a date. */
    Optional<Facts> read(String line) {
        String s = Whitespace.normalize(line);
        if (s.length() > MAX_LINE) {
            return Optional.empty();
        }
        return read(SEPARATOR.split(s));
    }

    /**
     * The byline and date a text dump prints side by side with no separator ("By Jeong-Soo Hwang  Nov 28, 2024
     * (Gmt+09:00)"), or empty.
     */
    Optional<Facts> readSideBySide(String line) {
        String s = Whitespace.normalize(line);
        Matcher byThenDate = BY_THEN_DATE.matcher(s);
        return s.length() <= MAX_LINE && byThenDate.matches() && SEPARATOR.split(s).length < 2
                ? read(new String[] {byThenDate.group(1), byThenDate.group(2)}) : Optional.empty();
    }

    private Optional<Facts> read(String[] parts) {
        if (parts.length < 2) {
            return Optional.empty();
        }
        OffsetDateTime posted = null;
        OffsetDateTime updated = null;
        BylineReader.Byline byline = null;
        for (String part : parts) {
            if (part.isBlank()) {
                continue;
            }
            Optional<DateLineParser.DateLine> dateLine = dates.parse(part);
            Optional<OffsetDateTime> date = dateLine.isPresent() ? Optional.empty() : dates.parseDate(part);
            Optional<BylineReader.Byline> reporter = dateLine.isPresent() || date.isPresent() ? Optional.empty()
                    : bylines.read(part).or(() -> bareName(part));
            if (dateLine.isPresent()) {
                posted = posted == null ? dateLine.get().posted() : posted;
                updated = updated == null ? dateLine.get().updated() : updated;
            } else if (date.isPresent()) {
                posted = posted == null ? date.get() : posted;
            } else if (reporter.isPresent()) {
                byline = byline == null ? reporter.get() : byline;
            } else {
                return Optional.empty();
            }
        }
        return posted == null && updated == null ? Optional.empty() : Optional.of(new Facts(posted, updated, byline));
    }
}
