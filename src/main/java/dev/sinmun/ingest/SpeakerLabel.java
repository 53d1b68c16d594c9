package dev.sinmun.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Korean broadcast's label naming the person interviewed, as MBC, SBS and YTN print it: on a line of its own above
 * what they say ("[정수진/직장인]", "[인터뷰] 이재갑 한림대 교수") or around it ("[박영숙/서울 마포구 : 너무 더워요.]").
 * The archive shows who speaks before their words, "정수진(직장인): …", as an English transcript's "Name, job: …".
 */
final class SpeakerLabel {

    private static final String NAME = "[가-힣]{2,4}|[가-힣A-Za-z]{2,12}\\s[가-힣A-Za-z]{2,12}";
    /** "[정수진/직장인]", "[김민성 / 경기 고양시]", "◀ 정철진/경제평론가 ▶": group 1 the name, group 2 who they are. */
    private static final Pattern ALONE = Pattern.compile(
            "^(?:\\[|◀\\s?)(" + NAME + ")\\s?/\\s?([^\\[\\]:/◀▶]{1,30}?)(?:]|\\s?▶)$");
    /**
     * "◀ 서태준 국민의힘 원내대표 ▶": MBC's label with the name and who they are parted by a space, not a slash; group 1
     * the name, group 2 who they are.
     */
    private static final Pattern ARROWED = Pattern.compile(
            "^◀\\s?([가-힣]{2,4})\\s([가-힣A-Za-z0-9·]+(?:\\s[가-힣A-Za-z0-9·]+){0,5})\\s?▶$");
    /** What MBC's arrows also hold that is no one's name: "◀ 기자 스탠드업 ▶", "◀ 현장음 ▶". */
    private static final Pattern TRANSCRIPT_WORD = Pattern.compile(
            "앵커|리포트|기자|인터뷰|현장음|현장|녹취|싱크|자막|영상|화면|스탠드업|브릿지|멘트|효과음|음성|전화|통화");
    /** MBC's arrows around a guest's label: what they say under it is not quoted. */
    private static final Pattern ARROWS = Pattern.compile("^◀.*▶$");
    /** "[인터뷰] 이재갑 한림대 감염내과 교수", "<인터뷰> 이재갑 교수": the label, then the name and who they are. */
    private static final Pattern INTERVIEW = Pattern.compile(
            "^[\\[<]\\s?인터뷰\\s?[\\]>]\\s?([가-힣]{2,4})(?:\\s?/\\s?([^\\[\\]<>:/]{1,30})|\\s([^\\[\\]<>:/]{1,30}))?$");
    /** KBS's "<인터뷰> 김선빈 : “…”", "<인터뷰> 한다솜(도로과장) : “…”": the label, who speaks and their words. */
    private static final Pattern INTERVIEW_INLINE = Pattern.compile(
            "^[\\[<]\\s?인터뷰\\s?[\\]>]\\s?([가-힣]{2,4}(?:\\s?\\([^()]{1,30}\\))?)\\s?[:：]\\s?(\\S.*)$");
    /** What a label stands over: a quotation, as the words said under it are printed. */
    private static final Pattern QUOTED = Pattern.compile("^[\"“‘']");
    /** "[박영숙/서울 마포구 : 너무 더워서 …]": the name, who they are and what they say in one bracket. */
    private static final Pattern AROUND = Pattern.compile(
            "^\\[(" + NAME + ")\\s?/\\s?([^\\[\\]:/]{1,30}?)\\s?[:：]\\s?(\\S.*)]$");

    /**
     * KBS English's "[Soundbite] (Hotel Manager) : \"…\"", "[Soundbite] Kim Min-ji (Seoul Resident) : \"…\"": group 1 the
     * name if given, group 2 who they are, group 3 their words.
     */
    private static final Pattern SOUNDBITE = Pattern.compile(
            "^\\[(?i:sound ?bite|sot|interview)]\\s?([^()\\[\\]:]{2,40}?)?\\s?\\(([^()\\[\\]:]{2,40})\\)\\s?[:：]\\s?(\\S.*)$");

