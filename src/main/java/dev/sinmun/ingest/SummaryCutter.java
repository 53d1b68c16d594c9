package dev.sinmun.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a lead paragraph to a summary of at most {@value #MAX_LENGTH} characters: at the last sentence end at or after
 * {@value #MIN_SENTENCE_CUT} characters, else at the last space followed by "…". Shorter text is kept whole. A wire
 * dateline opening the lead ("SEOUL, March 18 (Yonhap) --", "SEOUL, June 12 (AJP) -", "Seoul (AFP) –", "Seoul, South
 * Korea CNN —", "SEOUL --", "(서울=연합뉴스) 김지헌 기자 =", "【서울=뉴시스】김경록 기자 =", "[Outlet=Reporter Name]") or a
 * bracketed reporter tag ("[이데일리 김겨레 기자]") is left out, and so are an obituary's funeral details after its
 * news ("… 별세했다. 향년 87. 빈소는 …", "…씨 부친상 = 11일 …, 발인 …"): the survivors, the wake, the carrying out,
 * the burial and the number to call.
 */
public final class SummaryCutter {

    public static final int MAX_LENGTH = 300;
    public static final int MIN_SENTENCE_CUT = 100;
    private static final String ELLIPSIS = "…";
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "^(?:[(\\[【][^()\\[\\]【】=]{1,20}=(?:[^()\\[\\]【】]{1,12}|\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){1,3})"
                    + "[)\\]】]\\s*"
                    + "(?:(?:[가-힣]{2,4}\\s?(?:기자|특파원)?[\\s,·]+)*[가-힣]{2,4}\\s?(?:기자|특파원)"
                    + "\\s*=\\s*)?"
                    + "|\\[(?:[^\\[\\]()=]{1,25}\\s)?(?:[가-힣]{2,4}\\s?)+(?:기자|특파원)\\]\\s*"
                    + "|\\p{Lu}[\\p{L} .'-]{1,30}(?:,\\s*\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2})?\\s*"
                    + "\\((?:Yonhap|AP|AFP|Reuters|UPI|Xinhua|Kyodo|News1|Newsis)\\)\\s*(?:--|—|–|-)\\s*"
                    + "|\\p{Lu}[\\p{L} .'-]{1,30}(?:,\\s*\\p{Lu}[\\p{L} .'-]{1,25})?,\\s*\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2}\\s*"
                    + "\\(\\p{Lu}{2,8}\\)\\s*(?:--|—|–|-)\\s*"
                    + "|\\p{Lu}[\\p{L} .'-]{1,30},\\s*\\p{Lu}[\\p{L} .]{1,25}?\\s*"
                    + "(?:\\((?:AP|AFP|Reuters|Yonhap)\\)|CNN)"
                    + "\\s*(?:--|—|–)\\s*"
                    + "|\\p{Lu}{3,}(?:[ ,.'-]+\\p{Lu}{2,}){0,3}\\s*(?:--|—|–)\\s+)");
    private static final Pattern FUNERAL_DETAILS = Pattern.compile(
            "(?<=[.다])\\s+(?:(?:유족(?:으로는|은|으로)|빈소는|발인은|장지는|장례는|장례식은|상주는)\\s|☎|전화\\s?\\d).*$"
                    + "|(?<=별세|[가-힣]상)\\s?=\\s.*$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。]['\"’”)]*(?= )");
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}.]+)$");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt",
            "maj", "capt", "cmdr", "adm", "rep", "reps", "sen", "gov", "pres", "jr", "sr", "vs", "no", "nos", "co",
            "corp", "inc", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "e.g", "i.e", "etc", "approx", "vol", "p", "pp");

    /** The summary of a lead paragraph (null gives ""). */
    public String cut(String lead) {
        if (lead == null) {
            return "";
        }
        String text = WIRE_DATELINE.matcher(Whitespace.normalize(lead)).replaceFirst("");
        String news = FUNERAL_DETAILS.matcher(text).replaceFirst("");
        text = news.isBlank() ? text : news;
        if (text.length() <= MAX_LENGTH) {
            return text;
        }
        int sentenceEnd = lastSentenceEnd(text);
        if (sentenceEnd >= MIN_SENTENCE_CUT) {
            return text.substring(0, sentenceEnd);
        }
        int limit = MAX_LENGTH - ELLIPSIS.length();
        int space = text.lastIndexOf(' ', limit);
        String cut = space > 0 ? text.substring(0, space) : text.substring(0, limit);
        return cut.replaceAll("[\\s,;:—–-]+$", "") + ELLIPSIS;
    }

    private static int lastSentenceEnd(String text) {
        int best = -1;
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find() && m.end() <= MAX_LENGTH) {
            if (isSentenceEnd(text, m.start(), m.end())) {
                best = m.end();
            }
        }
        return best;
    }

    private static boolean isSentenceEnd(String text, int mark, int end) {
        if (text.charAt(mark) == '.') {
            Matcher word = WORD_BEFORE.matcher(text.substring(Math.max(0, mark - 20), mark));
            if (word.find()) {
                String w = word.group(1);
                if (ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT)) || w.matches("(\\p{Lu}\\.)*\\p{Lu}")) {
                    return false;
                }
            }
        }
        int next = end + 1;
        return next >= text.length() || !Character.isLowerCase(text.charAt(next));
    }
}
