package dev.sinmun.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The end of a text dump's article: takes the reporters its last paragraphs name out of the text (a signature, a
 * contributor above "The writer is …", an e-mail glued to the last sentence) and drops the other articles' headlines
 * a page lists under the reporter's e-mail; a contributor's note that names them first gives the byline and stays.
 */
final class ArticleEnding {

    /** "Part 1: …", "[Part 2] …": a link to another part of a series. */
    private static final Pattern SERIES_PART = Pattern.compile("^\\[?Part \\d{1,2}(?:[]:.]|\\s[-–—])\\s*\\S");
    private static final int MAX_HEADLINE_LENGTH = 90;
    private static final Pattern KOREAN_NAME = Pattern.compile("[가-힣]{2,4}");
    /** A signature may take two lines: a press pool above a reporter's name. */
    private static final int MAX_SIGNATURE_LINES = 2;
    /** A contributor's note under a column ("The writer is a professor …"): the line above it is their name. */
    private static final Pattern WRITER_NOTE = Pattern.compile("^\\(?(?i:the (?:writer|author)s? (?:is|are|was)\\b)");
    /**
     * A call to readers after the text: "후원하기", "응원해주세요", "이 기사를 다른 사람에게 공유하세요", "프레시안에 제보하기",
     * "한겨레 구독신청 하기".
     */
    private static final Pattern APPEAL = Pattern.compile(
            "^.{0,30}(?:구독|후원|응원|제보|공유)(?:\\s?신청)?(?:\\s?해\\s?주(?:세요|십시오)|\\s?하세요|\\s?하기|해\\s?보세요)[.!]?$");
    /**
     * A reporter's profile line under their byline: a greeting naming them ("안녕하세요. 주간동아 이한경 기자입니다. …") or
     * one short sentence on their beat ("대중문화와 정치를 주로 다룹니다.").
     */
    private static final Pattern REPORTER_INTRO = Pattern.compile("^안녕하세요[.!]?\\s.{0,40}(?:기자|특파원|PD|에디터|작가)입니다\\..*"
            + "|^[^.!?]{2,60}(?:다룹니다|씁니다|쓰고 있습니다|취재합니다|취재하고 있습니다|다루고 있습니다|전합니다)\\.$");
    private static final int MAX_REPORTER_INTRO = 200;
    /**
     * A line of an outlet's plea for readers' money closing the text, with or without a byline above it: "기사 잘
     * 보셨나요? 독자님의 응원이 기자에게 큰 힘이 됩니다.", "후원회원이 되어주세요. …", "정기후원은 모든 기자들에게 전달됩니다."
     */
    private static final Pattern DONATION_PLEA = Pattern.compile("^(?=.{0,40}(?:후원|응원))(?=.*(?:독자|기자)).{4,90}$");
    /** What makes such lines a plea: a request or a question to the reader. */
    private static final Pattern PLEA = Pattern.compile("(?:주세요|주십시오|바랍니다|부탁드립니다|보셨나요\\?)");
    /** An appeal's lines above its call are short: "한겨레는 타협하지 않겠습니다". */
    private static final int MAX_APPEAL_LINE = 40;
    /** A correction notice's sentence: "This article has been corrected to show …", "The story was amended …". */
    private static final String CORRECTED = "(?:This|The) (?:article|story|report) (?:has been|had been|was|is) "
            + "(?:corrected|amended|revised|updated)\\b";
    /** A footnote's star before a correction notice ("* This article has been corrected to show …"): not text. */
    private static final Pattern STARRED_CORRECTION = Pattern.compile("^[*※]\\s*(?=" + CORRECTED + ")");
    private static final Pattern NOTE = Pattern.compile(
            "^(?:※|\\*|" + CORRECTED + "|\\(?(?i:editor['’]?s? note|the writer|the author|correction|clarification))");

