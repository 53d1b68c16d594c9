package dev.sinmun.ingest;

import java.util.regex.Pattern;

/**
 * The title of a photo printed alone over the text, its caption left out of the saved page: a person and their post
 * ("최태원 SK그룹 회장") or a subject ("북한군 포로"). It is set apart as a caption, not read as the lead.
 */
final class PhotoTitles {

    /** A title over the lead is at most this long; a longer line without a sentence is a deck or a subhead. */
    private static final int MAX_TITLE_OVER_LEAD = 20;
    /** A title the next paragraph starts with ("최태원 SK그룹 회장" over "최태원 SK그룹 회장이 …") is at most this long. */
    private static final int MAX_TITLE_NAMED_AGAIN = 40;
    private static final int MIN_LEAD = 40;
    /**
     * Words only, a word perhaps followed by a Korean post in parentheses ("DS부문장(부회장)"), not an ID: no quotes,
     * ellipsis or other brackets, as a deck or a subhead would have.
     */
    private static final String WORD = "[\\p{L}\\p{N}·]+(?:\\([가-힣][\\p{L}\\p{N}·]*(?: [\\p{L}\\p{N}·]+){0,2}\\))?";
    private static final Pattern WORDS_ONLY = Pattern.compile(WORD + "(?: " + WORD + "){0,5}");
    /** The particle after a name the next paragraph repeats ("… 회장이 ", "… 회장은 "). */
    private static final Pattern PARTICLE = Pattern.compile("(?:이|가|은|는|도|의|과|와|을|를|에게|께서)[\\s,]");

    /**
     * Marks as captions the photo titles in the text: the first paragraph after {@code firstOfText} (the decks above
     * the date) over a lead, and any paragraph the next one starts with as its subject.
     */
    void mark(DumpText text, int firstOfText) {
        for (int i = firstOfText; i + 1 < text.paragraphs.size(); i++) {
            String line = text.paragraphs.get(i);
            String next = text.paragraphs.get(i + 1);
            if (text.captions.contains(i) || text.captions.contains(i + 1) || !isWords(line)) {
                continue;
            }
            boolean overLead = i == firstOfText && line.length() <= MAX_TITLE_OVER_LEAD
                    && next.length() >= MIN_LEAD && SentenceEnd.endsSentence(next);
            boolean namedAgain = line.length() <= MAX_TITLE_NAMED_AGAIN && next.startsWith(line)
                    && PARTICLE.matcher(next).region(line.length(), next.length()).lookingAt();
            if (overLead || namedAgain) {
                text.captions.add(i);
            }
        }
    }

    private static boolean isWords(String line) {
        return WORDS_ONLY.matcher(line).matches() && line.chars().anyMatch(KoreanRomanizer::isSyllable)
                && ListItem.of(line).isEmpty();
    }
}