    /** KBS's older transcripts mark each turn with "⊙": "⊙앵커: …", "⊙기자: …", "⊙양상문(롯데 감독): …". */
    private static final Pattern CIRCLED = Pattern.compile("^⊙\\s?([^:：]{2,40}?)\\s?[:：]\\s?(\\S.*)$");
    private static final Pattern CIRCLED_ROLE = Pattern.compile("앵커|기자|리포트");

    private SpeakerLabel() {
    }

    /**
     * A line of a transcript whose turns are marked "⊙": the role's turn as its mark and its words ("⊙기자: …" →
     * "[기자]", "…"), another speaker's as "Name: …" ("⊙양상문(롯데 감독): …"); any other line as it is.
     */
    static List<String> circledTurn(String line) {
        Matcher m = CIRCLED.matcher(line);
        if (!m.matches()) {
            return List.of(line);
        }
        return CIRCLED_ROLE.matcher(m.group(1)).matches() ? List.of("[" + m.group(1) + "]", m.group(2))
                : List.of(m.group(1) + ": " + m.group(2));
    }

    /** Who speaks next, "정수진(직장인)", "이재갑 한림대 감염내과 교수", when the paragraph is a label alone; else empty. */
    static Optional<String> alone(String paragraph) {
        String s = Whitespace.normalize(paragraph);
        Matcher m = ALONE.matcher(s);
        if (m.matches()) {
            return Optional.of(m.group(1) + "(" + m.group(2).strip() + ")");
        }
        Matcher arrowed = ARROWED.matcher(s);
        if (arrowed.matches() && !TRANSCRIPT_WORD.matcher(arrowed.group(1)).matches()) {
            return Optional.of(arrowed.group(1) + " " + arrowed.group(2));
        }
        Matcher interview = INTERVIEW.matcher(s);
        if (!interview.matches()) {
            return Optional.empty();
        }
        return Optional.of(interview.group(2) != null ? interview.group(1) + "(" + interview.group(2).strip() + ")"
                : interview.group(3) != null ? interview.group(1) + " " + interview.group(3).strip() : interview.group(1));
    }

    /**
     * Whether the paragraph is what the label alone above it stands over: a quotation ("\"사과 하나에 …\""), or any
     * words under a label in arrows ("◀ 정철진/경제평론가 ▶"), as studio guests' answers are printed.
     */
    static boolean standsOver(String label, String paragraph) {
        return QUOTED.matcher(Whitespace.normalize(paragraph)).lookingAt()
                || ARROWS.matcher(Whitespace.normalize(label)).matches() && alone(paragraph).isEmpty()
                        && !BylineReader.ROLE_MARK.matcher(Whitespace.normalize(paragraph)).matches();
    }

    /**
     * "[박영숙/서울 마포구 : 너무 더워요.]" → "박영숙(서울 마포구): 너무 더워요.", "<인터뷰> 김선빈 : “…”" → "김선빈: “…”",
     * "[Soundbite] (Hotel Manager) : \"…\"" → "Hotel Manager: \"…\"", or the paragraph as it is.
     */
    static String around(String paragraph) {
        Matcher m = AROUND.matcher(Whitespace.normalize(paragraph));
        if (m.matches()) {
            return m.group(1) + "(" + m.group(2).strip() + "): " + m.group(3).strip();
        }
        Matcher interview = INTERVIEW_INLINE.matcher(Whitespace.normalize(paragraph));
        if (interview.matches()) {
            return interview.group(1) + ": " + interview.group(2);
        }
        Matcher soundbite = SOUNDBITE.matcher(Whitespace.normalize(paragraph));
        return !soundbite.matches() ? paragraph : soundbite.group(1) == null
                ? soundbite.group(2).strip() + ": " + soundbite.group(3).strip()
                : soundbite.group(1).strip() + " (" + soundbite.group(2).strip() + "): " + soundbite.group(3).strip();
    }
}
