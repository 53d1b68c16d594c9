package dev.sinmun.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a page's date lines: "Posted September. 14, 2020 07:34", "Updated Sept. 14, 2020", "입력 2020-09-14 07:34:00",
 * "수정 2020.09.14 오후 7:34", "2020년 9월 14일 오전 7시 34분", "기사등록 2024/10/11 19:12:33", several on one line
 * separated by "|", "ㅣ", "/" or none ("입력 2022. 10. 30. 11:42수정 …", after the reporter's name on a portal's copy);
 * the keyword may have a suffix ("입력시간", "등록일", "게재 일자", "기사승인") and a bar right after it ("등록|2013.11.01 09:59
 * 수정|…", as OhmyNews' phone pages print it); "최종편집" (last edited) is an update, as "최종수정" is.
 * Times are the paper's local time (Korea, +09:00); a missing time means midnight.
 */
public final class DateLineParser {

    /** The offset every date of a Korean paper is read in. */
    public static final ZoneOffset KOREA = ZoneOffset.ofHours(9);

    /** The dates a line gives; either may be null. */
    public record DateLine(OffsetDateTime posted, OffsetDateTime updated) {
    }

    private static final int MAX_LINE = 120;
    private static final Pattern KEYWORD = Pattern.compile(
            "(last updated|last modified|first published|published|posted|updated|modified|issued|(?:write|written|update|date)(?=\\s?[:：])|input|"
                    + "최종\\s?수정|최종\\s?업데이트|최종\\s?편집|업데이트|"
                    + "최초\\s?(?:입력|등록)|송고시간|송고|"
                    + "(?:기사\\s?)?(?:입력|수정|등록|작성|승인|발행|게재|전송)(?:\\s?(?:시간|일시|일자|일))?)(?=[\\s:：|]|\\d|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_KEYWORD = Pattern.compile("^[\\s|·•]*(?:\\[[^\\]]{1,20}\\]\\s*)?"
            + KEYWORD.pattern()
            + "[\\s:：|]*(?:on[\\s:：]+)?(?:\\d|\\p{L}+\\s*\\.?,?\\s*\\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_KEYWORD = Pattern.compile(
            "^(\\d{4}\\s*[-./년]\\s*\\d{1,2}\\s*[-./월].*?)\\s*(최종수정|업데이트|송고|입력|수정|등록)$");
    /**
     * "이도연 입력 2022. 10. 30. 11:42…", "김정효 2022. 12. 28. 09:40": a portal prints the reporter's name before the
     * date line, labelled or (Daum) a bare dotted date with its time.
     */
    private static final Pattern REPORTER_BEFORE = Pattern.compile(
            "^(?!" + KEYWORD.pattern() + ")[가-힣]{2,4}(?:\\s?(?:기자|특파원))?\\s*(?=(?:기사)?입력\\s*[:：]?\\s*\\d"
            + "|\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.\\s+\\d{1,2}:\\d{2}(?:\\s|$))");
    /** "기사등록 일시 [2015-06-15 11:32:07]": the word for "date and time" and brackets around the date. */
    private static final Pattern BRACKETED_DATE = Pattern.compile("(?:\\s?일시)?\\s*\\[(\\d{4}[-./][^\\]]{4,20})]");
    /** "24.09.12 14:21": a two-digit year, read only with the time after it. */
    private static final Pattern SHORT_YEAR = Pattern.compile("^(\\d{2})\\.(\\d{2})\\.(\\d{2})(?=\\s+\\d{1,2}:\\d{2})");
    /** "24.07.18 17:42l최종 업데이트 …": OhmyNews parts its date line with a lowercase "l" after each time. */
    private static final Pattern L_SEPARATOR = Pattern.compile("(?<=\\d:\\d{2})\\s?l(?=\\s|$|[가-힣])");
    private static final Pattern LOOSE_START = Pattern.compile("^(?:\\d{4}[-./년]|\\d{2}\\.\\d{2}\\.\\d{2}\\s"
            + "|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s\\d{1,2},?\\s\\d{4}\\s)");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");

    private static final Pattern WEEKDAY_EN = Pattern.compile(
            "^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?\\s+");
    private static final Pattern WEEKDAY_KO = Pattern.compile(
            "\\(\\s*(?:[월화수목금토일](요일)?|[月火水木金土日])\\s*\\)|[월화수목금토일]요일");
    private static final Pattern ISO = Pattern.compile(
            "^(\\d{4})-(\\d{2})-(\\d{2})t(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern NUMERIC = Pattern.compile(
            "^(\\d{4})\\s*(?:[-./]|년)\\s*(\\d{1,2})\\s*(?:[-./]|월)\\s*(\\d{1,2})(?:\\s*일|\\.)?");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "^([a-z]+)\\s*\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(\\d{4})");
    /**
     * "26/02/2025 - 04:21", as France 24 prints it: the day first, unless the second number cannot be a month
     * ("02/26/2025": the month first).
     */
    private static final Pattern SLASHED = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\s+[-–]\\s+|(?=\\s|$))");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "^(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]+)\\.?,?\\s+(\\d{4})");
    private static final Pattern TIME = Pattern.compile(
            "^(오전|오후|am|pm|a\\.m\\.|p\\.m\\.)?\\s*(\\d{1,2})"
                    + "(?:\\s*:\\s*(\\d{2})(?:\\s*:\\s*(\\d{2}))?|\\s*시(?:\\s*(\\d{1,2})\\s*분)?(?:\\s*(\\d{1,2})\\s*초)?)"
                    + "\\s*(am|pm|a\\.m\\.|p\\.m\\.)?");
    /** A time zone after the time: Korea's, or a foreign page's ("GMT+9", "CEST", "ET"), read into Korean time. */
    private static final String ZONE_TEXT = "kst|jst|(?:gmt|utc)(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?"
            + "|[+-]\\d{2}:?\\d{2}"
            + "|bst|cet|cest|e[sd]?t|p[sd]?t|c[sd]?t|hkt|sgt";
    private static final Pattern ZONE = Pattern.compile("^\\(?(" + ZONE_TEXT + ")\\)?(?![a-z])");
    private static final Map<String, ZoneId> ZONES = Map.of("kst", KOREA, "jst", KOREA, "bst", ZoneOffset.ofHours(1),
            "cet", ZoneOffset.ofHours(1), "cest", ZoneOffset.ofHours(2), "et", ZoneId.of("America/New_York"),
            "pt", ZoneId.of("America/Los_Angeles"), "ct", ZoneId.of("America/Chicago"),
            "hkt", ZoneOffset.ofHours(8), "sgt", ZoneOffset.ofHours(8));
    private static final Pattern NAMED_US_ZONE = Pattern.compile("([ecp])([sd])t");
    private static final Pattern GMT_OFFSET = Pattern.compile("(?:gmt|utc)?\\s*([+-])\\s*(\\d{1,2})(?::?(\\d{2}))?");
    /** A time before the date ("15:02 April 19, 2021", "7:51 PM GMT+9, December 14, 2024", "10:12 PM EST, Mon …"). */
    private static final Pattern TIME_FIRST = Pattern.compile(
            "^(\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*(?:am|pm|a\\.m\\.|p\\.m\\.))?)(?:\\s+(" + ZONE_TEXT + "))?,?\\s+"
                    + "((?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?\\p{L}+\\.?\\s*\\d{1,2},?\\s*\\d{4})$",
            Pattern.CASE_INSENSITIVE);
    /**
     * "3 hours ago", "Updated 2 hours ago", "13시간 전", "수정 5분 전": a time relative to when the page was saved, which
     * the dump omits.
     */
    private static final Pattern RELATIVE_TIME = Pattern.compile(
            "(?i)(?:^|\\s+)(?:(?:posted|updated|published)\\s+)?(?:(?:\\d{1,2}|an?)\\s+"
                    + "(?:seconds?|minutes?|mins?|hours?|hrs?|days?)|\\d{1,2}\\s?[smhd])\\s+ago$|^just now$"
                    + "|^(?:(?:입력|수정|업데이트)\\s*)?\\d{1,2}\\s?(?:초|분|시간|일)\\s?전$|^방금\\s?전$");
    /** A clock time ("05.40", "12:31"): a post's time in a live page has one. */
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}[:.]\\d{2}\\b");
    /** A live page's post time is no longer than this ("4 Dec 2024 05.40 CET", "Updated at 05.52 CET"). */
    private static final int MAX_POST_TIME = 40;
    /** "13.27 CEST": a British page's time, with a period, read only before its zone. */
    private static final Pattern DOTTED_TIME = Pattern.compile("^(\\d{1,2})\\.(\\d{2})(?=\\s+(?:" + ZONE_TEXT + ")$)");
    /** "3:15 a.m. ET": a time, with its zone, and no date. */
    private static final Pattern TIME_ALONE = Pattern.compile(
            "(?i)^\\d{1,2}[:.]\\d{2}\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?(?:\\s*\\(?(?:" + ZONE_TEXT + ")\\)?)?$");
    /** "7:45 PM GMT+9", "7:45 p.m.", "03.20 CEST": a time alone, marked as one by its half of the day or its zone. */
    private static final Pattern MARKED_TIME = Pattern.compile("(?i)^\\d{1,2}(?::\\d{2}\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)"
            + "(?:\\s*\\(?(?:" + ZONE_TEXT + ")\\)?)?|[:.]\\d{2}\\s*\\(?(?:" + ZONE_TEXT + ")\\)?)$");
    /** What may follow a date in its line: spaces and separators ("|", "ㅣ", "/", "·"). */
    private static final Pattern SEPARATORS = Pattern.compile("^[\\s,.|·•ㅣ/]*$");
    /** Yonhap English's date line: the section's name, then time and date ("All News 16:58 November 01, 2024"). */
    private static final Pattern SECTION_TIME_FIRST = Pattern.compile(
            "^\\p{Lu}[\\p{L}'.&-]*(?:\\s+[\\p{L}'.&-]+){0,3}"
                    + "\\s+(\\d{1,2}:\\d{2}\\s+\\p{L}+\\.?\\s*\\d{1,2},?\\s*\\d{4})$");

    /** A year and a time copied without the space between them, as Reuters' page gives them ("202511:48 PM"). */
    private static final Pattern GLUED_TIME = Pattern.compile("(\\b(?:19|20)\\d{2})(\\d{1,2}:\\d{2}\\s?(?i:[ap]\\.?m\\.?))");
    /** An "Updated" glued to the time zone before it ("GMT+9Updated 2 hours ago"). */
    private static final Pattern GLUED_KEYWORD = Pattern.compile("(?<=[\\p{L}\\d])(?=Updated\\b)");

    /** A time with its zone after it ("15:02 KST", "7:51 PM GMT+9"), or an ISO time with its offset. */
    private static final Pattern ZONED_TIME = Pattern.compile("(?i)\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*"
            + "(?:am|pm|a\\.m\\.|p\\.m\\.)?\\s*\\(?(?:" + ZONE_TEXT + ")\\)?(?![a-z])"
            + "|\\d{4}-\\d{2}-\\d{2}t\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:z|[+-]\\d{2}:?\\d{2})");

    /** Whether the line gives a time with its zone, which no outlet's home zone may change. */
    public boolean hasZone(String line) {
        return ZONED_TIME.matcher(Whitespace.normalize(line)).find();
    }

    /** Whether the line is meant as a date line: it starts with "Posted", "Updated", "입력", "수정"… and is short. */
    public boolean isDateLine(String line) {
        String clean = withoutReporter(line);
        return clean.length() <= MAX_LINE && LEADING_KEYWORD.matcher(clean).find();
    }

    /** Whether the line is a date line whose only keyword is an update's ("Updated 3:15 a.m. ET"). */
    public boolean isUpdateLine(String line) {
        Matcher keyword = KEYWORD.matcher(withoutReporter(line));
        return isDateLine(line) && keyword.find() && isUpdateKeyword(keyword.group(1)) && !keyword.find();
    }

    /**
     * The dates of a date line (an update without a time on the posting day says nothing more: left out), or empty
     * when the line is not one or a date in it cannot be read; also a date with
     * its Korean keyword after it, as a wire prints it ("2025-04-10 09:31 송고").
     */
    public Optional<DateLine> parse(String line) {
        String clean = withoutReporter(line);
        Matcher trailing = TRAILING_KEYWORD.matcher(clean);
        if (clean.length() <= MAX_LINE && trailing.matches()) {
            boolean isUpdate = isUpdateKeyword(trailing.group(2));
            return parseDate(trailing.group(1)).map(d -> new DateLine(isUpdate ? null : d, isUpdate ? d : null));
        }
        if (!isDateLine(line)) {
            return Optional.empty();
        }
        Matcher keyword = KEYWORD.matcher(clean);
        OffsetDateTime posted = null;
        OffsetDateTime updated = null;
        boolean found = keyword.find();
        while (found) {
            boolean isUpdate = isUpdateKeyword(keyword.group(1));
            int start = keyword.end();
            found = keyword.find();
            String part = clean.substring(start, found ? keyword.start() : clean.length());
            Optional<OffsetDateTime> date = parseDate(part.replaceFirst("^[\\s:：|]*(?i:on[\\s:：]+)?", "")
                    .replaceFirst("\\s+/\\s*$", ""));
            if (date.isEmpty()) {
                return Optional.empty();
            }
            if (isUpdate) {
                updated = updated == null ? date.get() : updated;
            } else {
                posted = posted == null ? date.get() : posted;
            }
        }
        boolean sameDayUntimed = posted != null && updated != null && updated.isBefore(posted)
                && updated.toLocalTime().equals(LocalTime.MIDNIGHT) && updated.toLocalDate().equals(posted.toLocalDate());
        return Optional.of(new DateLine(posted, sameDayUntimed ? null : updated));
    }

    /**
     * Like {@link #parse}, and also a line that starts with a bare date followed by keyword parts
     * ("2021-04-19 15:02 | Updated 2021-04-19 18:20", "July 5, 2024 9:05 AM GMT+9 Updated July 5, 2024"): the bare
     * date is the posted one; and a section's name before
     * a time and date ("All News 16:58 November 01, 2024"): the posted date; a year, a time and "Updated" copied
     * without spaces between them ("October 29, 202511:48 PM GMT+9Updated 2 hours ago") are read apart.
     */
    public Optional<DateLine> parseLoose(String line) {
        Optional<DateLine> read = parseLooseAsWritten(line);
        String spaced = spaced(line);
        return read.isPresent() || spaced.equals(Whitespace.normalize(line)) ? read : parseLooseAsWritten(spaced);
    }

    private Optional<DateLine> parseLooseAsWritten(String line) {
        Optional<DateLine> strict = parse(line);
        Matcher section = SECTION_TIME_FIRST.matcher(Whitespace.normalize(line));
        if (strict.isEmpty() && section.matches()) {
            return parseDate(section.group(1)).map(d -> new DateLine(d, null));
        }
        String clean = withoutReporter(line);
        if (strict.isPresent() || !LOOSE_START.matcher(clean).lookingAt()) {
            return strict;
        }
        return parse("Posted " + clean);
    }

    /**
     * The update a line gives as a time alone ("Updated 3:15 a.m. ET"), on {@code day}, the day the page dates the
     * article; empty when the line gives anything else.
     */
    public Optional<OffsetDateTime> parseUpdateTime(String line, LocalDate day) {
        String clean = withoutReporter(line);
        Matcher keyword = KEYWORD.matcher(clean);
        if (!isUpdateLine(line) || !keyword.find()) {
            return Optional.empty();
        }
        String time = clean.substring(keyword.end()).replaceFirst("^[\\s:：|]*", "");
        return TIME_ALONE.matcher(time).matches() ? parseDate(day + " " + time) : Optional.empty();
    }

    /**
     * Whether the line is only a live page's post time inside its text: relative ("2h ago"), a date with a clock time
     * ("4 Dec 2024 05.40 CET"), the post's update ("Updated at 05.52 CET") or a time alone with its half of the day
     * or zone ("7:45 PM GMT+9").
     */
    public boolean isPostTime(String line) {
        String s = Whitespace.normalize(line);
        return isRelativeTime(s) || MARKED_TIME.matcher(s).matches() || s.length() <= MAX_POST_TIME
                && CLOCK.matcher(s).find() && (parseDate(s).isPresent() || isUpdateLine(s));
    }

    /** Whether the line is only a time relative to when the page was saved ("2 hours ago", "Updated 3 hours ago"). */
    public boolean isRelativeTime(String line) {
        Matcher m = RELATIVE_TIME.matcher(Whitespace.normalize(line));
        return m.find() && m.start() == 0;
    }

    /**
     * Reads a date with optional time (no keyword), e.g. "Sept. 14, 2020, 07:34 PM" or "2020.09.14 07:34"; a
     * relative time after it ("… GMT+9 Updated 3 hours ago") says nothing the dump can date and is left out; the
     * spaces a copy lost between a year, a time and "Updated" are put back ("October 29, 202511:48 PM GMT+9Updated").
     */
    public Optional<OffsetDateTime> parseDate(String text) {
        Optional<OffsetDateTime> read = parseDateAsWritten(text);
        String spaced = spaced(text);
        return read.isPresent() || spaced.equals(Whitespace.normalize(text)) ? read : parseDateAsWritten(spaced);
    }

    /** The line with the spaces a copy lost put back: "October 29, 202511:48 PM GMT+9Updated" → "…, 2025 11:48 …". */
    private static String spaced(String line) {
        return GLUED_KEYWORD.matcher(GLUED_TIME.matcher(Whitespace.normalize(line)).replaceFirst("$1 $2"))
                .replaceAll(" ");
    }

    private Optional<OffsetDateTime> parseDateAsWritten(String text) {
        Matcher relative = RELATIVE_TIME.matcher(Whitespace.normalize(text));
        if (relative.find() && relative.start() > 0) {
            return parseDate(Whitespace.normalize(text).substring(0, relative.start()));
        }
        Matcher timeFirst = TIME_FIRST.matcher(Whitespace.normalize(text));
        if (timeFirst.matches()) {
            return parseDate(timeFirst.group(3) + " " + timeFirst.group(1)
                    + (timeFirst.group(2) == null ? "" : " " + timeFirst.group(2)));
        }
        String s = Whitespace.normalize(text).toLowerCase(Locale.ROOT);
        s = WEEKDAY_KO.matcher(WEEKDAY_EN.matcher(s).replaceFirst("")).replaceAll(" ").trim();
        try {
            Matcher iso = ISO.matcher(s);
            if (iso.find()) {
                return fromIso(iso, s.substring(iso.end()));
            }
            LocalDate date;
            String rest;
            Matcher m;
            if ((m = SHORT_YEAR.matcher(s)).find()) {
                date = LocalDate.of(2000 + num(m, 1), num(m, 2), num(m, 3));
            } else if ((m = NUMERIC.matcher(s)).find()) {
                date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            } else if ((m = MONTH_FIRST.matcher(s)).find()) {
                date = LocalDate.of(num(m, 3), month(m.group(1)), num(m, 2));
            } else if ((m = SLASHED.matcher(s)).find()) {
                boolean monthFirst = num(m, 2) > MONTHS.size() && num(m, 1) <= MONTHS.size();
                date = LocalDate.of(num(m, 3), num(m, monthFirst ? 1 : 2), num(m, monthFirst ? 2 : 1));
            } else if ((m = DAY_FIRST.matcher(s)).find()) {
                date = LocalDate.of(num(m, 3), month(m.group(2)), num(m, 1));
            } else {
                return Optional.empty();
            }
            rest = stripSeparators(s.substring(m.end())).replaceFirst("^\\((\\d{1,2}:\\d{2}(?::\\d{2})?)\\)", "$1");
            LocalTime time = LocalTime.MIDNIGHT;
            rest = DOTTED_TIME.matcher(rest.replaceFirst("^at\\s+", "")).replaceFirst("$1:$2");
            Matcher t = TIME.matcher(rest);
            if (!rest.isEmpty() && t.find()) {
                time = time(t);
                rest = stripSeparators(rest.substring(t.end()));
            }
            Matcher zone = ZONE.matcher(rest);
            ZoneId zoneId = KOREA;
            if (zone.find()) {
                zoneId = zone(zone.group(1));
                rest = rest.substring(zone.end());
            }
            if (!SEPARATORS.matcher(rest).matches()) {
                return Optional.empty();
            }
            return Optional.of(date.atTime(time).atZone(zoneId).toOffsetDateTime().withOffsetSameInstant(KOREA));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String withoutReporter(String line) {
        String s = REPORTER_BEFORE.matcher(L_SEPARATOR.matcher(Whitespace.normalize(line)).replaceAll(" | "))
                .replaceFirst("");
        return BRACKETED_DATE.matcher(s).replaceAll(" $1");
    }

    private static Optional<OffsetDateTime> fromIso(Matcher iso, String rest) {
        if (!SEPARATORS.matcher(rest).matches()) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.of(num(iso, 1), num(iso, 2), num(iso, 3));
        LocalTime time = LocalTime.of(num(iso, 4), num(iso, 5), iso.group(6) == null ? 0 : num(iso, 6));
        ZoneOffset offset = iso.group(7) == null ? KOREA : ZoneOffset.of(iso.group(7).toUpperCase(Locale.ROOT));
        return Optional.of(OffsetDateTime.of(date, time, offset).withOffsetSameInstant(KOREA));
    }

    private static ZoneId zone(String name) {
        Matcher us = NAMED_US_ZONE.matcher(name);
        if (us.matches()) {
            int standard = switch (us.group(1)) {
                case "e" -> -5;
                case "c" -> -6;
                default -> -8;
            };
            return ZoneOffset.ofHours(standard + (us.group(2).equals("d") ? 1 : 0));
        }
        Matcher offset = GMT_OFFSET.matcher(name);
        if (offset.matches()) {
            int sign = offset.group(1).equals("-") ? -1 : 1;
            int minutes = offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3));
            return ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(offset.group(2)), sign * minutes);
        }
        return name.startsWith("gmt") || name.startsWith("utc") ? ZoneOffset.UTC : ZONES.get(name);
    }

    private static LocalTime time(Matcher t) {
        int hour = num(t, 2);
        String minutes = t.group(3) != null ? t.group(3) : t.group(5);
        String seconds = t.group(4) != null ? t.group(4) : t.group(6);
        String marker = t.group(1) != null ? t.group(1) : t.group(7);
        if (marker != null) {
            boolean pm = marker.startsWith("p") || marker.equals("오후");
            if (hour < 1 || hour > 12) {
                throw new DateTimeException("12-hour clock hour out of range: " + hour);
            }
            hour = hour % 12 + (pm ? 12 : 0);
        }
        return LocalTime.of(hour, minutes == null ? 0 : Integer.parseInt(minutes),
                seconds == null ? 0 : Integer.parseInt(seconds));
    }

    private static int month(String name) {
        if (name.length() >= 3) {
            for (int i = 0; i < MONTHS.size(); i++) {
                if (MONTHS.get(i).startsWith(name)) {
                    return i + 1;
                }
            }
        }
        throw new IllegalArgumentException("unknown month: " + name);
    }

    private static boolean isUpdateKeyword(String keyword) {
        String k = keyword.toLowerCase(Locale.ROOT);
        return k.contains("update") || k.endsWith("modified") || k.contains("수정") || k.endsWith("업데이트")
                || k.endsWith("편집");
    }

    private static String stripSeparators(String s) {
        return s.replaceFirst("^[\\s,|·•ㅣ]+(?:-\\s+)?", "");
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
