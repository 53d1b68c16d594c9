package dev.sinmun.ingest;

import dev.sinmun.Problem;
import dev.sinmun.SinmunException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a text dump's headline among the lines above the article: the line printed twice nearest above the date
 * (not the outlet's name, which a portal prints twice: its logo and its name, nor a short label with a headline
 * under it), else the first line that is not chrome, a byline, an outlet's name or a section label; a weekday and a
 * bare date above it are page chrome.
 */
final class HeadlineFinder {

    private static final int MAX_TITLE_LENGTH = 300;
    private static final int MAX_LABEL_LENGTH = 40;
    /** A path of short sections may run longer than a label: "Home > English Edition > Editorial & Opinion". */
    private static final int MAX_BREADCRUMB_LENGTH = 100;
    private static final int MAX_HEADER_BLOCKS = 40;
    private static final int MIN_MENU_LABELS = 2;
    /** A site's name as its logo line prints it: up to five words, each capitalised ("The Seoul Ledger"). */
    private static final Pattern SITE_NAME = Pattern.compile(
            "^(?:The\\s)?\\p{Lu}[\\p{L}&'’.-]*(?:\\s(?:of|and|&|\\p{Lu}[\\p{L}&'’.-]*)){0,3}$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!][\"”’']?$");
    /** "홈 > 뉴스 > 정치", "News › National", "Tech / Semiconductors": the page's path to the article. */
    private static final Pattern BREADCRUMB = Pattern.compile("[^>›»]{1,20}(?:\\s*[>›»]\\s*[^>›»]{1,20})+"
            + "|[^/]{1,20}(?:\\s/\\s[^/]{1,20})+");
    private static final Pattern LABEL_PREFIX = Pattern.compile("^\\[[^\\]]{1,10}]\\s*(?=\\S)");
    private static final Pattern MASTHEAD = Pattern.compile("(.{2,40}?)\\s+[|–—]\\s+([^|]{2,30})");
    private static final int MAX_MASTHEAD_WORDS = 3;
    /** "Headline | The DONG-A ILBO", "Headline : DongA.com": a browser tab's or a print view's title. */
    private static final Pattern TITLE_SUFFIX = Pattern.compile("(.{10,}?)\\s+(?:[|–—]|:)\\s+([^|–—:]{3,40})");
    /**
     * An item of a site menu copied as a bulleted list ("  • Politics", "  • Letter to the Editor"): never the headline,
     * and a long menu does not push the date out of the lines searched.
     */
    private static final Pattern MENU_ITEM = Pattern.compile("^\\s*[•▪◦]\\s*\\S.{0,39}$");
    /** The menu's button copied after the logo's name ("The Korea Times close"). */
    private static final Pattern MENU_BUTTON_AFTER = Pattern.compile("\\s(?i:close|menu|open menu|search)$");
    /** A sign-in wall's greeting above the headline ("Welcome to GaonWire"): the headline is a line under it. */
    private static final Pattern GREETING = Pattern.compile("(?i)welcome(?: back)? to (?:the )?[\\p{L}.-]{2,30}[.!]?");
    /**
     * A rank or a dash alone on its line, as a "Most Popular" list copied above the article numbers its headlines
     * ("-" / "1" / headline): part of the list, not a label ending it.
     */
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-–•·]|\\d{1,2}\\.?)$");
    /** The last word of many papers' and sites' names. */
    private static final Pattern PAPER_WORD = Pattern.compile("Post|Times|Herald|Daily|Journal|Gazette|Tribune|Ledger"
            + "|Chronicle|Observer|Monitor|Telegraph|Courier|Review|Examiner|Dispatch|Standard|Express|Weekly|Ilbo"
            + "|Shinmun|Sinmun|Wire|Insider|Reporter");
    private static final Pattern QUOTE_STYLE = Pattern.compile("[‘’´`'\"“”]");

    private final PageChrome chrome = new PageChrome();
    private final DateLineParser dates = new DateLineParser();
    private final MetaLine metaLines = new MetaLine();
    private final BylineReader bylines = new BylineReader();
    private final Outlets outlets = new Outlets();

    /** The index of the headline among the page's blocks; a problem naming the line when there is none. */
    int find(Path file, List<TextBlock> blocks) {
        int beforeDate = titleBeforeDateLine(blocks);
        if (beforeDate >= 0) {
            return beforeDate;
        }
        for (int i = 0; i < blocks.size(); i++) {
            TextBlock block = blocks.get(i);
            if (!chrome.editionLinks(block.text()).isEmpty() || chrome.isButton(block.text())
                    || chrome.isSiteNotice(block.text()) || chrome.isAddressLine(block.text())
                    || chrome.isPrintMargin(block.text())
                    || chrome.isSectionMenu(block.text()) || chrome.isHeaderChrome(block.text())
                    || isLabelBeforeRepeatedTitle(blocks, i)) {
                continue;
            }
            boolean metadata = dates.isDateLine(block.text()) || dates.parseDate(block.text()).isPresent()
                    || bylines.read(block.text()).isPresent();
            if (metadata || block.text().length() > MAX_TITLE_LENGTH) {
                throw new SinmunException(Problem.of(file, block.line(), "no title found",
                        "the first text line should be the headline"));
            }
            return i;
        }
        throw new SinmunException(Problem.of(file, 1, "no title found", "the first text line should be the headline"));
    }

    /**
     * The headline when a date line follows it within the page's first lines: the line printed twice in a row nearest
     * above the date, else the first line before the date that is not chrome, a byline, an outlet's name or a short
     * section label ("National", "정치"); the headlines a page lists under "Top News" or "많이 본 뉴스" above the article
     * count only up to the next section label. -1 when that does not apply.
     */
    private int titleBeforeDateLine(List<TextBlock> blocks) {
        List<Integer> candidates = new ArrayList<>();
        int labelOnly = -1;
        int listItem = -1;
        boolean inList = false;
        for (int i = 0, counted = 0; i < blocks.size() && counted < MAX_HEADER_BLOCKS; i++) {
            String text = blocks.get(i).text();
            boolean menuItem = MENU_ITEM.matcher(text).matches();
            counted += menuItem ? 0 : 1;
            boolean looseDate = dates.parseLoose(text).isPresent() || metaLines.read(text).isPresent()
                    || metaLines.readSideBySide(text).isPresent();
            boolean bareDate = !looseDate && dates.parseDate(text).isPresent();
            if (looseDate || bareDate) {
                if (candidates.isEmpty()) {
                    return listItem >= 0 ? listItem : labelOnly;
                }
                int underDates = candidates.stream().allMatch(c -> isOutletOrLabel(blocks.get(c).text()))
                        ? headlineUnderDates(blocks, i) : -1;
                if (underDates >= 0) {
                    return underDates;
                }
                if (bareDate && labelOnly < 0 && candidates.stream().allMatch(c -> isOutletOrLabel(blocks.get(c).text()))) {
                    labelOnly = candidates.get(candidates.size() - 1);
                    candidates.clear();
                    continue;
                }
                for (int c = candidates.size() - 2; c >= 0; c--) {
                    int at = candidates.get(c);
                    if (isOutletOrLabel(blocks.get(at).text()) && (outlets.isOutletName(Whitespace.normalize(
                            blocks.get(at).text())) || candidates.stream().anyMatch(x -> x > at + 1
                            && !isOutletOrLabel(blocks.get(x).text())))) {
                        continue;
                    }
                    if (candidates.get(c + 1) == at + 1 && sameHeadline(blocks.get(at).text(), blocks.get(at + 1).text())) {
                        return at;
                    }
                    if (candidates.get(c + 1) == at + 1 && sameHeadline(withoutLabel(blocks.get(at).text()),
                            blocks.get(at + 1).text())) {
                        return at + 1;
                    }
                    if (candidates.get(c + 1) == at + 1 && sameHeadline(withoutOutletSuffix(blocks.get(at).text()),
                            blocks.get(at + 1).text())) {
                        return at + 1;
                    }
                }
                for (int c = 0; c < candidates.size(); c++) {
                    String t = Whitespace.normalize(blocks.get(candidates.get(c)).text());
                    if (!outlets.isOutletName(t) && !isSectionLabel(t) && !isMasthead(t)
                            && !isAboveMenu(blocks, candidates, c) && !isSiteNameOverSection(blocks, candidates, c)
                            && !(GREETING.matcher(t).matches() && c + 1 < candidates.size())) {
                        return candidates.get(c);
                    }
                }
                return candidates.get(candidates.size() - 1);
            }
            boolean chromeLine = menuItem || !chrome.editionLinks(text).isEmpty() || chrome.isButton(text)
                    || chrome.isSiteNotice(text)
                    || chrome.isAddressLine(text) || chrome.isPrintMargin(text) || chrome.isSectionMenu(text)
                    || bylines.read(text).isPresent()
                    || chrome.isHeaderChrome(text);
            if (chrome.isFooterSection(text)) {
                inList = true;
                candidates.clear();
            } else if (inList && LIST_MARKER.matcher(Whitespace.normalize(text)).matches()) {
                continue;
            } else if (inList && !chromeLine && !isOutletOrLabel(text)) {
                listItem = i;
            } else if (!chromeLine) {
                inList = false;
                listItem = -1;
                candidates.add(i);
            }
        }
        return labelOnly;
    }

    /**
     * Whether the candidate stands above a site menu (at least {@value #MIN_MENU_LABELS} labels in a row, then more
     * text before the date): the site's logo or slogan ("The Guardian - Back to homepage"), not the headline under it.
     */
    private boolean isAboveMenu(List<TextBlock> blocks, List<Integer> candidates, int c) {
        int labels = 0;
        for (int next = c + 1; next < candidates.size(); next++) {
            if (isOutletOrLabel(blocks.get(candidates.get(next)).text())) {
                labels++;
            } else {
                return labels >= MIN_MENU_LABELS;
            }
        }
        return false;
    }

    /**
     * Whether the candidate is a site's name over one section label and then the headline ("Pacific Post" /
     * "Business" / headline): a short name with each word capitalised, section names only, then a line ending no
     * sentence.
     */
    private boolean isSiteNameOverSection(List<TextBlock> blocks, List<Integer> candidates, int c) {
        if (c + 2 >= candidates.size()) {
            return false;
        }
        String label = Whitespace.normalize(blocks.get(candidates.get(c + 1)).text());
        String next = Whitespace.normalize(blocks.get(candidates.get(c + 2)).text());
        return SITE_NAME.matcher(Whitespace.normalize(blocks.get(candidates.get(c)).text())).matches()
                && Arrays.stream(label.split(" ")).allMatch(PageChrome::isSectionName)
                && !isOutletOrLabel(next) && !SENTENCE_END.matcher(next).find();
    }

    /**
     * The site's name printed right above one section label over the headline ("The Seoul Ledger" / "Politics" /
     * headline), for a page of an outlet Sinmun does not know: its name when the e-mail's domain spells it
     * ("seoulledger.com", "gaonwire.kr" for "GaonWire") or it has two words or more and ends in a word papers name
     * themselves with ("Post", "Times", "Daily"); else empty.
     */
    Optional<String> siteNameOverSection(List<TextBlock> blocks, int titleIndex, String emailDomain) {
        if (titleIndex < 2) {
            return Optional.empty();
        }
        String name = Whitespace.normalize(blocks.get(titleIndex - 2).text());
        String label = Whitespace.normalize(blocks.get(titleIndex - 1).text());
        String[] words = name.split(" ");
        String letters = name.replaceFirst("^The ", "").replaceAll("[^\\p{L}\\d]", "").toLowerCase(Locale.ROOT);
        boolean spelled = emailDomain != null && emailDomain.toLowerCase(Locale.ROOT)
                .replaceFirst("^www\\.", "").startsWith(letters + ".");
        return SITE_NAME.matcher(name).matches() && (words.length >= 2 || spelled) && !outlets.isOutletName(name)
                && !Arrays.stream(words).allMatch(PageChrome::isSectionName)
                && Arrays.stream(label.split(" ")).allMatch(PageChrome::isSectionName)
                && (spelled || PAPER_WORD.matcher(words[words.length - 1]).matches())
                ? Optional.of(name) : Optional.empty();
    }

    /**
     * The headline a page prints under its date lines when only the outlet's name or a section label stands above them
     * (a portal's copy: "동아일보" / "기사입력 …" / "최종수정 …" / headline): the first line after the dates that is
     * not chrome and does not end a sentence; -1 when there is none.
     */
    private int headlineUnderDates(List<TextBlock> blocks, int dateIndex) {
        for (int i = dateIndex + 1; i < Math.min(blocks.size(), MAX_HEADER_BLOCKS); i++) {
            String text = blocks.get(i).text();
            if (dates.parseLoose(text).isPresent() || dates.parseDate(text).isPresent() || chrome.isButton(text)
                    || !chrome.editionLinks(text).isEmpty() || bylines.read(text).isPresent()) {
                continue;
            }
            return text.length() <= MAX_TITLE_LENGTH && !isLabelUnderDates(text) && chrome.isListedHeadline(text)
                    ? i : -1;
        }
        return -1;
    }

    /**
     * Whether a line under the dates is a label, not a short headline ("Jamboree fiasco"): the outlet's name, one
     * word, section names only ("World News") or a breadcrumb.
     */
    private boolean isLabelUnderDates(String line) {
        String t = Whitespace.normalize(line);
        String[] words = t.split(" ");
        return outlets.isOutletName(t) || words.length < 2 || Arrays.stream(words).allMatch(PageChrome::isSectionName)
                || BREADCRUMB.matcher(t).matches();
    }

    /** "[정치]박근혜 대통령 …" without its section label, as some pages print the headline above its clean copy. */
    private static String withoutLabel(String line) {
        return LABEL_PREFIX.matcher(Whitespace.normalize(line)).replaceFirst("");
    }

    private boolean isOutletOrLabel(String line) {
        String t = Whitespace.normalize(line);
        return outlets.isOutletName(t) || outlets.isOutletName(MENU_BUTTON_AFTER.matcher(t).replaceFirst(""))
                || isSectionLabel(t) || isMasthead(t);
    }

    /** An outlet's name and a section's or newsletter's after a bar ("The Korea Herald | Morning Brief"). */
    private boolean isMasthead(String line) {
        Matcher m = MASTHEAD.matcher(line);
        return m.matches() && outlets.isOutletName(m.group(1)) && m.group(2).split(" ").length <= MAX_MASTHEAD_WORDS;
    }

    /** A short line without a sentence's end, or a breadcrumb; not a labelled headline ("[인사]외교부", "[부고] 김영희씨"). */
    static boolean isSectionLabel(String text) {
        return text.length() <= MAX_LABEL_LENGTH && !LABEL_PREFIX.matcher(text).find()
                && text.replace(" & ", "&").split(" ").length <= 2 && !text.matches(".*[.?!”\"]$")
                || text.length() <= MAX_BREADCRUMB_LENGTH && BREADCRUMB.matcher(text).matches();
    }

    /** A short line (a section name) followed by the headline printed twice, as pages show the title. */
    private static boolean isLabelBeforeRepeatedTitle(List<TextBlock> blocks, int i) {
        if (i + 2 >= blocks.size() || blocks.get(i).text().length() > MAX_LABEL_LENGTH) {
            return false;
        }
        String label = Whitespace.normalize(blocks.get(i).text());
        String next = Whitespace.normalize(blocks.get(i + 1).text());
        return !label.equals(next) && sameHeadline(next, blocks.get(i + 2).text());
    }

    /** Whether two lines are the same headline, whatever their spaces and quote marks (’ and ' alike). */
    /** The headline without the outlet's name a browser's tab or print view adds to it ("… | AP News"). */
    String withoutOutletSuffix(String title) {
        Matcher m = TITLE_SUFFIX.matcher(Whitespace.normalize(title));
        return m.matches() && outlets.isOutletName(m.group(2)) ? m.group(1).strip() : title;
    }

    static boolean sameHeadline(String a, String b) {
        return QUOTE_STYLE.matcher(Whitespace.normalize(a)).replaceAll("'")
                .equals(QUOTE_STYLE.matcher(Whitespace.normalize(b)).replaceAll("'"));
    }
}