    /** A city or district, with its kind: "Mapo District", "Suwon", "Bundang-gu". */
    private static final String PLACE_NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){0,2}"
            + "(?:\\s(?:District|City|County|Province|Ward)|-(?:gu|si|gun|do))?";
    /**
     * Where a letter's writer lives, under their name: "Mapo District, Seoul", "Suwon, Gyeonggi Province", "Busan" no
     * (a city alone is too like a word of the text).
     */
    private static final Pattern PLACE = Pattern.compile("^" + PLACE_NAME + "(?:,\\s" + PLACE_NAME + "){1,2}$");
    /** Where a letter's writer lives, after their name on the same line ("Kim Soo-yeon, Seoul"): a city alone too. */
    private static final Pattern LETTER_PLACE = Pattern.compile("^" + PLACE_NAME + "(?:,\\s" + PLACE_NAME + "){0,2}$");

    /** The names of a byline that credits several ("A, B and C"). */
    private static final Pattern NAME_LIST = Pattern.compile(",\\s*(?:and\\s+)?|\\s+and\\s+");
    private static final Pattern BY = Pattern.compile("^(?i:by)\\s+");
    /** "— Kim Tong-hyung", "-- Jiwon Song": a live post's writer signed under it. */
    private static final Pattern POST_SIGNATURE = Pattern.compile("^(?:—|–|--?)\\s?(\\p{Lu}[\\p{L} ,.'’-]{2,60})$");
    /** A paragraph that is a quotation alone ("“…”"): the name under it is its speaker's. */
    private static final Pattern QUOTATION = Pattern.compile("(?s)^\\s*[\"“'‘].*[\"”'’]\\s*$");
    /** " More about Choe Sang-Hun": the link to the reporter's profile after it. */
    private static final Pattern PROFILE_LINK = Pattern.compile("\\s+More about \\p{Lu}[\\p{L}'’ -]{1,40}$");


    private final PageChrome chrome = new PageChrome();
    private final BylineReader bylines = new BylineReader();
    private final Outlets outlets = new Outlets();

    /** Trims the end of {@code text}; {@code namedAbove} are the reporters named alone above the date, if any. */
    void trim(DumpText text, List<BylineReader.Byline> namedAbove) {
        if (text.paragraphs.isEmpty()) {
            return;
        }
        text.paragraphs.set(text.paragraphs.size() - 1, chrome.withoutEndMark(text.last()));
        text.paragraphs.replaceAll(p -> STARRED_CORRECTION.matcher(p).replaceFirst(""));
        dropAppealsAfterByline(text);
        dropDonationPlea(text);
        dropReporterIntro(text);
        dropHeadlinesAfterByline(text);
        dropListAboveByline(text);
        dropReporterBios(text, namedAbove);
        takeWriterAboveNote(text);
        takeEnglishSignOffs(text);
        takePostSignatures(text);
        dropSeriesPartsUnderSignature(text);
        List<BylineReader.Byline> signatures = new ArrayList<>();
        while (signatures.size() < MAX_SIGNATURE_LINES && text.paragraphs.size() > 1) {
            String last = text.last();
            Optional<BylineReader.Byline> signature = bylines.readSignature(last);
            if (signature.isEmpty()) {
                break;
            }
            signatures.add(0, signature.get());
            text.remove(text.paragraphs.size() - 1);
            if (text.paragraphs.size() > 1 && isSameWriter(text.paragraphs.get(0), last)) {
                text.remove(0);
            }
        }
        text.reporters.addAll(signatures);
        if (signatures.isEmpty()) {
            takeSignatureAboveNote(text);
        }
        if (text.reporters.isEmpty()) {
            takeNameOverPlace(text);
        }
        if (text.paragraphs.size() > 2 && WRITER_NOTE.matcher(text.last()).find()) {
            int above = text.paragraphs.size() - 2;
            bylines.readName(text.paragraphs.get(above)).ifPresent(name -> {
                text.reporters.add(name);
                text.remove(above);
            });
        }
        if (text.reporters.isEmpty()) {
            splitTrailingEmail(text);
        }
        if (text.reporters.isEmpty() && text.paragraphs.size() > 1) {
            bylines.readContributorNote(text.last()).ifPresent(text.reporters::add);
        }
        takeContributorOverOutlet(text);
    }

    /** Whether the paragraph is a contributor's note ("The author is editor-in-chief of …"). */
    static boolean isWriterNote(String paragraph) {
        return WRITER_NOTE.matcher(paragraph).find();
    }

    /**
     * The writer's name alone over their note at the top of a column ("Lee Ha-kyung" / "The author is …"): the byline;
     * the note stays.
     */
    private void takeWriterAboveNote(DumpText text) {
        if (text.paragraphs.size() > 2 && !text.captions.contains(0) && isWriterNote(text.paragraphs.get(1))) {
            bylines.readName(text.paragraphs.get(0)).ifPresent(name -> {
                text.reporters.add(name);
                text.remove(0);
            });
        }
    }

    /**
     * The contributor a column's closing note names ("Kim Seong-kon is a professor … -- Ed.") when the only name the
     * page credits is the outlet's own ("By Korea Herald"): the byline instead.
     */
    private void takeContributorOverOutlet(DumpText text) {
        if (text.paragraphs.size() > 1 && text.reporters.stream().anyMatch(b -> b.name() != null)
                && text.reporters.stream().allMatch(b -> b.name() == null
                        || outlets.isOutletName(BY.matcher(b.name()).replaceFirst("")))) {
            bylines.readContributorNote(text.last()).ifPresent(writer -> {
                text.reporters.clear();
                text.reporters.add(writer);
            });
        }
    }

    /**
     * Drops the profiles of the byline's reporters after the text, with their names printed alone above them; a
     * profile naming its reporter by surname alone goes only under that reporter's full name.
     */
    private static void dropReporterBios(DumpText text, List<BylineReader.Byline> namedAbove) {
        while (text.paragraphs.size() > 1) {
            Optional<ReporterBio> bio = ReporterBio.of(PROFILE_LINK.matcher(text.last()).replaceFirst(""));
            String name = bio.map(b -> b.name().toLowerCase(Locale.ROOT)).orElse(null);
            List<String> reporters = Stream.concat(text.reporters.stream(), namedAbove.stream())
                    .map(BylineReader.Byline::name).filter(n -> n != null)
                    .flatMap(n -> NAME_LIST.splitAsStream(n.toLowerCase(Locale.ROOT))).toList();
            if (name == null || reporters.stream().noneMatch(n -> n.contains(name))) {
                return;
            }
            String above = text.paragraphs.size() > 2 ? text.paragraphs.get(text.paragraphs.size() - 2) : "";
            if (bio.get().surnameOnly() && !isFullNameOf(above, name, reporters)) {
                return;
            }
            text.remove(text.paragraphs.size() - 1);
            if (bio.get().email() != null) {
                text.reporters.add(new BylineReader.Byline(List.of(bio.get().email()), null));
            }
            if (text.paragraphs.size() > 1 && (text.last().equalsIgnoreCase(bio.get().name())
                    || bio.get().surnameOnly())) {
                text.remove(text.paragraphs.size() - 1);
            }
        }
    }

    /** Whether {@code line} is one of {@code reporters}' names, in any case and order, with {@code surname} in it. */
    private static boolean isFullNameOf(String line, String surname, List<String> reporters) {
        List<String> parts = Arrays.asList(line.toLowerCase(Locale.ROOT).split("\\s+"));
        return parts.contains(surname) && reporters.stream()
                .anyMatch(r -> new HashSet<>(Arrays.asList(r.split("\\s+"))).equals(new HashSet<>(parts)));
    }

    /**
     * Takes an English broadcast's sign-offs ("Kim Bo-kyoung reports.") and the anchor's hand-over that ends the first
     * paragraph ("… Our Kim Bo-kyoung reports.") out of the text; the last sign-off, else the hand-over, is the reporter.
     */
    private void takeEnglishSignOffs(DumpText text) {
        Optional<BylineReader.Byline> handover = text.paragraphs.size() > 1
                ? bylines.readEnglishHandover(text.paragraphs.get(0)) : Optional.empty();
        handover.ifPresent(h -> text.paragraphs.set(0, bylines.withoutEnglishHandover(text.paragraphs.get(0))));
        Optional<BylineReader.Byline> last = Optional.empty();
        for (int i = text.paragraphs.size() - 1; i >= 0 && text.paragraphs.size() > 1; i--) {
            Optional<BylineReader.Byline> signOff = bylines.readEnglishSignOff(text.paragraphs.get(i));
            if (signOff.isPresent()) {
                last = last.or(() -> signOff);
                text.remove(i);
            }
        }
        if (text.reporters.stream().allMatch(b -> b.name() == null)) {
            last.or(() -> handover).ifPresent(text.reporters::add);
        }
    }

    /**
     * The writers a live page signs under its posts ("— Kim Tong-hyung"), two posts or more, or the last paragraph
     * signed so: out of the text, and the byline when the page names no reporter. A line under a quotation is its
     * speaker, and stays.
     */
    private void takePostSignatures(DumpText text) {
        List<Integer> signed = new ArrayList<>();
        List<BylineReader.Byline> writers = new ArrayList<>();
        for (int i = 1; i < text.paragraphs.size(); i++) {
            Matcher m = POST_SIGNATURE.matcher(Whitespace.normalize(text.paragraphs.get(i)));
            Optional<BylineReader.Byline> name = m.matches() && !QUOTATION.matcher(text.paragraphs.get(i - 1)).matches()
                    ? bylines.readName(m.group(1)) : Optional.empty();
            if (name.isPresent()) {
                signed.add(i);
                writers.add(name.get());
            }
        }
        if (signed.size() < 2 && !(signed.size() == 1 && signed.get(0) == text.paragraphs.size() - 1)) {
            return;
        }
        for (int i = signed.size() - 1; i >= 0; i--) {
            text.remove(signed.get(i));
        }
        if (text.reporters.stream().allMatch(b -> b.name() == null)) {
            writers.stream().map(BylineReader.Byline::name).distinct()
                    .forEach(name -> text.reporters.add(new BylineReader.Byline(List.of(), name)));
        }
    }

    /**
     * A letter's writer signed under it, a name over where they live ("Kim Soo-yeon" / "Mapo District, Seoul") or
     * before it on one line ("Kim Soo-yeon, Seoul"): the byline, with the place.
     */
    private void takeNameOverPlace(DumpText text) {
        int above = text.paragraphs.size() - 2;
        String place = Whitespace.normalize(text.last());
        if (above > 0 && PLACE.matcher(place).matches()) {
            bylines.readName(text.paragraphs.get(above)).filter(n -> !n.name().contains(",")).ifPresent(name -> {
                text.reporters.add(new BylineReader.Byline(List.of(), name.name(), name.name() + ", " + place));
                text.remove(text.paragraphs.size() - 1);
                text.remove(above);
            });
        }
        String[] signedOnOneLine = place.split(",\\s", 2);
        if (text.reporters.isEmpty() && above >= 0 && signedOnOneLine.length == 2
                && LETTER_PLACE.matcher(signedOnOneLine[1]).matches()) {
            bylines.readName(signedOnOneLine[0]).filter(n -> !n.name().contains(",")).ifPresent(name -> {
                text.reporters.add(new BylineReader.Byline(List.of(), name.name(), place));
                text.remove(text.paragraphs.size() - 1);
            });
        }
    }

    /** The signature right above a closing note ("* The article was corrected …"): the byline; the note stays. */
    private void takeSignatureAboveNote(DumpText text) {
        int above = text.paragraphs.size() - 2;
        if (above > 0 && NOTE.matcher(text.last()).find()) {
            bylines.readSignature(text.paragraphs.get(above)).ifPresent(signature -> {
                text.reporters.add(signature);
                text.remove(above);
            });
        }
    }

    /**
     * Drops the outlet's appeals to readers after the reporter's e-mail: each call to action ("후원하기", "… 응원해주세요")
     * with the short lines right above it ("한겨레는 타협하지 않겠습니다").
     */
    private static void dropAppealsAfterByline(DumpText text) {
        int end = text.paragraphsBeforeByline;
        if (end <= 0) {
            return;
        }
        for (int i = text.paragraphs.size() - 1; i >= end; i--) {
            if (APPEAL.matcher(Whitespace.normalize(text.paragraphs.get(i))).matches()) {
                int from = i;
                while (from - 1 >= end && text.paragraphs.get(from - 1).length() <= MAX_APPEAL_LINE
                        && !NOTE.matcher(text.paragraphs.get(from - 1)).find()) {
                    from--;
                }
                for (int k = i; k >= from; k--) {
                    text.remove(k);
                }
                i = from;
            }
        }
    }

    /** Drops the lines of a plea for donations that end the text (see {@link #DONATION_PLEA}), when one asks. */
    private static void dropDonationPlea(DumpText text) {
        int from = text.paragraphs.size();
        while (from - 1 > 0 && DONATION_PLEA.matcher(Whitespace.normalize(text.paragraphs.get(from - 1))).matches()) {
            from--;
        }
        if (IntStream.range(from, text.paragraphs.size()).anyMatch(i -> PLEA.matcher(text.paragraphs.get(i)).find())) {
            while (text.paragraphs.size() > from) {
                text.remove(text.paragraphs.size() - 1);
            }
        }
    }

    /** Drops the reporter's profile lines that end the text under their byline (see {@link #REPORTER_INTRO}). */
    private static void dropReporterIntro(DumpText text) {
        int end = text.paragraphsBeforeByline;
        while (end > 0 && text.paragraphs.size() > end) {
            String last = Whitespace.normalize(text.last());
            if (last.length() > MAX_REPORTER_INTRO || !REPORTER_INTRO.matcher(last).matches()) {
                return;
            }
            text.remove(text.paragraphs.size() - 1);
        }
    }

    /**
     * Drops the links to a series' other parts under the writers' closing names ("Part 1: …", "[Part 2] …"), so that
     * the names are the signature.
     */
    private void dropSeriesPartsUnderSignature(DumpText text) {
        int first = text.paragraphs.size();
        while (first > 1 && SERIES_PART.matcher(text.paragraphs.get(first - 1)).lookingAt()) {
            first--;
        }
        if (first < text.paragraphs.size() && first > 1
                && bylines.readSignature(text.paragraphs.get(first - 1)).isPresent()) {
            while (text.paragraphs.size() > first) {
                text.remove(text.paragraphs.size() - 1);
            }
        }
    }

    /**
     * Drops the lines after the reporter's e-mail when none of them is a sentence or a note (※, "Editor's note",
     * "The writer is …") and all are headline-short: the headlines of other articles that a page lists under the
     * article without a heading Sinmun knows.
     */
    private static void dropHeadlinesAfterByline(DumpText text) {
        int end = text.paragraphsBeforeByline;
        if (end <= 0 || end == text.paragraphs.size()) {
            return;
        }
        List<String> after = text.paragraphs.subList(end, text.paragraphs.size());
        if (after.stream().noneMatch(ArticleEnding::isTextLine)) {
            while (text.paragraphs.size() > end) {
                text.remove(text.paragraphs.size() - 1);
            }
        }
    }

    /**
     * Drops a list heading the page prints right above the reporter's e-mail ("Related Articles") with the headlines
     * under it, when none of them is a sentence or a note; a heading followed by text stays.
     */
    private void dropListAboveByline(DumpText text) {
        int end = text.paragraphsBeforeByline;
        for (int heading = end - 1; heading > 0; heading--) {
            String line = text.paragraphs.get(heading);
            if (isTextLine(line)) {
                return;
            }
            if (heading < end - 1 && chrome.isFooterSection(line)) {
                for (int i = end - 1; i >= heading; i--) {
                    text.remove(i);
                }
                text.paragraphsBeforeByline = heading;
                return;
            }
        }
    }

    /**
     * Whether the first paragraph is the closing signature's writer again, as a column prints them above the text:
     * the same line, or the same name with a longer title ("이정민 중앙일보 논설위원실장" over "이정민 논설위원실장").
     */
    private boolean isSameWriter(String first, String signature) {
        if (first.equals(signature)) {
            return true;
        }
        String name = signature.split(" ", 2)[0];
        return KOREAN_NAME.matcher(name).matches() && first.startsWith(name + " ")
                && bylines.readSignature(first).isPresent();
    }

    private static boolean isTextLine(String line) {
        return SentenceEnd.endsSentence(line) || NOTE.matcher(line).find() || line.length() > MAX_HEADLINE_LENGTH;
    }

    /**
     * Moves e-mail addresses glued to the end of the last paragraph ("… countries. kim@donga.com") to the byline; a
     * photo story's last paragraph may stand over other photos' captions, and the outlet's calls to readers after it
     * ("한겨레 구독신청 하기") are dropped with it.
     */
    private void splitTrailingEmail(DumpText text) {
        int last = text.paragraphs.size() - 1;
        int appeals = 0;
        while (last > 0 && (text.captions.contains(last)
                || APPEAL.matcher(Whitespace.normalize(text.paragraphs.get(last))).matches())) {
            appeals += text.captions.contains(last) ? 0 : 1;
            last--;
        }
        int paragraph = last;
        boolean appealsOnly = appeals == text.paragraphs.size() - 1 - last;
        TrailingByline.of(text.paragraphs.get(last)).ifPresent(glued -> bylines.read(glued.byline()).ifPresent(b -> {
            text.reporters.add(b);
            text.paragraphs.set(paragraph, glued.text());
            for (int i = text.paragraphs.size() - 1; appealsOnly && i > paragraph; i--) {
                text.remove(i);
            }
        }));
    }
}
