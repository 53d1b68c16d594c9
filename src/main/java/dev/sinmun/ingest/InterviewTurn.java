package dev.sinmun.ingest;

import java.util.regex.Pattern;

/**
 * A paragraph of a Q&A page: a question ("Q. 서부지법 난동 사태를 어떻게 보나?", or any paragraph that is one question)
 * is never an article's summary; the answer under it is, without its label ("A. ").
 */
final class InterviewTurn {

    private static final Pattern QUESTION = Pattern.compile("^(?:Q\\s?[.:]|질문\\s?[.:]?)\\s|^[^.!?]*[?？]['\"’”)]*$");
    private static final Pattern ANSWER_LABEL = Pattern.compile("^(?:A\\s?[.:]|답\\s?[.:])\\s+");

    private InterviewTurn() {
    }

    /** Whether the paragraph is a question: labelled "Q." or "질문", or a single sentence ending in "?". */
    static boolean isQuestion(String paragraph) {
        return QUESTION.matcher(Whitespace.normalize(paragraph)).find();
    }

    /** The paragraph without an answer's label ("A. …", "답: …") when the paragraph above it is a question. */
    static String answer(String paragraph, String above) {
        return above != null && isQuestion(above) ? ANSWER_LABEL.matcher(paragraph).replaceFirst("") : paragraph;
    }
}
