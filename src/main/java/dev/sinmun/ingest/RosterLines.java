package dev.sinmun.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The roster a Korean page prints as marked lines (인사, 부고, results): a heading ("◇기획재정부", "◆외교부 ▶국장급")
 * or a rank's label ("<국장급>") over its entries ("▽예산실장 김명수 ▽세제실장 박정훈"). Each heading stays a line of
 * its own, its entries become a list, so that a heading is not read as one more entry.
 */
final class RosterLines {

    /** One line of a roster: its heading or label (null when there is none) and its entries. */
    record Line(String heading, List<String> entries) {
    }

    private static final Pattern HEADING = Pattern.compile("^[◇◆]\\s*\\S.*$");
    private static final Pattern LABEL = Pattern.compile("^[<〈《\\[][^>〉》\\]]{1,12}[>〉》\\]]\\s*(?=[△▽▲▷])");
    private static final Pattern ENTRY = Pattern.compile("^[△▽▲▷]");
    private static final Pattern ENTRY_MARK = Pattern.compile("\\s*[△▽▲▷]\\s*");
    private static final int MAX_HEADING = 40;
    /** The marks around a heading or label, no part of its words. */
    private static final Pattern HEADING_MARKS = Pattern.compile("[◇◆▶<>〈〉《》\\[\\]]");

    private RosterLines() {
    }

    /** The paragraphs (by index) that are roster lines; captions never are. */
    static Map<Integer, Line> find(List<String> paragraphs, Set<Integer> captions) {
        Map<Integer, Line> found = new HashMap<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String line = Whitespace.normalize(paragraphs.get(i));
            if (captions.contains(i)) {
                continue;
            }
            String next = i + 1 < paragraphs.size() && !captions.contains(i + 1)
                    ? Whitespace.normalize(paragraphs.get(i + 1)) : "";
            Line read = read(line, found.containsKey(i - 1), startsEntries(next));
            if (read != null) {
                found.put(i, read);
            }
        }
        return found;
    }

    private static Line read(String line, boolean afterRoster, boolean overEntries) {
        if (HEADING.matcher(line).matches()) {
            Matcher entry = ENTRY_MARK.matcher(line);
            int cut = entry.find() ? entry.start() : line.length();
            String heading = line.substring(0, cut).strip();
            boolean isHeading = heading.length() <= MAX_HEADING && !SentenceEnd.endsSentence(heading)
                    && !heading.contains(">");
            if (isHeading && (cut < line.length() || overEntries)) {
                return new Line(heading, entries(line.substring(cut)));
            }
            return null;
        }
        Matcher label = LABEL.matcher(line);
        if (label.lookingAt()) {
            return new Line(line.substring(0, label.end()).strip(), entries(line.substring(label.end())));
        }
        if (ENTRY.matcher(line).find()) {
            List<String> entries = entries(line);
            return afterRoster || entries.size() > 1 ? new Line(null, entries) : null;
        }
        return null;
    }

    /**
     * The roster's first entry under its heading and label, as a line that reads without the marks ("기획재정부
     * 국장급: 예산실장 김명수"), or empty when no line has an entry.
     */
    static Optional<String> firstEntry(Map<Integer, Line> roster) {
        Optional<Integer> first = roster.keySet().stream().sorted()
                .filter(i -> !roster.get(i).entries().isEmpty()).findFirst();
        if (first.isEmpty()) {
            return Optional.empty();
        }
        int i = first.get();
        Line above = roster.get(i - 1);
        String headings = (above != null && above.entries().isEmpty() ? above.heading() + " " : "")
                + (roster.get(i).heading() == null ? "" : roster.get(i).heading());
        String heading = Whitespace.normalize(HEADING_MARKS.matcher(headings).replaceAll(" ")).strip();
        String entry = roster.get(i).entries().get(0);
        return Optional.of(heading.isEmpty() ? entry : heading + ": " + entry);
    }

    private static boolean startsEntries(String line) {
        return ENTRY.matcher(line).find() || LABEL.matcher(line).lookingAt();
    }

    private static List<String> entries(String marked) {
        List<String> entries = new ArrayList<>();
        for (String entry : ENTRY_MARK.split(marked)) {
            if (!entry.isBlank()) {
                entries.add(entry.strip());
            }
        }
        return entries;
    }
}
