package dev.sinmun.ingest;

import dev.sinmun.Problem;
import dev.sinmun.SinmunException;
import dev.sinmun.model.BilingualName;
import dev.sinmun.model.Lang;
import dev.sinmun.model.RawArticle;
import dev.sinmun.model.Source;
import dev.sinmun.model.Translation;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Reads the visible text of a saved article page, one block per line: skip links, the title (once or twice),
 * "Posted"/"Updated" (or 입력/수정) lines, edition links, the body, the reporter's byline and footer chrome.
 */
public final class TextDumpParser implements DumpParser {

    private static final String DATE_EXAMPLE = "\"Posted September. 14, 2020 07:34\"";
    private static final String KOREAN_DATE_EXAMPLE = "\"입력 2020-09-14 07:34\"";

    /**
     * The Dong-A Ilbo's English page as saved text: a "Posted" line that puts a period after the full month name
     * ("Posted September. 14, 2020 07:34"), which no other outlet Sinmun knows does, under the "Go to contents" skip
     * link or without it (a copy from the headline down). Names the outlet of its editorials and columns, which carry
     * no e-mail, and of contributors' columns.
     */
    private static final Pattern DONGA_ENGLISH_PAGE = Pattern.compile(
            "(?s)\\uFEFF?(?:[\\s\\h]*Go to contents[\\s\\h])?.*?^[\\s\\h]*Posted[\\s\\h]+(?:January|February|March|April|May"
            + "|June|July|August|September|October|November|December)\\.[\\s\\h]",
            Pattern.MULTILINE);
    /**
     * A sentence printed twice on consecutive lines (no blank line between) and no longer than this is a photo's
     * caption saved with its image's description (the title's double is read apart): kept once, as a caption; a
     * Korean one only when it ends as a caption's scene does ("… 발언하고 있다.", "… 모습"). Other repeated lines are
     * kept as written.
     */
    private static final int MAX_REPEATED_CAPTION = 250;
    /** The bullet of an item in a list of headlines ("• 개막전 반드시 이겨야 한다"). */
    private static final Pattern CARD_BULLET = Pattern.compile("^\\s*[•·▪◦-]\\s+");
    private static final int MIN_LEAD = 40;
    /** A point a wire lists under "Summary" is no longer than this. */
    private static final int MAX_POINT = 150;
    /** Sites list at most three machine-written takeaways above the text. */
    private static final int MAX_TAKEAWAYS = 3;
    /** How far below the headline the reporters' box may start (buttons, a date, a section label above it). */
    private static final int MAX_LINES_ABOVE_REPORTERS = 8;
    /** How far into the text a dateline alone may stand (under a caption). */
    private static final int MAX_DATELINE_INDEX = 2;
    /** "SEOUL –", "Seoul, South Korea CNN —": a dateline on a line of its own, the text's first words. */
    private static final Pattern DATELINE_ALONE = Pattern.compile(
            "^\\p{Lu}[\\p{L}.'’ -]{1,30}(?:,\\s?\\p{Lu}[\\p{L}. ]{1,25})?"
            + "(?:\\s\\(?(?:CNN|AP|AFP|Reuters|Yonhap)\\)?)?\\s?(?:--|—|–)$");
    /**
     * A wire's dateline with the day and no year, "SEOUL, July 23 (Yonhap) --", "WASHINGTON, Sept. 4 (Yonhap) --":
     * group 1 the month as written, group 2 the day.
     */
    private static final Pattern DATELINE_WITHOUT_YEAR = Pattern.compile("^\\p{Lu}[\\p{Lu}.'’ -]{1,30}"
            + "(?:,\\s?\\p{Lu}[\\p{L}. ]{1,25})?,\\s(\\p{Lu}\\p{Ll}{2,8}\\.?)\\s(\\d{1,2})\\s"
            + "\\((?:Yonhap|AP|AFP|Reuters|Xinhua|Kyodo|UPI|Bernama)\\)\\s?(?:--|—|–)");
    /** How far down the page a time relative to when it was saved ("13 hours ago") stands for its date. */
    private static final int MAX_RELATIVE_TIME_LINE = 40;
    /** How many lines may stand between a headline and its date (a deck, a section label, reporters' names). */
    private static final int MAX_LINES_ABOVE_DATE = 10;
    /** A header of the outlet's name, an edition link and the section, and no menu. */
    private static final int MAX_BARE_HEADER = 3;
    /** A deck under a headline is no longer than this; a longer line is the article's text. */
    private static final int MAX_DECK = 300;
    /** A line between the headline and the date of at most this many words and no sentence is a label. */
    private static final int MAX_LABEL_WORDS = 3;
    /** How far into the text a wire story's first words ("(서울=연합뉴스) 이름 기자 = …") may stand: under a subhead. */
    private static final int MAX_LEAD_INDEX = 3;
    /** A bare date under the headline later than this after the posted one is the article's text ("June 25, 1950"). */
    private static final int MAX_UPDATE_DAYS = 366;
    /** " in Tokyo" of "Justin McCurry in Tokyo and Alison Flood": where a reporter named above the date writes from. */
    private static final Pattern PLACE_AFTER_NAME = Pattern.compile(
            "\\s+in\\s+\\p{Lu}\\p{L}+(?:\\s\\p{Lu}\\p{L}+)?(?=\\s+and\\s|\\s*,|$)");
    /** " (now)" of "Helen Sullivan (now); Tom Ambrose (earlier)": a live page's writers by their shifts. */
    private static final Pattern LIVE_SHIFT = Pattern.compile("\\s*\\((?:now|earlier|later)\\)");
    /** A sentence under "Read more" at least this long is the article's text; a shorter one may be a headline. */
    private static final int MIN_TEXT_UNDER_BUTTON = 90;
    /** " - Back to homepage" after the outlet's name in its logo's link ("The Guardian - Back to homepage"). */
    private static final Pattern HOME_LINK = Pattern.compile("(?i)\\s+[-–|]\\s+back to (?:the )?home\\s?page$");
    /**
     * A Korean photo caption without its credit: short, and a dated scene in the present ("27일 오전 … 출근하고 있다.") or a
     * view ("… 아파트 단지 모습.").
     */
    private static final Pattern UNCREDITED_CAPTION = Pattern.compile(
            "\\d{1,2}일 .{8,150}(?:고 있다|모습|모습이다)\\.?|.{8,150}(?:모습|모습이다)\\.?");
    /** An English wire photo's caption ("This photo, taken May 8, shows …", "… in this file photo."), its credit under it. */
    private static final Pattern ENGLISH_CAPTION = Pattern.compile(
            "(?i)this (?:file )?photo,? (?:taken|provided|released|captured|shows)\\b.{10,300}"
                    + "|.{10,300}\\bin this (?:file )?photo\\b.{0,80}|.{10,300}\\(PHOTO NOT FOR SALE\\)");
    /** A wire photo's credit alone on the line under its caption: "Yonhap", "(Yonhap)", "AP-Yonhap", "Newsis". */
    private static final Pattern AGENCY_CREDIT = Pattern.compile(
            "\\(?(?:(?:AP|AFP|EPA|Reuters|UPI|Xinhua)-)?(?:Yonhap|Newsis|News1)\\)?");
    /**
     * An English caption over its credit line: one sentence or none ("Blackpink kicked off its tour … weekend."), no
     * second sentence after a word's full stop, as a paragraph of text would have.
     */
    private static final Pattern ENGLISH_CAPTION_LINE = Pattern.compile(
            "(?!.*\\p{Ll}{2}[.!?][\"”’]?\\s+[\"“‘]?\\p{Lu})[^가-힣]{10,200}");
    /** How a Korean caption ends: a scene in the present ("… 놓여 있다."), a view ("… 모습"), or no sentence at all. */
    private static final Pattern SCENE_ENDING = Pattern.compile("(?:있다|모습|모습이다)\\.?$");
    /** "This is the third of a five-part series on …", "This article is part of a series …": the series' note. */
    private static final Pattern SERIES_NOTE = Pattern.compile("(?i)^this (?:is the (?:\\w+|\\d+(?:st|nd|rd|th)) "
            + "(?:part |installment |article )?(?:of|in) an? |(?:article|story) is (?:the \\w+ )?part of an? )"
            + "[\\w\\s-]{0,60}series\\b");
    private static final Pattern EDITORS_NOTE = Pattern.compile("^\\(?(?i:editor['’]?s? note)|^[\\[<(]?\\s?편집자\\s?주");
    /**
     * A correction or clarification printed with its label ("Correction: An earlier version …", "[정정] …",
     * "[바로잡습니다] …"): kept as written, never the lead.
     */
    private static final Pattern CORRECTION_NOTE = Pattern.compile("^\\(?(?i:correction|clarification)s?\\s?[:：—–]"
            + "|^[\\[<(]\\s?(?:정정|바로잡습니다|알려왔습니다|(?:정정|반론|추후)\\s?보도문?)\\s?[\\]>)]"
            + "|^(?:This|The) (?:article|story|report) (?:has been|had been|was|is) (?:corrected|amended)\\b");
    /**
     * An opinion page's disclaimer ("Views expressed in Opinion articles are exclusively the authors' own and do not
     * represent those of …", "The opinions expressed here are the writer's own."): kept as written, never the lead.
     */
    private static final Pattern VIEWS_DISCLAIMER = Pattern.compile("(?i)^(?:the )?(?:views|opinions) expressed\\b"
            + "[^.]{0,160}\\b(?:own|do not (?:necessarily )?(?:reflect|represent))\\b");
    /** The bullet a news CMS prints before each fact under the headline ("• Reporter Name", "• 승인 …", "• 댓글 0"). */
    private static final Pattern HEADER_BULLET = Pattern.compile("^\\s*[•▪]\\s*");
    private static final int MIN_BROKEN_SENTENCE = 40;
    private static final Pattern BROKEN_SENTENCE_END = Pattern.compile("(?:\\p{Ll}|,)$");
    private static final Pattern BROKEN_SENTENCE_START = Pattern.compile("[a-z]");
    /**
     * An embedded video player's link as copied, "Watch on YouTube: \"<the video's title>\"": the player, not text; the
     * video's title it repeats on the line above goes with it.
     */
    private static final Pattern VIDEO_PLAYER_LABEL = Pattern.compile("(?i)watch on youtube(?::\\s*[\"“]?(.*?)[\"”]?)?");
    /** A radio or TV interview's programme facts above the talk ("■ 방송 : …", "■ 진행 : …"): never the lead. */
    private static final Pattern PROGRAMME_FACTS = Pattern.compile("^[■□◆◇]\\s*(?:방송|진행|대담|출연|방송일시?)\\s*[:：]");
    /** An editor's note's label on a line of its own ("편집자주", "[편집자 주]"): the note is the next paragraph. */
    private static final Pattern EDITORS_NOTE_LABEL = Pattern.compile(
            "^[\\[<(]?\\s?(?:편집자\\s?주|(?i:editor['’]?s? note))\\s?[\\]>):：]?$");
    /** A button's counter under it ("0"), or what a copied list of buttons leaves of its bullets ("0 -", "-"). */
    private static final Pattern KICKER_ALONE = Pattern.compile("^\\[[^\\[\\]]{1,20}]$");
    private static final Pattern COUNTER = Pattern.compile("\\d{1,7}(?:\\s?-)?|-");
    private static final Pattern ANCHOR_MARK = BylineReader.ANCHOR_MARK;
    /** An English broadcast transcript's speaker label before a paragraph ("Anchor: …", "Report: …"): not text. */
    private static final Pattern SPEAKER_LABEL = Pattern.compile(
            "^(?i:anchor|report|reporter|host|narrator|voice-?over|vo)\\s?:\\s+(?=[\\p{Lu}\"“])");
    private static final Pattern EMAIL_ONLY = Pattern.compile(EmailAddress.PATTERN.pattern());
    /** A bracketed tag that opens the text: "[경향신문] …", "[서울=뉴시스] ◇ …". */
    private static final Pattern LEAD_TAG = Pattern.compile("^[\\[【(]([^\\]】)]{2,16})[\\]】)]\\s?(\\S.*)$");
    private static final Pattern WIRE_DATELINE = Pattern.compile("[가-힣]{2,6}\\s?=\\s?[가-힣A-Za-z0-9]{2,8}");
    private static final Pattern CREDIT_EMAIL = Pattern.compile(EmailAddress.PATTERN.pattern() + "$");
    private static final int MAX_PHOTO_TITLE = 40;
    /** "Photo by Won-Dae Song" alone under a photo story: its photographer. */
    private static final Pattern PHOTO_BY = Pattern.compile("^(?i:photo(?:graph)?s? by)\\s+(\\S.{1,40})$");
    /**
     * A numbered story's headline in a broadcaster's page of several reports ("2. U.S. Military Readiness"), read only
     * right above the next report's "[Anchor Lead]" label.
     */
    private static final Pattern NUMBERED_STORY = Pattern.compile("^\\d{1,2}\\.\\s+(\\S.{0,80})$");
    /** The label of a photo story's headline: "[Photo News] …", "[Photo] …". */
    private static final Pattern PHOTO_STORY_LABEL = Pattern.compile("^\\[(?i:photo)");
    /** An e-mail's header line, as a mail program prints it over a saved message. */
    private static final Pattern MAIL_HEADER = Pattern.compile("(?:From|To|Cc|Bcc|Subject|Date|Sent|Reply-To):\\s");
    private static final int MIN_MAIL_HEADERS = 2;
    /** A line a page or e-mail quotes with "> " before it: a quote, set apart as one. */
    private static final Pattern QUOTED_LINE = Pattern.compile("^>\\s+(\\S.*)$");
    private static final Pattern DOMAIN = Pattern.compile("(?i)\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|net|org|kr)\\b");

