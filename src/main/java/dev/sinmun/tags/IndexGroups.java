package dev.sinmun.tags;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import dev.sinmun.model.Lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An index's entries grouped for reading: by the first letter of the English name (A–Z; a person's family name,
 * "Antony Blinken" under B), or on the Korean side by the initial consonant of the Korean name (ㄱ–ㅎ; "도널드 트럼프"
 * under ㅌ), entries without a Korean name after them by letter.
 */
public final class IndexGroups {

    private static final String INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
    private static final String PLAIN = "ㄱㄱㄴㄷㄷㄹㅁㅂㅂㅅㅅㅇㅈㅈㅊㅋㅌㅍㅎ";

    private IndexGroups() {
    }

    public static List<IndexGroup> of(List<TagEntry> entries, Lang lang) {
        Collator collator = Collator.getInstance(new ULocale(lang.code()));
        List<TagEntry> sorted = entries.stream()
                .sorted(Comparator.comparing((TagEntry e) -> groupRank(e, lang))
                        .thenComparing(e -> name(e, lang), collator::compare)
                        .thenComparing(TagEntry::id))
                .toList();
        Map<String, List<TagEntry>> groups = new LinkedHashMap<>();
        for (TagEntry e : sorted) {
            groups.computeIfAbsent(label(e, lang), k -> new ArrayList<>()).add(e);
        }
        List<IndexGroup> result = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, List<TagEntry>> g : groups.entrySet()) {
            result.add(new IndexGroup(g.getKey(), "g" + (++i), g.getValue()));
        }
        return List.copyOf(result);
    }

    /** The name the entry is sorted and grouped by: a person's name family name first, in English and in Hangul. */
    private static String name(TagEntry e, Lang lang) {
        String n = e.name().in(lang);
        if (n == null) {
            return e.id();
        }
        if (!e.kind().equals(TagEntry.PEOPLE)) {
            return n;
        }
        return n.equals(e.name().en()) ? PersonNames.familyFirst(n, e.name().ko())
                : PersonNames.hangulFamilyFirst(n, e.name().en());
    }

    /** Hangul groups first on the Korean side, then letters, then the rest. */
    private static int groupRank(TagEntry e, Lang lang) {
        String label = label(e, lang);
        if (INITIALS.contains(label)) {
            return 0;
        }
        return label.equals("#") ? 2 : 1;
    }

    static String label(TagEntry e, Lang lang) {
        String n = name(e, lang).strip();
        if (n.isEmpty()) {
            return "#";
        }
        char c = n.charAt(0);
        if (c >= '가' && c <= '힣') {
            return String.valueOf(PLAIN.charAt((c - '가') / (21 * 28)));
        }
        String letter = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD)
                .substring(0, 1).toUpperCase(Locale.ROOT);
        return letter.charAt(0) >= 'A' && letter.charAt(0) <= 'Z' ? letter : "#";
    }
}
