package dev.sinmun.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A readers' poll a Korean page prints in or after the article ("투표", its question, its choices, "투표하기"): none
 * of it the article's text, wherever it stands.
 */
final class PollBox {
    /** "투표", "[투표] …?", "독자 투표", "설문조사": the poll's label, or its question with the label. */
    private static final Pattern LABEL = Pattern.compile("^(?:\\[?\\s?(?:독자\\s?)?(?:투표|설문|설문\\s?조사|폴)\\s?]?)"
            + "(?:\\s.{1,80})?$");
    /** "투표하기", "투표 참여", "결과 보기", "총 1,245명 참여": the poll's last line. */
    private static final Pattern END = Pattern.compile("^(?:투표\\s?(?:하기|참여(?:하기)?)|(?:투표\\s?)?결과\\s?보기"
            + "|총\\s?[\\d,]+\\s?명\\s?참여)$");
    /** How many lines a poll's question and choices fill. */
    private static final int MAX_LINES = 10;
    private static final int MAX_CHOICE = 80;

    /** The lines of every poll among the blocks: its label to its last button. */
    Set<Integer> lines(List<TextBlock> blocks) {
        Set<Integer> lines = new HashSet<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (!LABEL.matcher(Whitespace.normalize(blocks.get(i).text())).matches()) {
                continue;
            }
            for (int end = i + 1; end < Math.min(blocks.size(), i + MAX_LINES); end++) {
                String line = Whitespace.normalize(blocks.get(end).text());
                if (END.matcher(line).matches()) {
                    blocks.subList(i, end + 1).forEach(b -> lines.add(b.line()));
                    break;
                }
                if (line.length() > MAX_CHOICE) {
                    break;
                }
            }
        }
        return lines;
    }
}
