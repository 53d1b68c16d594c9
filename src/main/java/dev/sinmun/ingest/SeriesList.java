package dev.sinmun.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The list of a series' parts a Korean page prints with a part of it ("[기획] 청년 고립 보고서 시리즈 목록", then
 * "① …", "② …"): other articles' headlines, not this article's text.
 */
final class SeriesList {
    /** "저출산 20년 시리즈", "[기획] … 시리즈 목록", "연재 목록", "이 기사는 … 연재입니다" is not one. */
    private static final Pattern LABEL = Pattern.compile("^.{0,40}(?:시리즈|연재)(?:\\s?(?:목록|기사|보기|전체\\s?보기))?$");
    /** A part: "①380조 쏟고도 출산율 0.72명", "<2> 방 안에 갇힌 34만 명", "1회 …". */
    private static final Pattern PART = Pattern.compile("^(?:[①-⑳]|[<〈(]\\d{1,2}[>〉)]|\\d{1,2}\\s?(?:회|편|부)\\s).{1,80}$");
    private static final int MIN_PARTS = 2;

    /** The lines of every such list (its label and parts) among the blocks. */
    Set<Integer> lines(List<TextBlock> blocks) {
        Set<Integer> lines = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (!LABEL.matcher(Whitespace.normalize(blocks.get(i).text())).matches()) {
                continue;
            }
            int end = i + 1;
            while (end < blocks.size() && PART.matcher(Whitespace.normalize(blocks.get(end).text())).matches()) {
                end++;
            }
            if (end - i - 1 >= MIN_PARTS) {
                blocks.subList(i, end).forEach(b -> lines.add(b.line()));
            }
        }
        return lines;
    }
}