    private final PageChrome chrome = new PageChrome();
    private final DateLineParser dates = new DateLineParser();
    private final MetaLine metaLines = new MetaLine();
    private final BylineReader bylines = new BylineReader();
    private final KoreanSummaryBox summaryBox = new KoreanSummaryBox(chrome, bylines);
    private final SeriesList seriesList = new SeriesList();
    private final PollBox pollBox = new PollBox();
    private final LanguageDetector languages = new LanguageDetector();
    private final Outlets outlets = new Outlets();
    private final MarkdownEscaper escaper = new MarkdownEscaper();
    private final SummaryCutter summaries = new SummaryCutter();
    private final Slugger slugger = new Slugger();
    private final HeadlineFinder headlines = new HeadlineFinder();
    private final ArticleEnding ending = new ArticleEnding();
    private final PhotoTitles photoTitles = new PhotoTitles();
    private final CreditOverCaption creditOverCaption = new CreditOverCaption();
    private final Subheadings subheadings = new Subheadings();
    private final UnlabelledQuestions questions = new UnlabelledQuestions();

    /** Accepts any text that is not an HTML document. */
    @Override
    public boolean accepts(String text) {
        String start = text.stripLeading();
        return !(start.startsWith("<") && start.toLowerCase(Locale.ROOT).matches("(?s)<(!doctype|html|head|body|\\?xml).*"));
    }

