package dev.sinmun.ingest;

import java.util.regex.Pattern;

/**
 * A lead photo's credit printed over its caption above the text, as the BBC's page copies ("Netflix" / "Lee Jung-jae
 * returns as Player 456 in the final season" / the lead): the credit leaves the text, the caption is set apart.
 */
final class CreditOverCaption {

    /** A credit: one to three capitalised words, perhaps parted by "/" ("Getty Images", "EPA/Shutterstock"). */
    private static final Pattern CREDIT = Pattern.compile("\\p{Lu}[\\p{L}&.'-]*(?:[ /]\\p{Lu}[\\p{L}&.'-]*){0,2}");
    private static final int MAX_CAPTION = 200;
    private static final int MIN_LEAD = 60;

    /** Drops the credit over the text's first paragraph and marks the caption under it, when the lead follows. */
    void mark(DumpText text, int firstOfText) {
        if (firstOfText + 2 >= text.paragraphs.size() || text.captions.contains(firstOfText)
                || text.captions.contains(firstOfText + 1)) {
            return;
        }
        String credit = Whitespace.normalize(text.paragraphs.get(firstOfText));
        String caption = Whitespace.normalize(text.paragraphs.get(firstOfText + 1));
        String lead = text.paragraphs.get(firstOfText + 2);
        if (CREDIT.matcher(credit).matches() && !PageChrome.isSectionName(credit) && caption.length() <= MAX_CAPTION
                && caption.split(" ").length > credit.split(" ").length + 2 && !SentenceEnd.endsSentence(caption)
                && caption.chars().noneMatch(KoreanRomanizer::isSyllable)
                && lead.length() >= MIN_LEAD && SentenceEnd.endsSentence(lead)) {
            text.remove(firstOfText);
            text.captions.add(firstOfText);
        }
    }
}
