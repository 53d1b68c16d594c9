package dev.sinmun.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    /** The points of a box labelled only "요약" are short; a longer line is the article's. */
    private static final int MAX_BARE_POINT = 80;
    private static final Pattern WORD = Pattern.compile("[가-힣A-Za-z0-9]{2,}");
    private static final int MIN_REPEATED_PERCENT = 60;

    private final PageChrome chrome;
    private final BylineReader bylines;

    KoreanSummaryBox(PageChrome chrome, BylineReader bylines) {
        this.chrome = chrome;
        this.bylines = bylines;
    }

    /**
     * The lines of the box among the blocks under the headline (its label, disclaimer, points and close button); none
     * when there is no label, or when a bare "요약" or "본문 요약봇" (also buttons' names) is followed by no disclaimer
     * or close button and by no short points the text under them repeats.
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
        List<String> points = new ArrayList<>();
        boolean closed = false;
        int end = label + 1;
        for (int i = label + 1; i < blocks.size() && !closed; i++, end = i) {
            String line = Whitespace.normalize(blocks.get(i).text());
            if (chrome.isKoreanSummaryDisclaimer(line) || chrome.isMachineSummaryNote(line)) {
                lines.add(blocks.get(i).line());
                closed = !points.isEmpty();
            } else if (chrome.isButton(line)) {
                lines.add(blocks.get(i).line());
                closed = !points.isEmpty();
            } else if (points.size() < MAX_POINTS && line.length() <= MAX_POINT && bylines.readWireLead(line).isEmpty()
                    && bylines.read(line).isEmpty()) {
                lines.add(blocks.get(i).line());
                points.add(line);
            } else {
                break;
            }
        }
        boolean box = closed || namedBox || points.size() > 1 && repeatsText(points, blocks.subList(end, blocks.size()));
        return !points.isEmpty() && box ? lines : Set.of();
    }

    /**
     * Whether a bare label's points are a box after all: short lines whose words the text under them repeats (most
     * of them), as a summary's do; the opening paragraphs of the article itself are longer and say new things.
     */
    private static boolean repeatsText(List<String> points, List<TextBlock> below) {
        StringBuilder rest = new StringBuilder();
        below.forEach(b -> rest.append(b.text()).append('\n'));
        int words = 0;
        int repeated = 0;
        for (String point : points) {
            if (point.length() > MAX_BARE_POINT) {
                return false;
            }
            Matcher word = WORD.matcher(point);
            // a word of three letters or more is repeated when the text has it without its last (a Korean ending)
            while (word.find()) {
                words++;
                String stem = word.group().length() > 2 ? word.group().substring(0, word.group().length() - 1) : word.group();
                repeated += rest.indexOf(stem) >= 0 ? 1 : 0;
            }
        }
        return words > 0 && repeated >= words * MIN_REPEATED_PERCENT / 100;
    }
}