    @Override
    public RawArticle parse(Path file, String sourceFile, String text) {
        List<TextBlock> blocks = blocks(text);
        int titleIndex = headlines.find(file, blocks);
        blocks = beforeContactBox(beforeSecondCopy(blocks, titleIndex), titleIndex);
        String title = headlines.withoutOutletSuffix(Whitespace.normalize(blocks.get(titleIndex).text()));
        Reading r = new Reading(blocks.get(titleIndex).line());
        r.dateLine = dateLineUnderTitle(blocks, titleIndex);
        r.lastEmailLine = lastEmailLine(blocks);
        r.addressesInText = addressesInText(blocks, r.lastEmailLine);
        r.subheadsInText = subheadsInText(blocks.subList(titleIndex + 1, blocks.size()), r.lastEmailLine);
        r.boxesInText = boxesInText(blocks.subList(titleIndex + 1, blocks.size()), r.lastEmailLine);
        r.summaryBox = summaryBox.lines(blocks.subList(titleIndex + 1, blocks.size()));
        r.seriesList = seriesList.lines(blocks.subList(titleIndex + 1, blocks.size()));
        r.pollBox = pollBox.lines(blocks.subList(titleIndex + 1, blocks.size()));
        r.expandButtons = expandButtons(blocks);
        r.reporterBox = reporterBox(blocks, titleIndex);
        blocks.subList(0, titleIndex).stream().filter(b -> chrome.isVersionLink(b.text()))
                .flatMap(b -> chrome.editionLinks(b.text()).stream()).flatMap(Optional::stream).forEach(r.editions::add);
        editionRightAboveTitle(blocks, titleIndex).ifPresent(r.editions::add);
        List<TextBlock> underTitle = blocks.subList(titleIndex + 1, blocks.size());
        for (int i = 0; i < underTitle.size(); i++) {
            if (!read(file, title, underTitle.get(i), r)) {
                readEmailUnderEndMark(underTitle, i, r);
                break;
            }
        }
        ending.trim(r.text, r.namesAboveDate);
        joinDateline(r.text);
        dropLeadTag(r.text);
        restoreWireSource(r);
        if (r.text.reporters.isEmpty() && r.emailUnderCaption != null && !r.text.paragraphs.isEmpty()
                && (r.text.last().equals(r.emailUnderCaption.getKey())
                || r.text.last().equals(r.agencyCredited.get(r.emailUnderCaption.getKey())))) {
            bylines.read(r.emailUnderCaption.getValue()).ifPresent(r.text.reporters::add);
        }
        if (r.text.reporters.stream().allMatch(b -> b.name() == null)) {
            r.text.reporters.addAll(r.namesAboveDate);
        }
        if (r.text.reporters.isEmpty()) {
            blocks.subList(0, titleIndex).stream().map(b -> bylines.read(b.text())).flatMap(Optional::stream)
                    .forEach(r.text.reporters::add);
        }
        if (r.text.reporters.stream().allMatch(b -> b.name() == null)) {
            IntStream.range(0, Math.min(r.text.paragraphs.size(), MAX_LEAD_INDEX)).filter(i -> !r.text.captions.contains(i))
                    .mapToObj(i -> bylines.readWireLead(r.text.paragraphs.get(i))).flatMap(Optional::stream).findFirst()
                    .ifPresent(lead -> r.text.reporters.add(0, lead));
        }
        if (r.text.reporters.stream().allMatch(b -> b.name() == null) && r.captionLead != null
                && r.text.captions.size() == r.text.paragraphs.size()) {
            r.text.reporters.add(0, r.captionLead);
        }
        if (r.text.reporters.isEmpty()) {
            r.text.paragraphs.stream().map(bylines::readBroadcastSignOff).flatMap(Optional::stream).reduce((a, b) -> b)
                    .ifPresent(r.text.reporters::add);
        }
        if (r.text.reporters.isEmpty() && r.text.paragraphs.stream().anyMatch(p -> ANCHOR_MARK.matcher(p).matches())) {
            r.text.paragraphs.stream().map(bylines::readAnchorHandover).flatMap(Optional::stream).findFirst()
                    .ifPresent(r.text.reporters::add);
        }
        if (r.text.reporters.isEmpty() && r.text.paragraphs.size() > 1) {
            bylines.readAnchorHandover(r.text.paragraphs.get(0)).ifPresent(r.text.reporters::add);
        }
        if (r.text.reporters.isEmpty() && r.photographer != null
                && (r.text.paragraphs.size() == 1 || PHOTO_STORY_LABEL.matcher(title).lookingAt())) {
            r.text.reporters.add(r.photographer);
        }
        dropReporterAboveText(r.text);
        creditOverCaption.mark(r.text, r.decks);
        photoTitles.mark(r.text, r.decks < r.text.paragraphs.size()
                && EDITORS_NOTE_LABEL.matcher(r.text.paragraphs.get(r.decks)).matches() ? r.decks + 2 : r.decks);
        r.text.unmarkCaptionsWithoutText();
        dropBroadcastMarks(r.text);
        if (r.posted == null) {
            datesAboveTitle(blocks.subList(0, titleIndex), r);
        }
        if (r.posted == null && r.updatedAboveText) {
            r.posted = r.updated;
        }
        if (r.posted == null) {
            boolean korean = languages.detect(title) == Lang.KO;
            String example = korean ? KOREAN_DATE_EXAMPLE : DATE_EXAMPLE;
            Optional<TextBlock> relative = blocks.stream().limit(MAX_RELATIVE_TIME_LINE)
                    .filter(b -> dates.isRelativeTime(b.text())).findFirst();
            String missing = korean ? "no \"입력 <date>\" line found" : "no \"Posted <date>\" line found";
            Optional<Matcher> dateline = r.text.paragraphs.stream().limit(MAX_DATELINE_INDEX + 1)
                    .map(p -> DATELINE_WITHOUT_YEAR.matcher(Whitespace.normalize(p))).filter(Matcher::lookingAt)
                    .findFirst();
            if (relative.isEmpty() && dateline.isPresent()) {
                throw new SinmunException(Problem.of(file, expectedDateLine(blocks, titleIndex, title), missing
                        + "; the dateline \"" + dateline.get().group().strip() + "\" gives the day but not the year",
                        "add the date line the page prints under the headline, with the year and time, e.g. \"Posted "
                        + dateline.get().group(1) + " " + dateline.get().group(2) + ", <year> 15:02\""));
            }
            throw new SinmunException(relative.isPresent()
                    ? Problem.of(file, relative.get().line(), missing + ", only \"" + Whitespace.normalize(
                            relative.get().text()) + "\"", "replace it with the date it was published, e.g. " + example)
                    : Problem.of(file, expectedDateLine(blocks, titleIndex, title), missing, "expected e.g. " + example));
        }
        if (r.text.paragraphs.isEmpty()) {
            throw new SinmunException(Problem.of(file, r.lastHeaderLine + 1, "no article text found",
                    "the paragraphs should follow the title and date lines"));
        }
        r.creditedAbove.stream().filter(i -> i + 1 < r.text.paragraphs.size()).forEach(r.text.captions::add);
        title = withoutWireDateline(title);
        Lang lang = language(title, r);
        List<Translation> translations = r.editions.stream().filter(l -> l != lang)
                .map(l -> new Translation(l, null)).toList();
        List<String> emails = r.text.reporters.stream().flatMap(b -> b.emails().stream()).distinct().toList();
        String slug = slugger.slug(FlashLabel.slugTitle(title));
        StringBuilder body = new StringBuilder();
        Map<Integer, RosterLines.Line> roster = RosterLines.find(r.text.paragraphs, r.text.captions);
        List<Optional<ListItem>> items = IntStream.range(0, r.text.paragraphs.size()).mapToObj(i -> roster
                .containsKey(i) ? Optional.<ListItem>empty() : ListItem.of(r.text.paragraphs.get(i))).toList();
        List<Optional<TableRow>> rows = IntStream.range(0, r.text.paragraphs.size()).mapToObj(i -> r.text.captions
                .contains(i) ? Optional.<TableRow>empty() : TableRow.of(r.text.paragraphs.get(i))).toList();
        Set<Integer> headings = lang == Lang.EN ? subheadings.find(r.text) : Set.of();
        Set<Integer> asked = questions.find(r.text.paragraphs, r.text.captions, lang);
        int number = 0;
        for (int i = 0; i < r.text.paragraphs.size(); i++) {
            Optional<TableRow> row = rows.get(i);
            boolean inTable = row.isPresent() && i > 0 && row.get().sameTableAs(rows.get(i - 1));
            if (row.isPresent() && (inTable || i + 1 < rows.size() && row.get().sameTableAs(rows.get(i + 1)))) {
                body.append(body.length() == 0 || inTable ? "" : "\n").append(row.get().markdown(escaper)).append('\n');
                if (!inTable) {
                    body.append("|").append(" --- |".repeat(row.get().cells().size())).append('\n');
                }
                continue;
            }
            if (roster.containsKey(i)) {
                boolean afterEntries = roster.containsKey(i - 1) && !roster.get(i - 1).entries().isEmpty();
                appendRosterLine(body, roster.get(i), afterEntries);
                continue;
            }
            Optional<ListItem> item = r.text.captions.contains(i) ? Optional.empty() : items.get(i);
            boolean continues = item.isPresent() && i > 0 && item.get().sameListAs(items.get(i - 1));
            if (item.isPresent() && (continues || i + 1 < items.size() && item.get().sameListAs(items.get(i + 1)))) {
                number = continues ? number + 1 : 1;
                body.append(body.length() == 0 || continues ? "" : "\n");
                for (String entry : item.get().ordered() ? List.of(item.get().text()) : item.get().inlineItems()) {
                    body.append(item.get().ordered() ? number + ". " : "- ").append(escaper.escape(entry)).append('\n');
                }
                continue;
            }
            Matcher quoted = QUOTED_LINE.matcher(r.text.paragraphs.get(i));
            String paragraph = quoted.matches() ? "> " + escaper.escape(quoted.group(1))
                    : escaper.escape(r.text.paragraphs.get(i));
            String postTime = headings.contains(i) ? r.text.postTimes.get(r.text.paragraphs.get(i)) : null;
            if (postTime != null) {
                paragraph = escaper.escape(postTime) + " — " + paragraph;
            }
            body.append(body.length() == 0 ? "" : "\n").append(r.text.captions.contains(i) ? "*" + paragraph + "*"
                    : headings.contains(i) || r.text.storyHeadings.contains(r.text.paragraphs.get(i)) ? "### " + paragraph : asked.contains(i) ? "**" + paragraph + "**"
                    : paragraph).append('\n');
        }
        String address = address(blocks, r.lastHeaderLine);
        BilingualName known = address != null && outlets.nameFor(host(address)).ko() != null
                ? outlets.nameFor(host(address)) : outlet(emails, blocks.subList(0, titleIndex), blocks, text);
        BilingualName page = known.ko() != null ? known : headlines.siteNameOverSection(blocks, titleIndex,
                emails.isEmpty() ? null : emails.get(0).substring(emails.get(0).lastIndexOf('@') + 1))
                .map(outlets::unknownNamed).orElse(known);
        BilingualName outlet = outlets.forLanguage(page, lang);
        Optional<ZoneId> home = outlets.homeZone(page).filter(zone -> !r.zonedDates);
        if (home.isPresent()) {
            r.posted = inZone(r.posted, home.get());
            r.updated = inZone(r.updated, home.get());
        }
        r.text.reporters.removeIf(b -> b.emails().isEmpty() && page.equals(outlets.byName(b.name())));
        String byline = BylineReader.Byline.join(r.text.reporters);
        if (byline == null && r.reportingCredit != null) {
            byline = r.reportingCredit.credit();
        }
        if (byline == null && r.closingOutlet != null && r.paragraphsAboveOutlet == r.text.paragraphs.size()
                && !page.equals(outlets.byName(r.closingOutlet))) {
            byline = r.closingOutlet;
        }
        return new RawArticle(file, title, lang, r.posted, r.updated, byline, new Source(outlet, address, sourceFile),
                translations, r.text.paragraphs, body.toString(), summaries.cut(lead(r)), slug, null, warnings(file, slug,
                Paywall.cutsShort(r.paragraphsAbovePaywall, r.text.paragraphs.size() - r.paragraphsAbovePaywall)
                        ? r.paywallPrompt : null));
    }

    /** A time read as Korean time, read again as the same clock time in {@code zone}, given in Korean time. */
    private static OffsetDateTime inZone(OffsetDateTime korean, ZoneId zone) {
        return korean == null ? null : korean.toLocalDateTime().atZone(zone).toOffsetDateTime()
                .withOffsetSameInstant(DateLineParser.KOREA);
    }

    /** A roster's line: its heading as a paragraph, its entries as a list (continued from the line above). */
    private void appendRosterLine(StringBuilder body, RosterLines.Line line, boolean afterEntries) {
        if (line.heading() != null) {
            body.append(body.length() == 0 ? "" : "\n").append(escaper.escape(line.heading())).append('\n');
        }
        if (!line.entries().isEmpty()) {
            body.append(body.length() == 0 || afterEntries && line.heading() == null ? "" : "\n");
            line.entries().forEach(entry -> body.append("- ").append(escaper.escape(entry)).append('\n'));
        }
    }

    /**
     * The language measured from the text, unless the page says otherwise twice: a headline in the other language and
     * a link to this language's edition only ("English" on a Korean page whose body quotes much English).
     */
    private Lang language(String title, Reading r) {
        Lang measured = languages.detect(title + "\n" + String.join("\n", r.text.paragraphs));
        Lang other = measured == Lang.EN ? Lang.KO : Lang.EN;
        boolean linksOnlyHere = r.editions.contains(measured) && !r.editions.contains(other);
        return linksOnlyHere && languages.detect(title) == other ? other : measured;
    }

    /**
     * The headline without the wire's dateline a photo story's title can start with ("[서울=뉴시스] 한강 작가 …"): the
     * place and agency are no part of the headline.
     */
    private static String withoutWireDateline(String title) {
        Matcher tag = LEAD_TAG.matcher(title);
        return tag.matches() && WIRE_DATELINE.matcher(tag.group(1)).matches() ? tag.group(2).strip() : title;
    }

    /**
     * Drops a broadcast transcript's role labels ("[앵커]", "[리포트]"), the anchor's hand-over to the reporter in the
     * anchor's part ("… 김민지 기자입니다.") and its reporters' sign-offs ("KBS 뉴스 김민아입니다."), read for the byline
     * before: who speaks, not what is said; an interviewee's label is put before their words ("정수진(직장인): …").
     */
    private void dropBroadcastMarks(DumpText text) {
        dropAnchorHandovers(text);
        for (int i = text.paragraphs.size() - 1; i >= 0 && text.paragraphs.size() > 1; i--) {
            String paragraph = Whitespace.normalize(text.paragraphs.get(i));
            if (BylineReader.ROLE_MARK.matcher(paragraph).matches()
                    || bylines.readBroadcastSignOff(paragraph).isPresent()) {
                Matcher story = i > 0 ? NUMBERED_STORY.matcher(Whitespace.normalize(text.paragraphs.get(i - 1))) : null;
                if (story != null && story.matches() && !SentenceEnd.endsSentence(story.group(1))) {
                    text.paragraphs.set(i - 1, story.group(1));
                    text.storyHeadings.add(story.group(1));
                }
                text.remove(i);
            }
        }
        for (int i = text.paragraphs.size() - 2; i >= 0; i--) {
            Optional<String> speaker = SpeakerLabel.alone(text.paragraphs.get(i));
            String next = text.paragraphs.get(i + 1);
            if (speaker.isPresent() && SpeakerLabel.standsOver(text.paragraphs.get(i), next)
                    && !text.captions.contains(i + 1)) {
                text.paragraphs.set(i + 1, speaker.get() + ": " + next);
                text.remove(i);
            }
        }
        text.paragraphs.replaceAll(SpeakerLabel::around);
    }


