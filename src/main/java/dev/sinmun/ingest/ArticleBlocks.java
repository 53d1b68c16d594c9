package dev.sinmun.ingest;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads the blocks of a cleaned article body: moves date lines, bylines and a closing signature into metadata (a
 * wire's "(서울=연합뉴스) 이름 기자 =" names the reporters of an e-mail that came alone), and
 * drops the text chrome that survives cleaning (a photo story's captions are its text) — the repeated headline, wire notes ("ATTN", "(END)"), copyright
 * lines, button labels, edition links, and everything from a "Related articles"/"Most viewed" heading on.
 */
final class ArticleBlocks {

    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, table, img, hr";
    private static final Pattern ATTN = Pattern.compile("(?i)^\\(?\\s*(?:ATTN|ATTENTION|EDITORS?'?\\s*NOTE)\\b.*");
    private static final Pattern END_MARK = Pattern.compile("\\s*\\((?:END|MORE|끝)\\)\\s*$");
    private static final Pattern EMAIL = EmailAddress.PATTERN;
    /** A line of underscores, dashes or stars that only separates the text from a note below it. */
    private static final Pattern SEPARATOR = Pattern.compile("^[_*=~-]{3,}$");
    /** "Read more:", "See also:", "관련기사:" before a link to another article. */
    private static final Pattern LINK_LABEL = Pattern.compile(
            "(?i)^(?:read more|read also|also read|see also|more|related|watch|관련\\s?기사|함께 보면 좋은 기사)\\s*[:：]?$");
    /** The label of a reporter line in the text ("Reporter : Lee Ji-won", "Writer: …"). */
    private static final Pattern REPORTER_LABEL = Pattern.compile("(?i)^(?:reporter|writer|correspondent)s?\\s*[:：]\\s*");
    private static final int MAX_LONE_LINK = 80;
    private static final int MAX_HEADLINE_LINK = 120;
    private static final int MIN_HEADLINE_WORDS = 3;
    private static final int MIN_TEXT_BEFORE_LIST = 2;
    /** A link ending as a sentence or a label does ("Read the full statement here.", "Sources:"): not a headline. */
    private static final Pattern HEADLINE_NOT = Pattern.compile("[.:;,]\\s*[\"”’')\\]]*\\s*$");
    private static final Pattern QUOTE_MARKS = Pattern.compile("^[\"“”'‘’]+|[\"“”'‘’]+$");
    private static final int MIN_PULL_QUOTE = 20;
    /** The wire's lead ("(서울=연합뉴스) 이름 기자 = …") is the first paragraph, or the one after a sub-headline. */
    private static final int WIRE_LEAD_WITHIN = 3;
    /** A media player's fallback text, shown where the page's audio or video player would be. */
    private static final Pattern PLAYER_FALLBACK = Pattern.compile(
            "(?i)^your browser does(?: not|n't) support (?:the )?(?:html5 )?(?:audio|video|iframes?)\\b.{0,40}$");

    /** How near the top or the end of the text a writer's note under their name is read ("The author is …"). */
    private static final int WRITER_NOTE_WITHIN = 2;
    private static final int MAX_LABEL = 40;
    private static final int MIN_LEAD = 20;
    private static final int MIN_UNPUNCTUATED_LEAD = 120;
    /** A bold paragraph is a sub-headline, unless it is a long sentence: a standfirst in bold, as the BBC sets it. */
    private static final int MIN_BOLD_LEAD = 100;

    private final PageChrome chrome = new PageChrome();
    private final DateLineParser dates = new DateLineParser();
    private final BylineReader bylines = new BylineReader();
    private final MetaLine metaLines = new MetaLine();
    private final KoreanSummaryBox summaryBox = new KoreanSummaryBox(chrome, bylines);

    /** The body's text blocks and what its edges said about dates and reporters. */
    record Body(Element html, List<String> paragraphs, String lead, OffsetDateTime posted, OffsetDateTime updated,
                List<BylineReader.Byline> reporters) {

        String markdown(HtmlToMarkdown converter) {
            return converter.convert(html.html());
        }
    }

    /**
     * The body without a broadcast transcript's role labels ("[앵커]", "[리포트]"), the anchor's hand-over alone above
     * the report's label ("김민경 기자가 보도합니다.") and its reporters' sign-offs ("KBS 뉴스 윤지호입니다."), once the
     * byline has been read from them: who speaks, not what is said. A body of one paragraph stays as it is.
     */
    Body withoutBroadcastMarks(Body body) {
        List<String> paragraphs = new ArrayList<>(body.paragraphs());
        boolean anchorsPart = topBlocks(body.html()).stream()
                .anyMatch(b -> BylineReader.REPORT_MARK.matcher(Whitespace.normalize(b.text())).matches());
        for (Element block : topBlocks(body.html())) {
            String text = Whitespace.normalize(block.text());
            anchorsPart &= !BylineReader.REPORT_MARK.matcher(text).matches();
            boolean handover = anchorsPart && bylines.readAnchorHandover(text).isPresent()
                    && bylines.withoutAnchorHandover(text).isEmpty();
            if (paragraphs.size() > 1 && (isBroadcastMark(text) || handover) && paragraphs.remove(text)) {
                block.remove();
            }
        }
        List<Element> blocks = topBlocks(body.html()).stream().filter(b -> b.is("p") && !b.text().isBlank()).toList();
        for (int i = 0; i < blocks.size(); i++) {
            Element block = blocks.get(i);
            String text = Whitespace.normalize(block.text());
            Optional<String> speaker = SpeakerLabel.alone(text);
            Element next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            String said = next == null ? "" : Whitespace.normalize(next.text());
            int at = paragraphs.indexOf(text);
            if (speaker.isPresent() && SpeakerLabel.standsOver(text, said) && at >= 0 && at + 1 < paragraphs.size()
                    && paragraphs.get(at + 1).equals(said)) {
                next.text(speaker.get() + ": " + said);
                paragraphs.set(at + 1, next.text());
                paragraphs.remove(at);
                block.remove();
            } else if (!SpeakerLabel.around(text).equals(text) && at >= 0) {
                block.text(SpeakerLabel.around(text));
                paragraphs.set(at, block.text());
            }
        }
        return new Body(body.html(), paragraphs, body.lead(), body.posted(), body.updated(), body.reporters());
    }

    /**
     * The body without the profiles of its writers after the text ("Choi Min-ho (minho@…) is an editorial writer of The
     * Korea Times."), as a text dump loses them: a profile whose name is one of {@code writers} goes, and the e-mail it
     * prints joins {@code reporters}. A body of one paragraph stays as it is.
     */
    Body withoutReporterBios(Body body, List<String> writers, List<BylineReader.Byline> reporters) {
        List<String> paragraphs = new ArrayList<>(body.paragraphs());
        List<Element> texts = new ArrayList<>(topBlocks(body.html()).stream().filter(b -> !b.text().isBlank()).toList());
        while (paragraphs.size() > 1 && !texts.isEmpty() && texts.get(texts.size() - 1).is("p")) {
            Element last = texts.remove(texts.size() - 1);
            String text = Whitespace.normalize(last.text());
            Optional<ReporterBio> bio = ReporterBio.of(text);
            String name = bio.map(b -> b.name().toLowerCase(Locale.ROOT)).orElse(null);
            if (name == null || bio.get().surnameOnly() || writers.stream().noneMatch(w -> w.toLowerCase(Locale.ROOT).contains(name))
                    || !paragraphs.get(paragraphs.size() - 1).equals(text)) {
                break;
            }
            paragraphs.remove(paragraphs.size() - 1);
            last.remove();
            if (bio.get().email() != null) {
                reporters.add(new BylineReader.Byline(List.of(bio.get().email()), null));
            }
        }
        return new Body(body.html(), paragraphs, body.lead(), body.posted(), body.updated(), body.reporters());
    }

    private boolean isBroadcastMark(String text) {
        return BylineReader.ROLE_MARK.matcher(text).matches() || bylines.readBroadcastSignOff(text).isPresent();
    }

    Body read(Element cleaned, String title) {
        return read(cleaned, title, List.of());
    }

    /** The body's blocks, where the paragraphs {@code notLead} (a standfirst above the text) never open the summary. */
    Body read(Element cleaned, String title, List<String> notLead) {
        splitCreditLines(cleaned);
        splitBroadcastLabels(cleaned);
        List<Element> blocks = withoutSummaryBox(topBlocks(cleaned), title);
        OffsetDateTime posted = null;
        OffsetDateTime updated = null;
        List<BylineReader.Byline> reporters = new ArrayList<>();
        boolean footer = false;
        int headline = headlineIndex(blocks, title);
        boolean textSeen = false;
        for (int i = 0; i < blocks.size(); i++) {
            Element block = blocks.get(i);
            String text = Whitespace.normalize(block.text());
            if (footer) {
                block.remove();
                continue;
            }
            if (block.tagName().matches("h[2-6]|p|strong|b") && chrome.isFooterSection(text) || chrome.isEndLine(text)) {
                footer = true;
                block.remove();
                continue;
            }
            if (chrome.isPointer(text) && text.length() <= 200) {
                block.remove();
                continue;
            }
            if (block.tagName().equals("img") || block.tagName().equals("table") || block.tagName().equals("hr")) {
                continue;
            }
            if (chrome.isContactLine(text)) {
                block.remove();
                continue;
            }
            Optional<DateLineParser.DateLine> date = textSeen ? dates.parse(text) : dates.parseLoose(text);
            Optional<BylineReader.Byline> byline = text.length() <= 120 && !isCaption(block) ? reporterLine(text)
                    : Optional.empty();
            Optional<MetaLine.Facts> meta = date.isPresent() ? Optional.empty() : metaLines.read(text);
            if (meta.isPresent()) {
                posted = posted == null ? meta.get().posted() : posted;
                updated = updated == null ? meta.get().updated() : updated;
                if (meta.get().byline() != null) {
                    reporters.add(meta.get().byline());
                }
                block.remove();
            } else if (date.isPresent()) {
                posted = posted == null ? date.get().posted() : posted;
                updated = updated == null ? date.get().updated() : updated;
                block.remove();
            } else if (byline.isPresent() && !block.tagName().equals("blockquote")) {
                reporters.add(byline.get());
                block.remove();
            } else if (text.isEmpty() && block.select("img").isEmpty() || text.equals(title) || ATTN.matcher(text).matches()
                    || !text.isEmpty() && END_MARK.matcher(text).replaceAll("").isEmpty() || chrome.isButton(text)
                    || chrome.isCopyrightLine(text) || chrome.isSiteNotice(text) || !chrome.editionLinks(text).isEmpty()
                    || HtmlBodyCleaner.isCredit(text) || !textSeen && (i < headline || isLoneLink(block)) && isLabel(text)
                    || chrome.isProductionCredit(text) || chrome.isStaffCredit(text) || chrome.isHashtagLine(text)
                    || SEPARATOR.matcher(text).matches() || PLAYER_FALLBACK.matcher(text).matches()
                    || textSeen && pointsElsewhere(block, text) || !textSeen && dates.isRelativeTime(text)) {
                block.remove();
            } else {
                textSeen = textSeen || !text.isEmpty();
            }
        }
        stripEndMark(cleaned);
        dropPullQuotes(cleaned);
        dropTrailingHeadlineList(cleaned);
        List<Element> texts = topBlocks(cleaned).stream().filter(b -> !b.text().isBlank()).toList();
        if (texts.size() > 1 && texts.get(texts.size() - 1).is("p")) {
            Element last = texts.get(texts.size() - 1);
            bylines.readSignature(last.text()).ifPresent(signature -> {
                reporters.add(signature);
                last.remove();
            });
        }
        takeWritersOverNotes(cleaned, reporters);
        splitTrailingByline(cleaned, reporters);
        List<String> paragraphs = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        String lead = null;
        for (Element block : topBlocks(cleaned)) {
            String text = Whitespace.normalize(block.text());
            if (!text.isEmpty() && isCaption(block)) {
                captions.add(text);
            }
            if (text.isEmpty() || isCaption(block)) {
                continue;
            }
            if (block.is("table")) {
                paragraphs.addAll(tableRows(block));
                continue;
            }
            paragraphs.add(text);
            if (lead == null && block.tagName().equals("p") && isLead(block, text) && !notLead.contains(text)
                    && !InterviewTurn.isQuestion(text) && !ArticleEnding.isWriterNote(text)) {
                lead = InterviewTurn.answer(text, paragraphs.size() > 1 ? paragraphs.get(paragraphs.size() - 2) : null);
            }
        }
        if (!reporters.isEmpty() && reporters.stream().allMatch(b -> b.name() == null) && !paragraphs.isEmpty()) {
            paragraphs.stream().limit(WIRE_LEAD_WITHIN).map(bylines::readWireLead).flatMap(Optional::stream).findFirst()
                    .ifPresent(reporters::add);
        }
        if (paragraphs.isEmpty() && !captions.isEmpty()) {
            paragraphs.addAll(captions);
            if (reporters.isEmpty()) {
                bylines.readWireLead(captions.get(0)).ifPresent(reporters::add);
            }
        }
        HtmlBodyCleaner.dropSavedCopies(cleaned);
        Matcher trailing = EMAIL.matcher(paragraphs.isEmpty() ? "" : paragraphs.get(paragraphs.size() - 1));
        while (reporters.isEmpty() && trailing.find()) {
            if (trailing.end() == paragraphs.get(paragraphs.size() - 1).length()) {
                reporters.add(new BylineReader.Byline(List.of(trailing.group()), null));
            }
        }
        return new Body(cleaned, paragraphs, lead != null ? lead : paragraphs.isEmpty() ? "" : paragraphs.get(0),
                posted, updated, reporters);
    }

    /**
     * A paragraph whose lines, parted by {@code <br>}, are each a reporter's or production credit or hashtags, one a production credit at least
     * ("취재기자ㅣ김민경<br>영상편집ㅣ임현철<br>자막뉴스ㅣ이미영"): one paragraph a line, so that each is read as such.
     */
    private void splitCreditLines(Element cleaned) {
        for (Element block : topBlocks(cleaned)) {
            if (!block.is("p") || block.select("br").isEmpty() || !block.select("img, a").isEmpty()) {
                continue;
            }
            List<String> lines = brokenLines(block);
            if (lines.size() < 2 || lines.stream().noneMatch(chrome::isProductionCredit) || !lines.stream().allMatch(l -> l.length() <= 60 && (chrome.isProductionCredit(l)
                    || chrome.isHashtagLine(l) || reporterLine(l).isPresent()))) {
                continue;
            }
            for (String line : lines) {
                block.before(new Element("p").text(line));
            }
            block.remove();
        }
    }

    /**
     * A column's writer named alone over their note at the top or the end of the text ("Lee Ha-kyung" / "The author is
     * an editorial writer of …", two paragraphs or one broken by {@code <br>}): the name is the byline and leaves the
     * text; the note stays.
     */
    private void takeWritersOverNotes(Element cleaned, List<BylineReader.Byline> reporters) {
        List<Element> texts = topBlocks(cleaned).stream().filter(b -> !b.text().isBlank() && !isCaption(b)).toList();
        int n = texts.size();
        for (int i = 0; i < n; i++) {
            if (n < 3 || i >= WRITER_NOTE_WITHIN && i < n - WRITER_NOTE_WITHIN || !texts.get(i).is("p")) {
                continue;
            }
            Element block = texts.get(i);
            List<String> lines = brokenLines(block);
            if (lines.size() == 2 && ArticleEnding.isWriterNote(lines.get(1))) {
                writerName(lines.get(0)).ifPresent(name -> {
                    reporters.add(name);
                    block.text(lines.get(1));
                });
            } else if (i + 1 < n && texts.get(i + 1).is("p") && lines.size() == 1
                    && ArticleEnding.isWriterNote(Whitespace.normalize(texts.get(i + 1).text()))) {
                writerName(lines.get(0)).ifPresent(name -> {
                    reporters.add(name);
                    block.remove();
                });
            }
        }
    }

    /** A reporter's e-mail glued to the end of the last paragraph, maybe after their name: the byline, not text. */
    private void splitTrailingByline(Element cleaned, List<BylineReader.Byline> reporters) {
        List<Element> texts = topBlocks(cleaned).stream().filter(b -> !b.text().isBlank() && !isCaption(b)).toList();
        Element last = texts.isEmpty() ? null : texts.get(texts.size() - 1);
        if (last == null || !last.is("p")) {
            return;
        }
        TrailingByline.of(Whitespace.normalize(last.text())).ifPresent(glued -> bylines.read(glued.byline())
                .ifPresent(byline -> {
                    reporters.add(byline);
                    cutTail(last, glued.byline().replaceAll("\\s", "").length());
                }));
    }

    /** Drops the last {@code letters} non-space characters of the block's text, and the inline elements they left empty. */
    private static void cutTail(Element block, int letters) {
        List<TextNode> nodes = allTextNodes(block);
        int left = letters;
        for (int i = nodes.size() - 1; i >= 0 && left > 0; i--) {
            TextNode node = nodes.get(i);
            String text = node.getWholeText();
            int at = text.length();
            while (at > 0 && left > 0) {
                at--;
                if (!Character.isWhitespace(text.charAt(at))) {
                    left--;
                }
            }
            node.text(text.substring(0, at).stripTrailing());
        }
        for (Element inline : block.select("*").stream().skip(1).toList()) {
            if (inline.text().isBlank() && inline.select("img, br").isEmpty()) {
                inline.remove();
            }
        }
        while (block.childNodeSize() > 0 && isBlankEnd(block.childNode(block.childNodeSize() - 1))) {
            block.childNode(block.childNodeSize() - 1).remove();
        }
    }

    private static boolean isBlankEnd(Node node) {
        return node instanceof TextNode text ? text.isBlank() : node instanceof Element e && e.is("br");
    }

    private static List<TextNode> allTextNodes(Element block) {
        List<TextNode> nodes = new ArrayList<>();
        block.traverse((node, depth) -> {
            if (node instanceof TextNode text) {
                nodes.add(text);
            }
        });
        return nodes;
    }

    /**
     * A table's rows as a text dump prints them, one paragraph each with its cells parted by bars ("| 기관 | 방식 |"), so
     * that no name runs from one cell into the next; its caption and a row of one cell are their text.
     */
    private static List<String> tableRows(Element table) {
        List<String> rows = new ArrayList<>();
        table.select("> caption").stream().map(c -> Whitespace.normalize(c.text())).filter(c -> !c.isEmpty())
                .forEach(rows::add);
        for (Element row : table.select("tr")) {
            List<String> cells = row.select("> th, > td").stream().map(c -> Whitespace.normalize(c.text())).toList();
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            rows.add(cells.size() == 1 ? cells.get(0) : "| " + String.join(" | ", cells) + " |");
        }
        return rows;
    }

    /** A writer's name alone, also in capitals as the Korea JoongAng Daily prints it ("LEE HA-KYUNG"). */
    private Optional<BylineReader.Byline> writerName(String line) {
        return bylines.readName(BylineReader.isShouted(line) ? BylineReader.capitalized(line) : line);
    }

    /** The lines of a paragraph as {@code <br>} breaks them, each without its markup. */
    private static List<String> brokenLines(Element block) {
        List<String> lines = new ArrayList<>();
        for (String part : block.html().split("(?i)<br\\s*/?>")) {
            String line = Whitespace.normalize(org.jsoup.Jsoup.parse(part).text());
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /**
     * A transcript's paragraph whose lines, parted by single {@code <br>}s, hold a role label or an interviewee's
     * ("[앵커]<br>태풍이 …", "[인터뷰]<br>[오민지 / 관광객 : …]"): one paragraph a line, so that each label is read as
     * one.
     */
    private static void splitBroadcastLabels(Element cleaned) {
        for (Element block : topBlocks(cleaned)) {
            if (!block.is("p") || block.select("br").isEmpty()) {
                continue;
            }
            String[] parts = block.html().split("(?i)<br\\s*/?>");
            boolean labelled = Arrays.stream(parts).map(part -> Whitespace.normalize(Jsoup.parse(part).text()))
                    .anyMatch(line -> BylineReader.ROLE_MARK.matcher(line).matches()
                            || SpeakerLabel.alone(line).isPresent() || !SpeakerLabel.around(line).equals(line));
            if (!labelled) {
                continue;
            }
            for (String part : parts) {
                if (!Jsoup.parse(part).text().isBlank()) {
                    block.before(new Element("p").html(part.strip()));
                }
            }
            block.remove();
        }
    }

    /** A reporter line: e-mails and names, without a wire's end mark or a "Reporter :" label before the name. */
    private Optional<BylineReader.Byline> reporterLine(String text) {
        String line = chrome.withoutEndMark(text);
        Matcher label = REPORTER_LABEL.matcher(line);
        if (label.find()) {
            return bylines.read(line.substring(label.end())).or(() -> bylines.readName(line.substring(label.end())));
        }
        return bylines.read(line);
    }

    /**
     * A block in the text that only sends the reader elsewhere: one short link ("Sign up here.", "정치 기사 더보기 ›"),
     * short links on lines of their own ("<모바일로 보는 연합뉴스>" / "<연합뉴스 공식 SNS>"), or a label and a link
     * ("Read more: other headline"). A link that shows its own address (a video) stays.
     */
    private static boolean pointsElsewhere(Element block, String text) {
        if (block.is("p, div") && block.select("a").size() > 1 && isLinkLines(block)) {
            return true;
        }
        if (!block.is("p, div") || block.select("a").size() != 1) {
            return false;
        }
        Element link = block.selectFirst("a");
        String linked = Whitespace.normalize(link.text());
        if (linked.isEmpty() || linked.startsWith("http") || linked.contains("@")) {
            return false;
        }
        if (isLoneLink(block)) {
            return linked.length() <= MAX_LONE_LINK;
        }
        String label = text.endsWith(linked) ? text.substring(0, text.length() - linked.length()).strip() : null;
        return label != null && LINK_LABEL.matcher(label).matches();
    }

    /**
     * Removes a list that ends the text after its paragraphs and only links to other articles, each item one link
     * worded as a headline (not a sentence ending in a full stop), as the Guardian sets a related story in its text;
     * a list the paragraph before introduces ("… these reports:") stays.
     */
    private static void dropTrailingHeadlineList(Element root) {
        List<Element> texts = topBlocks(root).stream().filter(b -> !b.text().isBlank() || !b.select("img").isEmpty())
                .toList();
        if (texts.size() < MIN_TEXT_BEFORE_LIST + 1) {
            return;
        }
        Element list = texts.get(texts.size() - 1).parent();
        if (list == null || !list.is("ul, ol") || list == root) {
            return;
        }
        List<Element> items = list.children();
        int first = texts.indexOf(items.isEmpty() ? null : items.get(0));
        boolean headlines = first >= MIN_TEXT_BEFORE_LIST && first + items.size() == texts.size()
                && texts.get(first - 1).is("p") && !texts.get(first - 1).text().strip().endsWith(":")
                && items.stream().allMatch(li -> li.is("li") && isLoneLink(li)
                && isHeadlineLink(li.child(0)));
        if (headlines) {
            list.remove();
        }
    }

    private static boolean isHeadlineLink(Element link) {
        String linked = Whitespace.normalize(link.text());
        return link.hasAttr("href") && !linked.startsWith("http") && !linked.contains("@")
                && linked.length() <= MAX_HEADLINE_LINK && linked.split(" ").length >= MIN_HEADLINE_WORDS
                && !HEADLINE_NOT.matcher(linked).find();
    }

    /** Removes pull quotes: a quote whose words the text prints in full elsewhere, set large as a design element. */
    private static void dropPullQuotes(Element root) {
        List<Element> blocks = topBlocks(root);
        for (Element quote : blocks) {
            String words = QUOTE_MARKS.matcher(Whitespace.normalize(quote.text())).replaceAll("").strip();
            if (!quote.is("blockquote") || words.length() < MIN_PULL_QUOTE) {
                continue;
            }
            if (blocks.stream().anyMatch(b -> b != quote && !b.is("blockquote")
                    && Whitespace.normalize(b.text()).contains(words))) {
                quote.remove();
            }
        }
    }

    /**
     * The blocks without a summary box written straight into the text, its label a paragraph or a line of its own
     * ("기사내용 요약", then its points, as Newsis prints it): dropped as from a text dump (see {@link KoreanSummaryBox}).
     */
    private List<Element> withoutSummaryBox(List<Element> found, String title) {
        List<Element> blocks = new ArrayList<>();
        for (Element block : found) {
            List<String> lines = block.is("p") && !block.select("br").isEmpty() ? brokenLines(block) : List.of();
            if (lines.size() < 2 || !chrome.isKoreanSummaryLabel(lines.get(0))) {
                blocks.add(block);
                continue;
            }
            for (String line : lines) {
                Element p = new Element("p").text(line);
                block.before(p);
                blocks.add(p);
            }
            block.remove();
        }
        List<Element> texts = blocks.stream().filter(b -> !b.text().isBlank()).toList();
        int headline = headlineIndex(texts, title);
        List<TextBlock> underTitle = new ArrayList<>();
        for (int i = headline + 1; i < texts.size() && !isCaption(texts.get(i)); i++) {
            underTitle.add(new TextBlock(i, texts.get(i).text()));
        }
        Set<Integer> box = summaryBox.lines(underTitle);
        if (box.isEmpty()) {
            return blocks;
        }
        List<Element> kept = new ArrayList<>(blocks);
        box.forEach(i -> {
            texts.get(i).remove();
            kept.remove(texts.get(i));
        });
        return kept;
    }

    /** The index of the block that repeats the headline, or -1. */
    private static int headlineIndex(List<Element> blocks, String title) {
        for (int i = 0; i < blocks.size(); i++) {
            if (Whitespace.normalize(blocks.get(i).text()).equals(title)) {
                return i;
            }
        }
        return -1;
    }

    /** A short text that is not a sentence: above the headline, a section name or breadcrumb ("경제", "National > Politics"). */
    private static boolean isLabel(String text) {
        return !text.isEmpty() && text.length() <= MAX_LABEL && !SentenceEnd.endsSentence(text);
    }

    /** A block that is one link and nothing else ("[경제](…/Economy)"). */
    /** Whether the block is only short links, one a line, none showing an address or an e-mail. */
    private static boolean isLinkLines(Element block) {
        boolean linksAndBreaks = block.childNodes().stream().allMatch(n -> n instanceof TextNode t && t.isBlank()
                || n instanceof Element e && e.is("a, br"));
        return linksAndBreaks && block.select("> br").size() >= block.select("> a").size() - 1
                && block.select("> a").stream().map(a -> Whitespace.normalize(a.text())).allMatch(linked -> !linked.isEmpty()
                        && linked.length() <= MAX_LONE_LINK && !linked.startsWith("http") && !linked.contains("@"));
    }

    private static boolean isLoneLink(Element block) {
        Element only = block.children().size() == 1 ? block.child(0) : null;
        return only != null && only.is("a") && only.text().strip().equals(block.text().strip());
    }

    /**
     * Whether a paragraph can open the article: long enough, not a subheading set in bold (a long bold sentence
     * is a standfirst), and a sentence (or long enough to be one) rather than a sub-headline.
     */
    private static boolean isLead(Element p, String text) {
        Element only = p.children().size() == 1 ? p.child(0) : null;
        boolean bold = only != null && only.is("strong, b") && only.text().length() == text.length();
        boolean sentence = SentenceEnd.endsSentence(text);
        if (bold) {
            return sentence && text.length() >= MIN_BOLD_LEAD;
        }
        return text.length() >= MIN_LEAD && (sentence || text.length() >= MIN_UNPUNCTUATED_LEAD);
    }

    /** A paragraph in italics right after an image: the image's caption, not article text. */
    private static boolean isCaption(Element block) {
        Element previous = block.previousElementSibling();
        boolean afterImage = previous != null && (previous.is("img") || previous.select("img").size() == 1
                && previous.text().isBlank());
        Element only = block.children().size() == 1 ? block.child(0) : null;
        return afterImage && block.is("p") && only != null && only.is("em, i")
                && only.text().length() == block.text().length();
    }

    /** Block elements not nested in another block (a {@code <p>} inside a {@code <li>} belongs to the item). */
    private static List<Element> topBlocks(Element root) {
        List<Element> top = new ArrayList<>();
        for (Element e : root.select(BLOCKS)) {
            boolean nested = false;
            for (Element parent = e.parent(); parent != null && parent != root; parent = parent.parent()) {
                if (parent.is(BLOCKS)) {
                    nested = true;
                    break;
                }
            }
            if (!nested) {
                top.add(e);
            }
        }
        return top;
    }

    /** Removes a wire end mark "(END)" from the end of the last text. */
    private static void stripEndMark(Element root) {
        List<TextNode> texts = new ArrayList<>();
        collectTexts(root, texts);
        for (int i = texts.size() - 1; i >= 0; i--) {
            TextNode last = texts.get(i);
            if (last.isBlank()) {
                continue;
            }
            Matcher m = END_MARK.matcher(last.getWholeText());
            if (m.find()) {
                last.text(last.getWholeText().substring(0, m.start()));
            }
            return;
        }
    }

    private static void collectTexts(Node node, List<TextNode> out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                out.add(t);
            } else {
                collectTexts(child, out);
            }
        }
    }
}
