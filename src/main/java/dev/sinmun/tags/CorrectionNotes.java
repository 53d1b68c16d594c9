package dev.sinmun.tags;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Correction notes printed with an article ("Correction: An earlier version of this article misspelled …",
 * "[바로잡습니다] … 홍길동 씨를 홍길순 씨로 잘못 표기했기에 바로잡습니다"): the names they set right or wrong are no tags.
 */
final class CorrectionNotes {

    /** A paragraph that opens a note: its label, or the first words of an English one. */
    private static final Pattern OPENING = Pattern.compile("^\\s*[*※(\\[]?\\s*(?:"
            + "(?i:corrections?|clarifications?|editor['’]s note)\\s*[:：—–)\\]]\\s*(?i:an earlier|a previous)"
            + "|(?i:corrections?|clarifications?)\\s*[:：—–)\\]]"
            + "|(?:An|A) (?:earlier|previous) version of this (?:article|story|report)"
            + "|This (?:article|story) (?:has been|was) (?:corrected|updated to correct)"
            + "|바로잡습니다|정정(?:보도)?(?:문)?\\s*[\\]】:])");

    /** A paragraph that ends as a Korean note does ("… 바로잡습니다.", an apology after it). */
    private static final Pattern KOREAN_NOTE = Pattern.compile("바로잡습니다[.。]?(?:\\s*[^.。]*사과드립니다[.。]?)?\\s*$");

    /** The closing sentence of a Korean note opened by its label. */
    private static final Pattern KOREAN_CLOSING = Pattern.compile("(?:바로잡습니다|사과드립니다)[.。]?\\s*$");

    /** How many paragraphs after its opening a note may run before its closing sentence. */
    private static final int MAX_NOTE_PARAGRAPHS = 3;

    private CorrectionNotes() {
    }

    /** {@code paragraphs} without the correction notes among them. */
    static List<String> without(List<String> paragraphs) {
        List<String> kept = new ArrayList<>(paragraphs.size());
        int i = 0;
        while (i < paragraphs.size()) {
            String paragraph = paragraphs.get(i);
            if (OPENING.matcher(paragraph).find()) {
                i += noteLength(paragraphs, i);
            } else if (KOREAN_NOTE.matcher(paragraph).find()) {
                i++;
            } else {
                kept.add(paragraph);
                i++;
            }
        }
        return kept;
    }

    /** The paragraphs of the note opening at {@code start}: up to its closing sentence when one follows soon. */
    private static int noteLength(List<String> paragraphs, int start) {
        if (KOREAN_CLOSING.matcher(paragraphs.get(start)).find()) {
            return 1;
        }
        for (int k = start + 1; k < paragraphs.size() && k <= start + MAX_NOTE_PARAGRAPHS; k++) {
            if (KOREAN_CLOSING.matcher(paragraphs.get(k)).find()) {
                return k - start + 1;
            }
        }
        return 1;
    }
}