    /**
     * Cuts the anchor's hand-over from the paragraphs above the report's label ("[리포트]", "<기자>"), or from the first
     * paragraph of a transcript without one.
     */
    private void dropAnchorHandovers(DumpText text) {
        int report = IntStream.range(0, text.paragraphs.size())
                .filter(i -> BylineReader.REPORT_MARK.matcher(Whitespace.normalize(text.paragraphs.get(i))).matches())
                .findFirst().orElse(-1);
        int end = report >= 0 ? report : IntStream.range(0, text.paragraphs.size())
                .filter(i -> !BylineReader.ROLE_MARK.matcher(Whitespace.normalize(text.paragraphs.get(i))).matches())
                .findFirst().orElse(-1) + 1;
        for (int i = end - 1; i >= 0 && text.paragraphs.size() > 1; i--) {
            if (text.captions.contains(i) || bylines.readAnchorHandover(text.paragraphs.get(i)).isEmpty()) {
                continue;
            }
            String rest = bylines.withoutAnchorHandover(text.paragraphs.get(i));
            if (rest.isEmpty()) {
                text.remove(i);
            } else {
                text.paragraphs.set(i, rest);
            }
        }
    }

    /**
     * The first paragraph that reads as the article's lead: not a photo caption (credited, or a Korean one in the
     * present tense above more text), not an editor's note, a deck or a wire's summary point, not a dateline or label
     * alone, not a question (an answer under one without its "A." label). A page that is a list and no prose (a
     * 인사/부고 page) is summed up by its first item of a lead's length (else its first), without its bullet; one
     * that opens with a roster, by its first sentence, else the roster's first entry as a line.
     */
    private static String lead(Reading r) {
        Map<Integer, RosterLines.Line> roster = RosterLines.find(r.text.paragraphs, r.text.captions);
        if (roster.containsKey(0)) {
            return IntStream.range(0, r.text.paragraphs.size())
                    .filter(i -> !roster.containsKey(i) && !r.text.captions.contains(i))
                    .mapToObj(r.text.paragraphs::get).filter(SentenceEnd::endsSentence).findFirst()
                    .or(() -> RosterLines.firstEntry(roster)).orElse(r.text.paragraphs.get(0));
        }
        Optional<ListItem> first = ListItem.of(r.text.paragraphs.get(0));
        if (first.isPresent() && !r.notLead.contains(r.text.paragraphs.get(0)) && r.text.paragraphs.stream()
                .noneMatch(p -> ListItem.of(p).isEmpty() && SentenceEnd.endsSentence(p))) {
            return r.text.paragraphs.stream().map(ListItem::of).flatMap(Optional::stream).map(ListItem::text)
                    .filter(item -> item.length() >= MIN_LEAD).findFirst().orElse(first.get().text());
        }
        for (int i = 0; i < r.text.paragraphs.size(); i++) {
            String paragraph = r.text.paragraphs.get(i);
            if (EDITORS_NOTE_LABEL.matcher(paragraph).matches()) {
                i++;
                continue;
            }
            if (!r.text.captions.contains(i) && !EDITORS_NOTE.matcher(paragraph).find()
                    && !CORRECTION_NOTE.matcher(paragraph).find() && !ArticleEnding.isWriterNote(paragraph)
                    && !SERIES_NOTE.matcher(paragraph).find() && !VIEWS_DISCLAIMER.matcher(paragraph).find()
                    && !PROGRAMME_FACTS.matcher(paragraph).find() && !isListIntroduction(r.text.paragraphs, i)
                    && !r.notLead.contains(paragraph) && !InterviewTurn.isQuestion(paragraph)
                    && !(i + 1 < r.text.paragraphs.size() && UNCREDITED_CAPTION.matcher(paragraph).matches())
                    && !isDeckOverLead(r.text.paragraphs, i)
                    && (paragraph.length() >= MIN_LEAD || SentenceEnd.endsSentence(paragraph))) {
                return InterviewTurn.answer(paragraph, i > 0 ? r.text.paragraphs.get(i - 1) : null);
            }
        }
        return r.text.paragraphs.get(0);
    }

    /** Whether the paragraph introduces what follows it ("Round-up of the day's stories from major dailies:"). */
    private static boolean isListIntroduction(List<String> paragraphs, int i) {
        return i + 1 < paragraphs.size() && paragraphs.get(i).strip().matches("(?s).*[:：]$");
    }

    /**
     * Whether the paragraph is a deck opening the text: no sentence, over a paragraph that ends one ("Lunit CEO Suh
     * Beom-seok talks about the future of medical AI" over the interview's first sentence).
     */
    private static boolean isDeckOverLead(List<String> paragraphs, int i) {
        return !SentenceEnd.endsSentence(paragraphs.get(i)) && i + 1 < paragraphs.size()
                && SentenceEnd.endsSentence(paragraphs.get(i + 1)) && !InterviewTurn.isQuestion(paragraphs.get(i + 1));
    }

    /** What one parse has found so far; {@code inHeader} until the first body paragraph. */
    private static final class Reading {
        private final DumpText text = new DumpText();
        private final Set<Lang> editions = new LinkedHashSet<>();
        private OffsetDateTime posted;
        private OffsetDateTime updated;
        /** A page's only date may be its "Updated" line (The Chosun Daily): the posting date too, above the text. */
        private boolean updatedAboveText;
        /**
         * The posting date so far is a bare date (no keyword): a "First published" date under it that is earlier makes
         * it the update, as The Guardian prints the latest time above the first.
         */
        private boolean postedBare;
        /** A live post's time read alone on its line, for the paragraph under it. */
        private String postTime;
        /** Whether a date line read gave its time zone (no outlet's home zone applies then). */
        private boolean zonedDates;
        private boolean inHeader = true;
        private int lastHeaderLine;
        /** The line of the date under the headline when lines stand between them (a deck, a label, a name), else -1. */
        private int dateLine = -1;
        /** How many paragraphs were read above the date (a deck under the headline): the text starts after them. */
        private int decks;
        /** Names alone between the headline and the date ("Colin Zwirko"): the byline when the page gives no other. */
        private final List<BylineReader.Byline> namesAboveDate = new ArrayList<>();
        /** The line of the page's last reporter e-mail: a "Top Stories" heading above it is the article's text. */
        private int lastEmailLine = -1;
        /** Lines of a list of other articles inside the text ("Most Popular" and headlines, then the text goes on). */
        private Set<Integer> boxesInText = Set.of();
        /** Lines of a Korean box of machine-written summary points above the text ("AI 요약"). */
        private Set<Integer> summaryBox = Set.of();
        /** Lines of the list of a series' parts ("저출산 20년 시리즈", "① …", "② …"). */
        private Set<Integer> seriesList = Set.of();
        /** Lines of a readers' poll ("투표", its question and choices, "투표하기"). */
        private Set<Integer> pollBox = Set.of();
        /** Lines of "▶" subheads between paragraphs of the text, kept as written. */
        private Set<Integer> subheadsInText = Set.of();
        /** Lines that are an address alone inside the text ("Victims can write to" / "help@…" / "The office …"). */
        private Set<Integer> addressesInText = Set.of();
        /** The line the last paragraph was read from: a name on the line right above an e-mail signs the article. */
        private int lastParagraphLine = -1;
        /** Under "▶ 관련기사" inside the text: other articles' headlines follow, until the text goes on. */
        private boolean inRelatedList;
        /** The last line was a button: a number alone under it is its counter ("좋아요" / "0"); above the text, any. */
        private boolean afterButton;
        /** Captions read by an agency's name after them ("… (Yonhap)"), with the line as written. */
        private final Map<String, String> agencyCredited = new HashMap<>();
        /** The last line was a wire graphic's title ("[그래픽] …") or a caption's credit: this line is a caption. */
        private boolean captionNext;
        /** The last line was a photographer's credit printed over a caption ("ⓒ 유성호"); a caption may follow. */
        private boolean creditAbove;
        /** The last paragraph was a caption: an e-mail alone under it is its credit, not the reporter's. */
        private boolean afterCaption;
        /**
         * The caption an e-mail alone stood under, and the e-mail: a graphic's artist, unless no text follows the
         * caption (a wire's last photo over its reporter's e-mail).
         */
        private Map.Entry<String, String> emailUnderCaption;
        /** Lines of the reporters' box under the headline: names, each over a role ("Seoul correspondent"). */
        private Set<Integer> reporterBox = Set.of();
        /** Paragraphs that are not the lead: a deck above the date, the points a wire lists under "Summary". */
        private final Set<String> notLead = new HashSet<>();
        /** Under a wire's "Summary" label: short lines without a sentence are its points. */
        private boolean inSummaryPoints;
        /** How many more summary points may be whole sentences (under "Takeaways by Bloomberg AI"). */
        private int sentencePointsLeft;
        /**
         * The line of a photo's credit alone ("Getty Images", an agency's name over the lead photo): a line under it
         * without a sentence is its caption.
         */
        private int creditLine = -1;
        /** The reporters a wire's staff credits name ("Reporting by Rohith Nair in Bengaluru; Editing by …"). */
        private BylineReader.Byline reportingCredit;
        /** A known outlet's name alone under the text ("Yonhap"), with how many paragraphs stood above it. */
        private String closingOutlet;
        /** The last paragraph stands apart from the one above (a blank line between): it can be a caption. */
        private boolean lastParagraphApart;
        private int lastDateLine = -1;
        /** Paragraphs an agency's name alone follows: captions if text goes on under it, else the story's source. */
        private final List<Integer> creditedAbove = new ArrayList<>();
        private int paragraphsAboveOutlet;
        /** Inside a live page's "Key events" box: post times, each over a post's headline. */
        private boolean inKeyEvents;
        /** The last line was a post time in the "Key events" box: this line is the post's headline. */
        private boolean keyEventTitleNext;
        /** Lines of "Read more" buttons over more of the text (not over other articles' headlines). */
        private Set<Integer> expandButtons = Set.of();
        /** The photographer a "Photo by Name" line under the text credits: a photo story's byline. */
        private BylineReader.Byline photographer;
        /** The paywall's prompt under the first paragraphs, above any signature: the rest of the text is missing. */
        private TextBlock paywallPrompt;
        private int paragraphsAbovePaywall;
        /** The photographer the first caption's wire opening names ("[서울=뉴시스] 이름 기자 = …"): a photo story's byline. */
        private BylineReader.Byline captionLead;

