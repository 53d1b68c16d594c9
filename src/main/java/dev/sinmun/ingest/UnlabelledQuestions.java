package dev.sinmun.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.sinmun.model.Lang;

/**
 * The questions of an interview printed without a "Q:" or "―" label (bold or italic on the page, lost in a text
 * dump): paragraphs that end in a question mark, each over an answer. A page needs two of them, one asking "you"
 * (in Korean, one asked politely: "…주시겠어요?", or "…있습니까?" over a quoted answer), or four, so that a column's rhetorical questions
 * stay prose.
 */
final class UnlabelledQuestions {

    private static final int MAX_LENGTH = 300;
    private static final int MIN_QUESTIONS = 2;
    private static final int MIN_IMPERSONAL_QUESTIONS = 4;
    private static final Pattern Q_LABEL = Pattern.compile("(?:Q|Question|질문|문)\\s?[.:：]\\s");
    /** A question's other labels: a dash ("―…?") or the asker's name ("Korea Herald: …?", "◇ 나다온> …?"). */
    private static final Pattern ASKER_LABEL = Pattern.compile("[―—–-]|[^:：?]{2,30}[:：]\\s|[^<>?]{1,30}>");
    private static final Pattern ENDS_IN_QUESTION = Pattern.compile("[?？]$");
    private static final Pattern OPENS_QUOTE = Pattern.compile("^[\"“‘'(\\[]");
    private static final Pattern ADDRESSED = Pattern.compile("(?i)\\byou(?:r|rs|rself)?\\b");
    /** A Korean question in the polite speech an interviewer uses to the person across the table. */
    private static final Pattern ASKED_POLITELY = Pattern.compile("(?:요|니까)[?？]$");
    /** An honorific for the person asked near the end of the question ("하셨어요?", "계신가요?", "하실 건가요?"). */
    private static final Pattern HONORIFIC = Pattern.compile("[시셨세십실신][가-힣]{0,3}(?:\\s[가-힣]{1,3})?[?？]$");
    private static final Pattern HANGUL = Pattern.compile("[가-힣]");

    /** The indexes of the paragraphs that are an interview's unlabelled questions, none when the page is not one. */
    Set<Integer> find(List<String> paragraphs, Set<Integer> captions, Lang lang) {
        if (paragraphs.stream().map(Whitespace::normalize).anyMatch(p -> Q_LABEL.matcher(p).lookingAt()
                || ASKER_LABEL.matcher(p).lookingAt() && ENDS_IN_QUESTION.matcher(p).find())) {
            return Set.of();
        }
        List<Integer> found = new ArrayList<>();
        for (int i = 1; i + 1 < paragraphs.size(); i++) {
            String next = Whitespace.normalize(paragraphs.get(i + 1));
            if (!captions.contains(i) && !captions.contains(i + 1) && isUnlabelled(paragraphs.get(i), lang)
                    && !ENDS_IN_QUESTION.matcher(next).find() && SentenceEnd.endsSentence(next)
                    && ListItem.of(next).isEmpty()) {
                found.add(i);
            }
        }
        boolean addressed = found.stream().anyMatch(i -> lang == Lang.KO ? isAskedPolitely(paragraphs, i)
                : ADDRESSED.matcher(Whitespace.normalize(paragraphs.get(i))).find());
        return found.size() >= MIN_IMPERSONAL_QUESTIONS || found.size() >= MIN_QUESTIONS && addressed
                ? Set.copyOf(found) : Set.of();
    }

    /**
     * Whether a Korean question is put politely to someone: in polite speech, with an honorific for the person asked
     * ("어떠셨어요?", "계신가요?") or over an answer in quotes; a polite column asks the reader "…아닐까요?" and goes on.
     */
    private static boolean isAskedPolitely(List<String> paragraphs, int question) {
        String line = Whitespace.normalize(paragraphs.get(question));
        return ASKED_POLITELY.matcher(line).find() && (HONORIFIC.matcher(line).find()
                || OPENS_QUOTE.matcher(Whitespace.normalize(paragraphs.get(question + 1))).find());
    }

    /** Whether the paragraph is a question as an interviewer asks it: unquoted, short, in the page's language. */
    private static boolean isUnlabelled(String paragraph, Lang lang) {
        String line = Whitespace.normalize(paragraph);
        return line.length() <= MAX_LENGTH && ENDS_IN_QUESTION.matcher(line).find()
                && !OPENS_QUOTE.matcher(line).find() && HANGUL.matcher(line).find() == (lang == Lang.KO)
                && ListItem.of(line).isEmpty();
    }
}
