package dev.sinmun.ingest;

import dev.sinmun.Problem;
import dev.sinmun.SinmunException;
import dev.sinmun.model.BilingualName;
import dev.sinmun.model.Lang;
import dev.sinmun.model.RawArticle;
import dev.sinmun.model.Source;
import dev.sinmun.model.Translation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the visible text of a saved article page, one block per line: skip links, the title (once or twice),
 * "Posted"/"Updated" (or 입력/수정) lines, edition links, the body, the reporter's byline and footer chrome.
 */
public final class TextDumpParser implements DumpParser {

    private static final String DATE_EXAMPLE = "\"Posted September. 14, 2020 07:34\"";
    private static final int MAX_TITLE_LENGTH = 300;
    private static final Pattern COPYRIGHT_DETAIL = Pattern.compile(
            "(?i).*(\\d{4}|\\bby\\b|[a-z0-9-]\\.(?:com|co\\.kr|kr|net|org)\\b|all rights|무단|재배포|동아일보|연합뉴스).*");

    private final PageChrome chrome = new PageChrome();
    private final DateLineParser dates = new DateLineParser();
    private final BylineReader bylines = new BylineReader();
    private final LanguageDetector languages = new LanguageDetector();
    private final Outlets outlets = new Outlets();
    private final MarkdownEscaper escaper = new MarkdownEscaper();
    private final SummaryCutter summaries = new SummaryCutter();
    private final Slugger slugger = new Slugger();

    private record Block(int line, String text) {
    }

    /** Accepts any text that is not an HTML document. */
    @Override
    public boolean accepts(String text) {
        String start = text.stripLeading();
        return !(start.startsWith("<") && start.toLowerCase(java.util.Locale.ROOT).matches("(?s)<(!doctype|html|head|body|\\?xml).*"));
    }

    @Override
    public RawArticle parse(Path file, String sourceFile, String text) {
        List<Block> blocks = blocks(text);
        int titleIndex = titleIndex(file, blocks);
        String title = Whitespace.normalize(blocks.get(titleIndex).text());

        List<String> paragraphs = new ArrayList<>();
        List<BylineReader.Byline> reporters = new ArrayList<>();
        Set<Lang> editions = new LinkedHashSet<>();
        java.time.OffsetDateTime posted = null;
        java.time.OffsetDateTime updated = null;
        int expectedDateLine = titleIndex + 1 < blocks.size() ? blocks.get(titleIndex + 1).line() : blocks.get(titleIndex).line() + 1;
        int lastHeaderLine = blocks.get(titleIndex).line();
        boolean inHeader = true;
        for (int i = titleIndex + 1; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            String line = block.text();
            if (inHeader && Whitespace.normalize(line).equals(title)) {
                if (i == titleIndex + 1 && i + 1 < blocks.size()) {
                    expectedDateLine = blocks.get(i + 1).line();
                }
                lastHeaderLine = block.line();
                continue;
            }
            if (dates.isDateLine(line)) {
                DateLineParser.DateLine date = dates.parse(line).orElseThrow(() -> new SinmunException(Problem.of(file,
                        block.line(), "cannot read the date in \"" + Whitespace.normalize(line) + "\"",
                        "write it like " + DATE_EXAMPLE)));
                posted = posted == null ? date.posted() : posted;
                updated = updated == null ? date.updated() : updated;
                lastHeaderLine = inHeader ? block.line() : lastHeaderLine;
                continue;
            }
            if (inHeader) {
                Optional<java.time.OffsetDateTime> bare = dates.parseDate(line);
                if (bare.isPresent()) {
                    if (posted == null) {
                        posted = bare.get();
                    } else if (updated == null) {
                        updated = bare.get();
                    }
                    lastHeaderLine = block.line();
                    continue;
                }
            }
            List<Optional<Lang>> links = chrome.editionLinks(line);
            if (!links.isEmpty()) {
                links.forEach(link -> link.ifPresent(editions::add));
                lastHeaderLine = inHeader ? block.line() : lastHeaderLine;
                continue;
            }
            Optional<BylineReader.Byline> byline = bylines.read(line);
            if (byline.isPresent()) {
                reporters.add(byline.get());
                lastHeaderLine = inHeader ? block.line() : lastHeaderLine;
                continue;
            }
            if (!inHeader && chrome.isFooterSection(line)) {
                break;
            }
            if (!inHeader && chrome.isFooterLine(line) && isFooterDetail(line)) {
                continue;
            }
            inHeader = false;
            paragraphs.add(line);
        }
        if (posted == null) {
            throw new SinmunException(Problem.of(file, expectedDateLine, "no \"Posted <date>\" line found",
                    "expected e.g. " + DATE_EXAMPLE));
        }
        if (paragraphs.isEmpty()) {
            throw new SinmunException(Problem.of(file, lastHeaderLine + 1, "no article text found",
                    "the paragraphs should follow the title and date lines"));
        }
        Lang lang = languages.detect(title + "\n" + String.join("\n", paragraphs));
        List<Translation> translations = editions.stream().filter(l -> l != lang).map(l -> new Translation(l, null)).toList();
        List<String> emails = reporters.stream().flatMap(r -> r.emails().stream()).distinct().toList();
        String byline = emails.isEmpty()
                ? nullIfEmpty(String.join(", ", reporters.stream().map(BylineReader.Byline::name).distinct().toList()))
                : String.join(", ", emails);
        BilingualName outlet = outlet(emails);
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            body.append(body.length() == 0 ? "" : "\n").append(escaper.escape(paragraph)).append('\n');
        }
        return new RawArticle(file, title, lang, posted, updated, byline, new Source(outlet, null, sourceFile),
                translations, paragraphs, body.toString(), summaries.cut(paragraphs.get(0)), slugger.slug(title));
    }

    private List<Block> blocks(String text) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        if (normalized.startsWith("\uFEFF")) {
            normalized = normalized.substring(1);
        }
        String[] lines = normalized.split("\n", -1);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = Whitespace.clean(chrome.withoutSkipLinks(Whitespace.clean(lines[i])));
            if (!line.isEmpty()) {
                blocks.add(new Block(i + 1, line));
            }
        }
        return blocks;
    }

    private int titleIndex(Path file, List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (!chrome.editionLinks(block.text()).isEmpty()) {
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

    /** The outlet of the first e-mail with a known domain, else of the first e-mail. */
    private BilingualName outlet(List<String> emails) {
        return emails.stream().map(outlets::nameFor).filter(name -> name.ko() != null).findFirst()
                .orElseGet(() -> outlets.nameFor(emails.isEmpty() ? null : emails.get(0)));
    }

    private static boolean isFooterDetail(String line) {
        return line.length() <= 200 && (COPYRIGHT_DETAIL.matcher(line).matches() || !line.contains(" "));
    }

    private static String nullIfEmpty(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