        private Reading(int titleLine) {
            lastHeaderLine = titleLine;
        }

        /**
         * A page's dates: the first posting date, and its latest update of those above the text; a second unlabelled
         * date later than the first under the headline ("2024-10-16 09:30" / "2024-10-16 11:05") is the update; an
         * update on the posting day without a time ("Last modified on Wed 26 Feb 2025") says nothing more.
         */
        private void dates(OffsetDateTime first, OffsetDateTime update, int line) {
            if (update != null && posted != null && !update.isAfter(posted) && isPostedDay(this, update)) {
                update = null;
            }
            if (postedBare && first != null && first.isBefore(posted) && updated == null) {
                updated = posted;
                posted = first;
            }
            postedBare = false;
            if (first != null && update == null && posted != null && updated == null && inHeader
                    && first.isAfter(posted)) {
                update = first;
            }
            updatedAboveText |= updated == null && update != null && inHeader;
            posted = posted == null ? first : posted;
            boolean later = update != null && updated != null && inHeader && update.isAfter(updated);
            updated = updated == null || later ? update : updated;
            lastDateLine = line;
            metadata(line);
        }

        private void metadata(int line) {
            if (inHeader) {
                lastHeaderLine = line;
            }
        }
    }

    /** Files one block as metadata, chrome or body; false when the rest of the page is chrome. */
    private boolean read(Path file, String title, TextBlock block, Reading r) {
        String line = block.text();
        boolean underParagraph = r.lastParagraphLine == block.line() - 1;
        boolean afterButton = r.afterButton;
        r.afterButton = false;
        Optional<String> labelledCaption = r.inHeader && block.line() < r.dateLine ? Optional.empty()
                : chrome.labelledCaption(line);
        boolean captionNext = r.captionNext || r.creditAbove && isSceneCaption(line) || labelledCaption.isPresent();
        r.captionNext = false;
        r.creditAbove = false;
        boolean afterCaption = r.afterCaption && r.lastParagraphLine == block.line() - 1;
        r.afterCaption = false;
        if (!r.inHeader && chrome.isGraphicTitle(line)) {
            r.captionNext = true;
            return true;
        }
        if (afterCaption && EMAIL_ONLY.matcher(Whitespace.normalize(line)).matches()) {
            r.emailUnderCaption = Map.entry(r.text.last(), line);
            return true;
        }
        if (r.summaryBox.contains(block.line()) || r.seriesList.contains(block.line())
                || r.pollBox.contains(block.line())) {
            return true;
        }
        if (!r.inHeader && r.boxesInText.contains(block.line()) || r.expandButtons.contains(block.line())) {
            return true;
        }
        if (chrome.isCreditUnderCaption(line)) {
            if (underParagraph) {
                r.text.captions.add(r.text.paragraphs.size() - 1);
            }
            return true;
        }
        Matcher player = VIDEO_PLAYER_LABEL.matcher(Whitespace.normalize(line));
        if (player.matches()) {
            if (player.group(1) != null && !r.text.paragraphs.isEmpty()
                    && Whitespace.normalize(r.text.last()).equals(player.group(1).strip())) {
                r.text.remove(r.text.paragraphs.size() - 1);
            }
            return true;
        }
        if (chrome.isKeyEventsHeading(line)) {
            r.inKeyEvents = true;
            return true;
        }
        if (r.inKeyEvents && (dates.isPostTime(line) || r.keyEventTitleNext)) {
            r.keyEventTitleNext = !r.keyEventTitleNext;
            return true;
        }
        r.inKeyEvents = false;
        if (isNameUnderDate(line, block.line(), r)) {
            r.namesAboveDate.add(bylines.readName(line).get());
            r.metadata(block.line());
            return true;
        }
        if (r.inHeader && r.reporterBox.contains(block.line())) {
            bylines.read(line).or(() -> bylines.readName(line)).ifPresent(r.text.reporters::add);
            return true;
        }
        if (r.inRelatedList && chrome.isListedHeadline(line) && bylines.read(line).isEmpty()) {
            return true;
        }
        r.inRelatedList = false;
        if (r.inHeader && HeadlineFinder.sameHeadline(line, title)
                || !headlines.withoutOutletSuffix(line).equals(line)
                && HeadlineFinder.sameHeadline(headlines.withoutOutletSuffix(line), title)) {
            r.metadata(block.line());
            return true;
        }
        if (r.inHeader && dates.isRelativeTime(line)) {
            return true;
        }
        if (isTitleKickerAlone(line, title)) {
            return true;
        }
        Optional<DateLineParser.DateLine> date = (r.inHeader ? dates.parseLoose(line) : dates.parse(line))
                .filter(d -> dates.isDateLine(line) || d.posted() == null || isOwnDate(r, d.posted()));
        if (date.isPresent()) {
            r.dates(date.get().posted(), date.get().updated(), block.line());
            r.zonedDates |= dates.hasZone(line);
            return true;
        }
        if (r.inHeader && dates.isUpdateLine(line) && r.posted != null) {
            dates.parseUpdateTime(line, r.posted.toLocalDate()).filter(u -> !u.isBefore(r.posted))
                    .ifPresent(u -> r.dates(null, u, block.line()));
            return true;
        }
        if (!r.inHeader && dates.isPostTime(line)) {
            r.postTime = dates.isRelativeTime(line) || dates.isUpdateLine(line) ? null : Whitespace.normalize(line);
            return true;
        }
        if (r.inHeader && dates.isDateLine(line)) {
            throw new SinmunException(Problem.of(file, block.line(), "cannot read the date in \""
                    + Whitespace.normalize(line) + "\"", "write it like "
                    + (languages.detect(title) == Lang.KO ? KOREAN_DATE_EXAMPLE : DATE_EXAMPLE)));
        }
        Optional<MetaLine.Facts> facts = r.inHeader ? metaLines.read(line).or(() -> metaLines.readSideBySide(line))
                : Optional.empty();
        if (facts.isPresent()) {
            r.dates(facts.get().posted(), facts.get().updated(), block.line());
            Optional.ofNullable(facts.get().byline()).ifPresent(r.text.reporters::add);
            return true;
        }
        Optional<OffsetDateTime> bareDate = r.inHeader ? dates.parseDate(line)
                .filter(d -> isOwnDate(r, d) || isPostedDay(r, d)) : Optional.empty();
        if (bareDate.isPresent() && r.posted != null
                && (bareDate.get().isEqual(r.posted) || isPostedDay(r, bareDate.get()))) {
            r.metadata(block.line());
            return true;
        }
        if (bareDate.isPresent()) {
            boolean first = r.posted == null;
            r.dates(first ? bareDate.get() : null, first ? null : bareDate.get(), block.line());
            r.postedBare |= first;
            return true;
        }
        List<Optional<Lang>> links = chrome.editionLinks(line);
        if (!links.isEmpty()) {
            links.forEach(link -> link.ifPresent(r.editions::add));
            r.metadata(block.line());
            return true;
        }
        if (r.reportingCredit == null && chrome.isStaffCredit(line)) {
            r.reportingCredit = bylines.readReportingCredit(line).orElse(null);
        }
        Matcher photoBy = PHOTO_BY.matcher(Whitespace.normalize(line));
        if (!r.inHeader && photoBy.matches() && !outlets.isOutletName(photoBy.group(1))
                && bylines.readName(photoBy.group(1)).isPresent()) {
            r.photographer = bylines.readName(photoBy.group(1)).get();
            return true;
        }
        if (r.paywallPrompt == null && !r.text.paragraphs.isEmpty() && r.text.paragraphsBeforeByline < 0
                && chrome.isPaywallPrompt(line)) {
            r.paywallPrompt = block;
            r.paragraphsAbovePaywall = r.text.paragraphs.size();
        }
        if (chrome.isContactLine(line) || chrome.isSectionMenu(line) || chrome.isProductionCredit(line)
                || chrome.isStaffCredit(line) || chrome.isRule(line) || chrome.isHashtagLine(line)
                || chrome.isSiteNotice(line) || block.line() < r.lastEmailLine && chrome.isArtCredit(line)
                || chrome.isAddressLine(line) || chrome.isPrintMargin(line)
                || r.inHeader && chrome.isHeaderChrome(line)) {
            return true;
        }
        if (chrome.isMachineSummaryNote(line)) {
            r.inSummaryPoints = false;
            return true;
        }
        if (r.text.paragraphs.size() == r.text.captions.size()
                && (chrome.isSummaryLabel(line) || chrome.isTakeawaysLabel(line))) {
            r.inSummaryPoints = true;
            r.sentencePointsLeft = chrome.isTakeawaysLabel(line) ? MAX_TAKEAWAYS : 0;
            return true;
        }
        Optional<BylineReader.Byline> byline = !r.inHeader && r.addressesInText.contains(block.line())
                ? Optional.empty() : bylines.read(line);
        if (byline.isPresent() && captionNext && byline.get().emails().isEmpty()) {
            return true;
        }
        if (byline.isPresent()) {
            Optional<BylineReader.Byline> nameAbove = underParagraph && !byline.get().emails().isEmpty()
                    && byline.get().name() == null ? bylines.readName(r.text.paragraphs.get(r.text.paragraphs.size() - 1))
                    : Optional.empty();
            if (nameAbove.isPresent()) {
                r.text.paragraphs.remove(r.text.paragraphs.size() - 1);
            }
            r.text.reporters.add(nameAbove.map(name -> new BylineReader.Byline(byline.get().emails(), name.name()))
                    .orElse(byline.get()));
            r.metadata(block.line());
            if (!r.inHeader && (!byline.get().emails().isEmpty()
                    || r.text.paragraphs.stream().anyMatch(SentenceEnd::endsSentence))) {
                r.text.paragraphsBeforeByline = r.text.paragraphs.size();
            }
            return true;
        }
        if (!r.inHeader && (chrome.isEndLine(line) || chrome.isFooterSection(line) && block.line() > r.lastEmailLine)) {
            return false;
        }
        if (!r.inHeader && chrome.isRelatedHeading(line)) {
            r.inRelatedList = true;
            return true;
        }
        boolean underCredit = r.creditLine == block.line() - 1;
        if (!r.inHeader && underParagraph && AGENCY_CREDIT.matcher(Whitespace.normalize(line)).matches()
                && ENGLISH_CAPTION.matcher(Whitespace.normalize(r.text.last())).matches()) {
            r.text.captions.add(r.text.paragraphs.size() - 1);
            return true;
        }
        if (!r.inHeader && underParagraph && r.lastParagraphApart && AGENCY_CREDIT.matcher(Whitespace.normalize(line))
                .matches() && ENGLISH_CAPTION_LINE.matcher(Whitespace.normalize(r.text.last())).matches()) {
            r.creditedAbove.add(r.text.paragraphs.size() - 1);
        }
        if (!r.inHeader && underParagraph && outlets.isOutletLine(line)) {
            r.closingOutlet = Whitespace.normalize(line);
            r.paragraphsAboveOutlet = r.text.paragraphs.size();
            return true;
        }
        if (outlets.isOutletLine(line) && r.posted != null && r.text.paragraphs.isEmpty()) {
            r.creditLine = block.line();
            return true;
        }
        if (chrome.isPointer(line) && !r.subheadsInText.contains(block.line()) || outlets.isOutletLine(line)) {
            return true;
        }
        if (chrome.isButton(line) || (afterButton || r.inHeader) && COUNTER.matcher(line).matches()) {
            r.afterButton = true;
            return true;
        }
        if (!r.inHeader && chrome.isCopyrightLine(line) && chrome.opensWithCopyright(line)
                && r.text.paragraphs.stream().anyMatch(SentenceEnd::endsSentence)) {
            return false;
        }
        if (chrome.isWireNote(line) || chrome.isContactLine(line) || (!r.inHeader && chrome.isCopyrightLine(line))) {
            return true;
        }
        String caption = block.line() > r.lastEmailLine && chrome.endsWithReporterEmail(line) ? null
                : chrome.withoutPhotoCredit(line);
        if (caption != null && caption.isEmpty()) {
            r.creditLine = block.line();
            r.creditAbove = chrome.isCreditAboveCaption(line);
            if (underParagraph && (chrome.isBracketedCredit(line) && isPhotoTitle(r.text.last())
                    || ENGLISH_CAPTION.matcher(Whitespace.normalize(r.text.last())).matches()
                    || r.lastParagraphApart
                    && ENGLISH_CAPTION_LINE.matcher(Whitespace.normalize(r.text.last())).matches())) {
                r.text.captions.add(r.text.paragraphs.size() - 1);
            }
            return true;
        }
        if (r.inHeader && block.line() < r.dateLine) {
            return readAboveDate(line, caption, block.line(), r);
        }
        r.inHeader = false;
        String text = caption != null ? caption
                : labelledCaption.isPresent() ? labelledCaption.get()
                : captionNext ? chrome.withoutWireCaptionStart(line) : SPEAKER_LABEL.matcher(line).replaceFirst("");
        r.inSummaryPoints &= caption == null && text.length() <= MAX_POINT
                && (r.sentencePointsLeft-- > 0 || !SentenceEnd.endsSentence(text));
        if (r.inSummaryPoints) {
            text = "• " + text;
            r.notLead.add(text);
        }
        if (underCredit && caption == null && !SentenceEnd.endsSentence(text) && text.length() <= MAX_REPEATED_CAPTION
                && text.chars().noneMatch(KoreanRomanizer::isSyllable)) {
            r.text.captions.add(r.text.paragraphs.size());
        }
        if (!r.text.paragraphs.isEmpty() && r.text.last().equals(text) && r.lastParagraphLine == block.line() - 1
                && text.length() <= MAX_REPEATED_CAPTION && (SentenceEnd.endsSentence(text)
                        && text.chars().noneMatch(KoreanRomanizer::isSyllable) || SCENE_ENDING.matcher(text).find())) {
            r.text.captions.add(r.text.paragraphs.size() - 1);
            r.lastParagraphLine = block.line();
            return true;
        }
        if (caption != null && chrome.startsAsWireCaption(line) && underParagraph && isPhotoTitle(r.text.last())) {
            r.text.remove(r.text.paragraphs.size() - 1);
        }
        if (caption != null || captionNext) {
            if (r.captionLead == null) {
                r.captionLead = bylines.readWireLead(line).map(lead -> withCreditEmail(lead, line)).orElse(null);
            }
            r.text.captions.add(r.text.paragraphs.size());
            if (caption != null && chrome.endsWithAgencyAlone(line)) {
                r.agencyCredited.put(caption, Whitespace.normalize(line));
            }
            r.afterCaption = true;
        }
        if (caption == null && !captionNext && !r.inSummaryPoints && underParagraph
                && !r.text.captions.contains(r.text.paragraphs.size() - 1) && continuesSentence(r.text.last(), text)) {
            r.text.paragraphs.set(r.text.paragraphs.size() - 1, r.text.last() + " " + text);
            r.lastParagraphLine = block.line();
            return true;
        }
        r.text.paragraphs.add(text);
        if (r.postTime != null) {
            r.text.postTimes.putIfAbsent(text, r.postTime);
            r.postTime = null;
        }
        r.lastParagraphApart = r.lastParagraphLine != block.line() - 1;
        r.lastParagraphLine = block.line();
        return true;
    }

