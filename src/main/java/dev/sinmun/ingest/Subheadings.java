package dev.sinmun.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The subheadings an English feature sets between its paragraphs ("Samsung's comeback plan", "On North Korea"): short
 * lines that end no sentence, each between a paragraph that ends one (or introduces them with a colon) and a paragraph
 * of text. A page needs two or more
 * of them, so that a lone short line (a caption, a name, a quote's speaker) is not taken for one. A digest's headlines
 * may run longer: a wire's version label opens them ("(LEAD) …") or a dateline opens the story under them ("SEOUL --").
 */
final class Subheadings {

    private static final int MAX_LENGTH = 70;
    private static final int MAX_WORDS = 10;
    private static final int MIN_TEXT_UNDER = 40;
    private static final int MIN_SUBHEADINGS = 2;
    /** A capital first, then words; no closing punctuation, no quote or bracket to open it, no address. */
    private static final Pattern SHAPE = Pattern.compile("^\\p{Lu}[^@]*[\\p{L}\\p{N}%)’']$");
    private static final Pattern CLOSING = Pattern.compile("[,;:]\\s*$|[.!?]\\s+\\p{Lu}");
    private static final Pattern HANGUL = Pattern.compile("[가-힣]");
    private static final int MAX_DIGEST_LENGTH = 150;
    private static final int MAX_DIGEST_WORDS = 25;
    /** "(LEAD) ", "(2nd LD) ", "(URGENT) ": a wire's version label opening a headline. */
    private static final Pattern WIRE_LABEL = Pattern.compile("^\\((?:LEAD|\\d{1,2}(?:st|nd|rd|th) LD|URGENT|UPDATE)\\)\\s+"
            + "(?=\\p{Lu})");
    /** "SEOUL -- ", "SEOUL, Sept. 14 (Yonhap) -- ", "WASHINGTON (AP) — ": the dateline opening a story. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'-]{1,30}(?:,\\s[^-—–]{1,40})?(?:\\s\\([\\p{L} ]{2,20}\\))?\\s(?:--|—|–)\\s");

    private final BylineReader bylines = new BylineReader();

    /** The indexes of the paragraphs of {@code text} that are subheadings, none when fewer than two are found. */
    Set<Integer> find(DumpText text) {
        Set<Integer> found = new HashSet<>();
        List<String> paragraphs = text.paragraphs;
        for (int i = 1; i + 1 < paragraphs.size(); i++) {
            String previous = paragraphs.get(i - 1);
            String next = paragraphs.get(i + 1);
            if ((canBe(text, i) || isDigestHeadline(text, i)) && (SentenceEnd.endsSentence(previous) || previous.endsWith(":")) && !found.contains(i - 1)
                    && next.length() >= MIN_TEXT_UNDER && (SentenceEnd.endsSentence(next) || next.endsWith(":"))
                    && !text.captions.contains(i + 1)
                    && ListItem.of(next).isEmpty()) {
                found.add(i);
            }
        }
        return found.size() >= MIN_SUBHEADINGS ? found : Set.of();
    }

    private boolean isDigestHeadline(DumpText text, int i) {
        String line = Whitespace.normalize(text.paragraphs.get(i));
        String headline = WIRE_LABEL.matcher(line).replaceFirst("");
        return (!headline.equals(line) || DATELINE.matcher(text.paragraphs.get(i + 1)).lookingAt())
                && !text.captions.contains(i) && line.length() <= MAX_DIGEST_LENGTH
                && line.split(" ").length <= MAX_DIGEST_WORDS && SHAPE.matcher(headline).matches()
                && !CLOSING.matcher(headline).find() && !SentenceEnd.endsSentence(headline)
                && !HANGUL.matcher(line).find() && bylines.read(line).isEmpty();
    }

    private boolean canBe(DumpText text, int i) {
        String line = Whitespace.normalize(text.paragraphs.get(i));
        return !text.captions.contains(i) && line.length() <= MAX_LENGTH && line.split(" ").length <= MAX_WORDS
                && SHAPE.matcher(line).matches() && !CLOSING.matcher(line).find() && !SentenceEnd.endsSentence(line)
                && !HANGUL.matcher(line).find() && ListItem.of(line).isEmpty() && TableRow.of(line).isEmpty()
                && bylines.read(line).isEmpty();
    }
}
