package dev.sinmun.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The box of machine-written points a Korean page prints above the article's text ("AI 요약", "핵심 요약",
 * Naver's "본문 요약봇" with its disclaimer and "닫기"): it repeats the article, so none of it is the article's text.
 */
final class KoreanSummaryBox {
    /** How many lines under the headline the box's label may stand. */
    private static final int LABEL_WITHIN = 12;
    /** Such boxes hold three points ("3줄 요약"); more lines are the article. */
    private static final int MAX_POINTS = 3;
    private static final int MAX_POINT = 150;

    private final PageChrome chrome;
    private final BylineReader bylines;

    KoreanSummaryBox(PageChrome chrome, BylineReader bylines) {
        this.chrome = chrome;
        this.bylines = bylines;
    }

    /**
     * The lines of the box among the blocks under the headline (its label, disclaimer, points and close button); none
     * when there is no label, or when a bare "요약" or "본문 요약봇" (also buttons' names) is followed by no disclaimer
     * or close button.
     */
    Set<Integer> lines(List<TextBlock> underTitle) {
        for (int i = 0; i < Math.min(LABEL_WITHIN, underTitle.size()); i++) {
            String label = Whitespace.normalize(underTitle.get(i).text());
            if (chrome.isKoreanSummaryLabel(label)) {
                return box(underTitle, i, !label.equals("요약") && !label.endsWith("봇"));
            }
        }
        return Set.of();
    }

    private Set<Integer> box(List<TextBlock> blocks, int label, boolean namedBox) {
        Set<Integer> lines = new HashSet<>(Set.of(blocks.get(label).line()));
        int points = 0;
        boolean closed = false;
        for (int i = label + 1; i < blocks.size() && !closed; i++) {
            String line = Whitespace.normalize(blocks.get(i).text());
            if (chrome.isKoreanSummaryDisclaimer(line) || chrome.isMachineSummaryNote(line)) {
                lines.add(blocks.get(i).line());
                closed = points > 0;
            } else if (chrome.isButton(line)) {
                lines.add(blocks.get(i).line());
                closed = points > 0;
            } else if (points < MAX_POINTS && line.length() <= MAX_POINT && bylines.readWireLead(line).isEmpty()
                    && bylines.read(line).isEmpty()) {
                lines.add(blocks.get(i).line());
                points++;
            } else {
                break;
            }
        }
        return points > 0 && (closed || namedBox) ? lines : Set.of();
    }
}