    /**
     * Whether the line goes on with the English sentence the line right above it leaves open, as a page that breaks its
     * text with {@code <br>} is copied ("… released a" / "far-gloomier-than-expected earnings …"): the line above
     * ends with a word or a comma, this one opens with a small letter.
     */
    private static boolean continuesSentence(String above, String line) {
        return above.length() >= MIN_BROKEN_SENTENCE && BROKEN_SENTENCE_END.matcher(above).find()
                && BROKEN_SENTENCE_START.matcher(line).lookingAt() && ListItem.of(line).isEmpty()
                && above.chars().noneMatch(KoreanRomanizer::isSyllable);
    }

    /**
     * Whether the line is the title's bracketed kicker alone ("[뉴스외전]" under "[뉴스외전] …", as MBC prints its
     * programme over the text): a label the title already carries.
     */
    private static boolean isTitleKickerAlone(String line, String title) {
        String s = Whitespace.normalize(line);
        return KICKER_ALONE.matcher(s).matches() && title != null && Whitespace.normalize(title).startsWith(s)
                && Whitespace.normalize(title).length() > s.length();
    }

    /** A personal name alone right under the date, above the text ("Updated" / "June 12, 2025" / name): the writer. */
    private boolean isNameUnderDate(String line, int lineNumber, Reading r) {
        return r.inHeader && r.posted != null && r.text.paragraphs.isEmpty() && lineNumber <= r.lastDateLine + 2
                && lineNumber > r.dateLine && bylines.read(line).isEmpty() && bylines.readName(line).isPresent()
                && !outlets.isOutletLine(line)
                && !chrome.isButton(line)
                && Arrays.stream(Whitespace.normalize(line).split(" ")).noneMatch(PageChrome::isSectionName);
    }

    /**
     * The lines of a reporters' box a few lines under the headline: a name alone over one or more role lines ("Jean
     * Mackenzie" / "Seoul correspondent" / "Reporting from Muan"), as the BBC prints it under the date.
     */
    private Set<Integer> reporterBox(List<TextBlock> blocks, int titleIndex) {
        Set<Integer> lines = new HashSet<>();
        int end = Math.min(blocks.size() - 1, titleIndex + 1 + MAX_LINES_ABOVE_REPORTERS);
        for (int i = titleIndex + 1; i < end; i++) {
            int role = i + 1;
            while (role < blocks.size() && bylines.isReporterRole(blocks.get(role).text())) {
                role++;
            }
            String name = blocks.get(i).text();
            if (role > i + 1 && bylines.read(name).or(() -> bylines.readName(name)).isPresent()) {
                IntStream.range(i, role).forEach(j -> lines.add(blocks.get(j).line()));
                end = Math.min(blocks.size() - 1, role + 1);
                i = role - 1;
            }
        }
        return lines;
    }

    /** A dateline alone on the line above the text's first paragraph ("Seoul, South Korea CNN —"): put before it. */
    private static void joinDateline(DumpText text) {
        for (int i = 0; i + 1 < Math.min(text.paragraphs.size(), MAX_DATELINE_INDEX + 1); i++) {
            if (!text.captions.contains(i) && !text.captions.contains(i + 1)
                    && DATELINE_ALONE.matcher(text.paragraphs.get(i)).matches()) {
                String dateline = Whitespace.normalize(text.paragraphs.get(i));
                text.paragraphs.set(i + 1, dateline + " " + text.paragraphs.get(i + 1));
                text.remove(i);
                return;
            }
        }
    }

    /**
     * The first paragraph of text without the tag a page puts before it: the outlet's name ("[경향신문] 문재인 대통령과 …"),
     * or a wire's dateline naming no reporter over a list ("[서울=뉴시스] ◇ 국장급 전보"). A dated lead stays as written.
     */
    private void dropLeadTag(DumpText text) {
        int first = IntStream.range(0, text.paragraphs.size()).filter(i -> !text.captions.contains(i)).findFirst()
                .orElse(-1);
        Matcher tag = LEAD_TAG.matcher(first < 0 ? "" : text.paragraphs.get(first));
        if (tag.matches() && (outlets.isOutletLine(tag.group(1))
                || WIRE_DATELINE.matcher(tag.group(1)).matches() && ListItem.of(tag.group(2)).isPresent())) {
            text.paragraphs.set(first, tag.group(2));
        }
    }

