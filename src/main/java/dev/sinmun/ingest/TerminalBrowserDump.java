package dev.sinmun.ingest;

import java.util.regex.Pattern;

/**
 * A page dumped by a terminal browser (`lynx -dump`, `w3m -dump` with its link list): every link numbered in the text
 * ("[12]기사 듣기") and the numbered addresses listed under "References" at the end. The numbers and the list are the
 * browser's, not the page's.
 */
final class TerminalBrowserDump {

    private static final Pattern REFERENCES = Pattern.compile("^\\s*(?:References|Visible links|참조)\\s*:?$");
    private static final Pattern REFERENCE = Pattern.compile("^\\s*\\d{1,4}\\.\\s+\\S+:\\S*$");
    private static final Pattern LINK_NUMBER = Pattern.compile("\\[\\d{1,4}]");
    private static final Pattern ROW_NUMBER = Pattern.compile("\\s*\\[\\d{1,4}]");
    private static final Pattern LINK_ROW = Pattern.compile("^\\s*\\[\\d{1,4}][^\\[]+(?:\\[\\d{1,4}][^\\[]+)+$");

    private TerminalBrowserDump() {
    }

    /**
     * The lines without the link numbers and the list of references, when the text ends in such a list (each line
     * left in place, emptied, so that line numbers stay); else the lines unchanged.
     */
    static String[] withoutLinkList(String[] lines) {
        int list = referencesStart(lines);
        if (list < 0) {
            return lines;
        }
        String[] cleaned = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            cleaned[i] = i >= list ? "" : withoutNumbers(lines[i]);
        }
        return cleaned;
    }

    /** A line of links only ("[12]기사 듣기 [13]공유하기") keeps them apart, as a row of buttons: "기사 듣기 | 공유하기". */
    private static String withoutNumbers(String line) {
        if (LINK_ROW.matcher(line).matches()) {
            return ROW_NUMBER.matcher(LINK_NUMBER.matcher(line.strip()).replaceFirst("")).replaceAll(" | ");
        }
        return LINK_NUMBER.matcher(line).replaceAll("");
    }

    private static int referencesStart(String[] lines) {
        for (int i = lines.length - 1; i >= 0; i--) {
            if (REFERENCES.matcher(lines[i]).matches()) {
                boolean listed = false;
                for (int j = i + 1; j < lines.length; j++) {
                    if (lines[j].isBlank()) {
                        continue;
                    }
                    if (!REFERENCE.matcher(lines[j]).matches()) {
                        return -1;
                    }
                    listed = true;
                }
                return listed ? i : -1;
            }
        }
        return -1;
    }
}