    /** The photographer with the e-mail that ends their caption's credit ("… 2024.12.07. x@newsis.com"), if any. */
    private static BylineReader.Byline withCreditEmail(BylineReader.Byline lead, String caption) {
        Matcher email = CREDIT_EMAIL.matcher(Whitespace.normalize(caption));
        return email.find() ? new BylineReader.Byline(List.of(email.group()), lead.name()) : lead;
    }

    /** The reporter's name alone above the text when the byline (or the broadcast's sign-off) names them too. */
    private void dropReporterAboveText(DumpText text) {
        if (text.paragraphs.size() < 2 || text.captions.contains(0)) {
            return;
        }
        String first = Whitespace.normalize(text.paragraphs.get(0));
        String name = bylines.readName(first).map(BylineReader.Byline::name).orElse(first);
        if (text.reporters.stream().anyMatch(b -> name.equals(b.name()))) {
            text.remove(0);
        }
    }

    /**
     * A line between the headline and its date: a personal name alone is the reporter's, a short English label ("All
     * News", "Reporting from Seoul") is chrome, a photo's caption with its credit ({@code caption}, the credit cut) is
     * a caption, anything else is the deck under the headline, kept as the first paragraph.
     */
    private boolean readAboveDate(String line, String caption, int lineNumber, Reading r) {
        String names = LIVE_SHIFT.matcher(PLACE_AFTER_NAME.matcher(HEADER_BULLET.matcher(line).replaceFirst(""))
                .replaceAll("")).replaceAll("").replace(';', ',');
        Optional<BylineReader.Byline> name = bylines.readName(names)
                .filter(n -> Arrays.stream(Whitespace.normalize(line).split(" ")).noneMatch(PageChrome::isSectionName))
                .or(() -> bylines.readNameWithRole(line));
        if (name.isPresent()) {
            r.namesAboveDate.add(name.get());
        } else if (caption != null) {
            r.text.captions.add(r.text.paragraphs.size());
            r.text.paragraphs.add(caption);
            r.notLead.add(caption);
            r.lastParagraphLine = lineNumber;
        } else if (Whitespace.normalize(line).split(" ").length > MAX_LABEL_WORDS
                || line.chars().anyMatch(KoreanRomanizer::isSyllable)) {
            r.text.paragraphs.add(line);
            r.notLead.add(line);
            r.lastParagraphLine = lineNumber;
            r.decks++;
        }
        r.metadata(lineNumber);
        return true;
    }

    /**
     * The edition a bare link alone on the line right over the headline points to ("English" under the section's
     * name): this article's translation, where a menu's link higher up is the other edition's home. So is the one
     * link of a header that is only the outlet's name, the link and the section ("동아일보" / "English" / "경제"):
     * with no menu kept, nothing else on the page links.
     */
    private Optional<Lang> editionRightAboveTitle(List<TextBlock> blocks, int titleIndex) {
        List<Optional<Lang>> links = titleIndex > 0 ? chrome.editionLinks(blocks.get(titleIndex - 1).text()) : List.of();
        if (links.size() == 1 || titleIndex > MAX_BARE_HEADER || titleIndex < 2
                || !outlets.isOutletName(Whitespace.normalize(blocks.get(0).text()).strip())) {
            return links.size() == 1 ? links.get(0) : Optional.empty();
        }
        List<List<Optional<Lang>>> header = blocks.subList(1, titleIndex).stream()
                .map(b -> chrome.editionLinks(b.text())).filter(l -> !l.isEmpty()).toList();
        return header.size() == 1 && header.get(0).size() == 1 ? header.get(0).get(0) : Optional.empty();
    }

    /**
     * The line of the first date within a few lines under the headline when other lines stand between them, else -1:
     * the header goes on to it.
     */
    private int dateLineUnderTitle(List<TextBlock> blocks, int titleIndex) {
        for (int i = titleIndex + 2; i < Math.min(blocks.size(), titleIndex + 1 + MAX_LINES_ABOVE_DATE); i++) {
            String text = blocks.get(i - 1).text();
            if (text.length() > MAX_DECK || isDate(text)) {
                return -1;
            }
            if (isDate(blocks.get(i).text())) {
                return blocks.get(i).line();
            }
        }
        return -1;
    }

    private boolean isDate(String line) {
        return dates.parseLoose(line).isPresent() || dates.parseDate(line).isPresent()
                || metaLines.read(line).isPresent() || metaLines.readSideBySide(line).isPresent();
    }

    /**
     * The last paragraph as written when it was read as a caption only by an agency's name after it: "… the ministry
     * said. (Yonhap)" ends a wire story the paper reprinted; "… is seen in this file photo. (Yonhap)" stays a caption.
     */
    private static void restoreWireSource(Reading r) {
        int last = r.text.paragraphs.size() - 1;
        String written = last < 0 ? null : r.agencyCredited.get(r.text.paragraphs.get(last));
        if (written != null && r.text.captions.contains(last)
                && !ENGLISH_CAPTION.matcher(Whitespace.normalize(r.text.paragraphs.get(last))).matches()) {
            r.text.paragraphs.set(last, written);
            r.text.captions.remove(last);
        }
    }

    /** Whether the line reads as a photo's caption under its credit: a scene in the present, a view, no sentence. */
    private static boolean isSceneCaption(String line) {
        return SCENE_ENDING.matcher(line).find() || !SentenceEnd.endsSentence(line);
    }

    /** The short title a wire prints above a photo's caption ("이창용 한국은행 총재"): no sentence, no marker. */
    private static boolean isPhotoTitle(String paragraph) {
        return paragraph.length() <= MAX_PHOTO_TITLE && !SentenceEnd.endsSentence(paragraph)
                && Character.isLetterOrDigit(paragraph.codePointAt(0));
    }

    /**
     * The date lines a page prints above its headline ("기사입력 …" / "최종수정 …" / headline, "National" / "10:05 April
     * 04, 2025" / headline), read when none is under it.
     */
    private void datesAboveTitle(List<TextBlock> header, Reading r) {
        for (TextBlock block : header) {
            dates.parseLoose(block.text()).or(() -> dates.parseDate(block.text())
                    .map(d -> new DateLineParser.DateLine(d, null))).ifPresent(d -> {
                r.zonedDates |= r.posted == null && dates.hasZone(block.text());
                r.posted = r.posted == null ? d.posted() : r.posted;
                r.updated = r.updated == null ? d.updated() : r.updated;
            });
        }
    }

    /**
     * Whether a date without a keyword under the headline can be the article's own: the first one, or one that can be
     * its update; "June 25, 1950" under a 2024 headline is the article's text.
     */
    /** Whether a bare date is the posting day repeated under a dated line ("Friday, April 20, 2018" under "승인 … 13:26"). */
    private static boolean isPostedDay(Reading r, OffsetDateTime date) {
        return r.posted != null && date.toLocalTime().equals(LocalTime.MIDNIGHT)
                && date.toLocalDate().equals(r.posted.toLocalDate());
    }

    private static boolean isOwnDate(Reading r, OffsetDateTime date) {
        return r.posted == null || !date.isBefore(r.posted) && date.isBefore(r.posted.plusDays(MAX_UPDATE_DAYS));
    }

    private List<Problem> warnings(Path file, String slug, TextBlock paywallPrompt) {
        List<Problem> warnings = new ArrayList<>();
        if (slugger.isFallback(slug)) {
            warnings.add(Problem.of(file, "the title gives no usable slug; named \"" + slug + "\"",
                    "rename the Markdown file after import if you want a better URL"));
        }
        if (paywallPrompt != null) {
            warnings.add(Problem.of(file, paywallPrompt.line(), "the text looks cut short by a paywall's prompt \""
                    + Whitespace.normalize(paywallPrompt.text()) + "\"", "save the page signed in to import it whole"));
        }
        return warnings;
    }

    /**
     * The lines of bare e-mail addresses that may be inside the text: above the page's last e-mail line and followed
     * by text. Once the body has begun, such a line is an address the article gives, not its reporter's.
     */
    private Set<Integer> addressesInText(List<TextBlock> blocks, int lastEmailLine) {
        Set<Integer> lines = new HashSet<>();
        for (int i = 0; i + 1 < blocks.size() && blocks.get(i).line() < lastEmailLine; i++) {
            String text = blocks.get(i).text();
            String next = blocks.get(i + 1).text();
            boolean address = bylines.read(text).filter(b -> !b.emails().isEmpty() && b.name() == null).isPresent();
            boolean nextReporter = bylines.readName(next).isPresent() && i + 2 < blocks.size()
                    && blocks.get(i + 2).line() == blocks.get(i + 1).line() + 1
                    && bylines.read(blocks.get(i + 2).text()).filter(b -> !b.emails().isEmpty()).isPresent();
            if (address && bylines.read(next).isEmpty() && !chrome.isButton(next) && !nextReporter) {
                lines.add(blocks.get(i).line());
            }
        }
        return lines;
    }

    /**
     * The lines of the boxes of other articles a page prints between paragraphs, above the reporter's e-mail if any: a
     * list heading ("Most Viewed", "Related Articles"), headlines under it (any line between a list's markers, "list 1
     * of 3"), then a sentence of the text again.
     */
    private Set<Integer> boxesInText(List<TextBlock> blocks, int lastEmailLine) {
        Set<Integer> lines = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            String heading = blocks.get(i).text();
            if (lastEmailLine >= 0 && blocks.get(i).line() > lastEmailLine || chrome.isCommentsHeading(heading)
                    || !chrome.isFooterSection(heading) && !chrome.isRelatedHeading(heading)) {
                continue;
            }
            int next = i + 1;
            while (next < blocks.size() && (chrome.isListedHeadline(blocks.get(next).text())
                    || chrome.isSiteNotice(blocks.get(next).text()) || next + 1 < blocks.size()
                    && chrome.isSiteNotice(blocks.get(next + 1).text()) && chrome.isSiteNotice(blocks.get(next - 1).text()))
                    && bylines.read(blocks.get(next).text()).isEmpty()
                    && !chrome.isFooterSection(blocks.get(next).text())) {
                next++;
            }
            if (next > i + 1 && next < blocks.size() && SentenceEnd.endsSentence(blocks.get(next).text())
                    && bylines.read(blocks.get(next).text()).isEmpty()) {
                blocks.subList(i, next).forEach(b -> lines.add(b.line()));
                i = next;
            }
        }
        return lines;
    }

    /**
     * The page's blocks above its second copy, when the page was pasted twice: the headline again further down with a
     * paragraph of the text after it again, and the lines above it that repeat those above the first headline; also
     * the page's own card under the text (KBS: "• headline", its dates, then the text's opening run together).
     */
    private static List<TextBlock> beforeSecondCopy(List<TextBlock> blocks, int titleIndex) {
        String title = blocks.get(titleIndex).text();
        for (int j = titleIndex + 2; j < blocks.size(); j++) {
            if (!HeadlineFinder.sameHeadline(CARD_BULLET.matcher(blocks.get(j).text()).replaceFirst(""), title)) {
                continue;
            }
            Set<String> read = blocks.subList(titleIndex + 1, j).stream().map(TextBlock::text)
                    .filter(t -> t.length() >= MIN_LEAD).collect(Collectors.toSet());
            if (blocks.subList(j + 1, blocks.size()).stream()
                    .noneMatch(b -> read.contains(b.text()) || read.stream().anyMatch(b.text()::startsWith))) {
                continue;
            }
            int start = j;
            while (start - 1 > titleIndex && titleIndex - (j - start) - 1 >= 0
                    && blocks.get(start - 1).text().equals(blocks.get(titleIndex - (j - start) - 1).text())) {
                start--;
            }
            return blocks.subList(0, start);
        }
        return blocks;
    }

    /** The page's blocks above the wire's contacts under the text ("Contact the reporters on this story:" …). */
    private List<TextBlock> beforeContactBox(List<TextBlock> blocks, int titleIndex) {
        int end = IntStream.range(titleIndex + 1, blocks.size())
                .filter(i -> chrome.isContactBoxHeading(blocks.get(i).text())).findFirst().orElse(blocks.size());
        return blocks.subList(0, end);
    }

    /** The lines of "Read more" buttons with a sentence of the text under them: the page shows more of the text. */
    private Set<Integer> expandButtons(List<TextBlock> blocks) {
        return IntStream.range(0, blocks.size() - 1).filter(i -> chrome.isExpandButton(blocks.get(i).text()))
                .filter(i -> SentenceEnd.endsSentence(blocks.get(i + 1).text())
                        && blocks.get(i + 1).text().length() >= MIN_TEXT_UNDER_BUTTON)
                .mapToObj(i -> blocks.get(i).line()).collect(Collectors.toSet());
    }

    /**
     * The lines of "▶" subheads ("▶ 여야, 예산안 놓고 충돌") inside the text, above the reporter's e-mail if any: a pointer
     * naming no other article or site, alone between lines that are not pointers, with a sentence of the text under it.
     */
    private Set<Integer> subheadsInText(List<TextBlock> blocks, int lastEmailLine) {
        Set<Integer> lines = new HashSet<>();
        for (int i = 1; i + 1 < blocks.size(); i++) {
            String next = blocks.get(i + 1).text();
            if (chrome.canBeArrowSubhead(blocks.get(i).text()) && !chrome.isPointer(blocks.get(i - 1).text())
                    && !chrome.isPointer(next) && SentenceEnd.endsSentence(next) && bylines.read(next).isEmpty()
                    && (lastEmailLine < 0 || blocks.get(i).line() < lastEmailLine)) {
                lines.add(blocks.get(i).line());
            }
        }
        return lines;
    }

    /** The page's own address when the dump has it on a line of its own above the article's text, else null. */
    private String address(List<TextBlock> blocks, int lastHeaderLine) {
        return blocks.stream().filter(b -> b.line() <= lastHeaderLine && chrome.isAddressLine(b.text()))
                .map(b -> Whitespace.normalize(b.text()).replaceFirst("(?i)^url\\s*[:：]\\s*", "")).findFirst()
                .orElse(null);
    }

    private static String host(String url) {
        return url.replaceFirst("(?i)^https?://", "").replaceFirst("[/:?#].*$", "");
    }

    /** The line of the last block that is a reporter's e-mail line, or -1. */
    private int lastEmailLine(List<TextBlock> blocks) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Optional<BylineReader.Byline> byline = bylines.read(blocks.get(i).text());
            if (byline.isPresent() && !byline.get().emails().isEmpty() && !chrome.isContactLine(blocks.get(i).text())) {
                return blocks.get(i).line();
            }
        }
        return -1;
    }

    /** A wire's reporter e-mail printed right under its "(END)" mark (Yonhap's English page) signs the article. */
    private void readEmailUnderEndMark(List<TextBlock> page, int end, Reading r) {
        if (end + 1 < page.size() && chrome.isEndLine(page.get(end).text())
                && r.text.reporters.stream().allMatch(b -> b.emails().isEmpty())) {
            String line = page.get(end + 1).text();
            bylines.read(line).filter(b -> !b.emails().isEmpty() && !chrome.isContactLine(line))
                    .ifPresent(r.text.reporters::add);
        }
    }

    /** The line a "Posted" line was expected on: right after the title and its repetition. */
    private static int expectedDateLine(List<TextBlock> blocks, int titleIndex, String title) {
        int next = titleIndex + 1;
        if (next < blocks.size() && HeadlineFinder.sameHeadline(blocks.get(next).text(), title)) {
            next++;
        }
        return next < blocks.size() ? blocks.get(next).line() : blocks.get(next - 1).line() + 1;
    }

    /**
     * Where the text of a newsletter saved from an e-mail program starts: after its header lines at the top ("From:
     * …", "Subject: …", "Date: …"), which are the e-mail's, not the article's.
     */
    private static int mailHeaderEnd(String[] lines) {
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        int start = i;
        while (i < lines.length && MAIL_HEADER.matcher(lines[i]).lookingAt()) {
            i++;
        }
        return i - start >= MIN_MAIL_HEADERS ? i : 0;
    }

    private List<TextBlock> blocks(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalized.startsWith("\uFEFF")) {
            normalized = normalized.substring(1);
        }
        String[] lines = normalized.split("\n", -1);
        if (MarkdownDump.isDump(lines)) {
            lines = MarkdownDump.plain(lines);
        }
        for (int i = 0; i < lines.length; i++) {
            lines[i] = Whitespace.stripTrailing(lines[i]);
        }
        if (LinkNumbers.isDump(lines)) {
            lines = LinkNumbers.withoutNumbers(WrappedLines.unwrapDump(LinkNumbers.withoutReferences(lines)));
        }
        lines = WrappedLines.joinBrokenTitle(WrappedLines.unwrap(lines));
        List<TextBlock> blocks = new ArrayList<>();
        boolean[] tableRows = TableRow.tabbedRows(lines);
        for (int i = mailHeaderEnd(lines); i < lines.length; i++) {
            String line = tableRows[i] ? TableRow.of(lines[i]).orElseThrow().cells().stream().map(Whitespace::clean)
                    .collect(Collectors.joining("\t"))
                    : Whitespace.clean(chrome.withoutSkipLinks(Whitespace.clean(lines[i])));
            for (String part : SpeakerLabel.circledTurn(line)) {
                if (!part.isEmpty()) {
                    blocks.add(new TextBlock(i + 1, part));
                }
            }
        }
        return blocks;
    }

    /**
     * The outlet of the first e-mail with a known domain (or a known outlet of the same media group its copyright
     * line names, else named above the title: 연합뉴스TV with a yna.co.kr e-mail, TV조선 with a chosun.com one), else a known outlet named above the title, else the outlet
     * whose page layout the dump has (see {@link #DONGA_ENGLISH_PAGE}; a contributor's own address does not name the
     * paper), else a known outlet its copyright line names, else the channel of a broadcast's sign-off ("KBS 뉴스
     * 이름입니다."), else the first e-mail's domain.
     */
    private BilingualName outlet(List<String> emails, List<TextBlock> beforeTitle, List<TextBlock> blocks, String text) {
        Optional<BilingualName> named = beforeTitle.stream()
                .map(b -> outlets.byName(HOME_LINK.matcher(Whitespace.normalize(b.text())).replaceFirst("")))
                .filter(name -> name != null).findFirst();
        return emails.stream().map(outlets::nameFor).filter(name -> name.ko() != null).findFirst()
                .map(byEmail -> groupOutletInCopyright(blocks, byEmail)
                        .or(() -> named.filter(n -> outlets.sameGroup(n, byEmail))).orElse(byEmail))
                .or(() -> named)
                .or(() -> DONGA_ENGLISH_PAGE.matcher(text).lookingAt()
                        ? Optional.of(outlets.nameFor("donga.com")) : Optional.empty())
                .or(() -> copyrightHolder(blocks))
                .or(() -> blocks.stream().map(b -> bylines.readBroadcastChannel(b.text())).flatMap(Optional::stream)
                        .map(outlets::byName).filter(Objects::nonNull).reduce((a, b) -> b))
                .orElseGet(() -> outlets.nameFor(emails.isEmpty() ? null : emails.get(0)));
    }

    /** Another outlet of {@code outlet}'s media group a copyright line names in full, if any. */
    private Optional<BilingualName> groupOutletInCopyright(List<TextBlock> blocks, BilingualName outlet) {
        return blocks.stream().filter(b -> chrome.isCopyrightLine(b.text()))
                .map(b -> outlets.groupOutletNamedIn(b.text(), outlet)).flatMap(Optional::stream).findFirst();
    }

    /** The known outlet a copyright line names ("ⓒ 동아일보 & donga.com, 무단 전재 및 재배포 금지"), if any. */
    private Optional<BilingualName> copyrightHolder(List<TextBlock> blocks) {
        for (TextBlock block : blocks) {
            if (!chrome.isCopyrightLine(block.text())) {
                continue;
            }
            Matcher domain = DOMAIN.matcher(block.text());
            while (domain.find()) {
                BilingualName name = outlets.nameFor(domain.group().toLowerCase(Locale.ROOT));
                if (name.ko() != null) {
                    return Optional.of(name);
                }
            }
            for (String word : Whitespace.normalize(block.text()).split("[\\s,&|·]+")) {
                BilingualName name = outlets.byName(word);
                if (name != null) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }

}
