package dev.sinmun.tags;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The roles articles give one person, with each role's wordings told as one: "HYBE chairman", "Hybe Chairman" and
 * "chairman of HYBE" are one role, and a bare "Chairman" joins the fuller role of its time. Words that make another
 * post of the same title ("former", "vice", "acting", 전, 부) keep roles apart: "Prime Minister" is not "Minister".
 */
final class RoleWordings {

    /** One article's wording of the role, and when the article was posted. */
    record Said(String role, OffsetDateTime posted) {
    }

    private static final Set<String> OTHER_POST_WORDS = Set.of("former", "ex", "then", "late", "acting", "interim",
            "vice", "deputy", "first", "second", "third", "senior", "junior", "assistant", "associate", "co",
            "executive", "honorary", "outgoing", "incoming", "prime", "under", "chief", "presiding", "principal",
            "permanent", "special", "elect", "emeritus", "전", "前", "현", "부", "수석", "초대", "신임", "차기", "직무대행",
            "권한대행", "대행", "명예");
    private static final Pattern OF = Pattern.compile("^(.+?) of (?:the )?(.+)$");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s,]+");

    private RoleWordings() {
    }

    /** The spans of each distinct role, newest first, each written as its articles most often word it. */
    static List<RoleSpan> spans(List<Said> said) {
        Map<String, Key> keyOf = new LinkedHashMap<>();
        for (Said s : said) {
            keyOf.computeIfAbsent(s.role(), Key::of);
        }
        List<Key> written = List.copyOf(keyOf.values());
        Map<String, Key> spelt = new HashMap<>();
        keyOf.forEach((role, key) -> spelt.put(role, key.spelledOut(written)));
        Map<Key, List<Said>> groups = new LinkedHashMap<>();
        for (Said s : said) {
            groups.computeIfAbsent(spelt.get(s.role()), k -> new ArrayList<>()).add(s);
        }
        Map<Key, RoleSpan> groupSpans = new HashMap<>();
        groups.forEach((key, own) -> groupSpans.put(key, span("", own)));
        Map<Key, List<Said>> joined = new LinkedHashMap<>();
        Map<Key, List<Key>> fullerOf = new HashMap<>();
        groups.forEach((key, own) -> {
            List<Key> fuller = fuller(key, groups.keySet());
            fullerOf.put(key, fuller);
            if (fuller.isEmpty()) {
                joined.put(key, new ArrayList<>(own));
            }
        });
        groups.forEach((key, own) -> {
            List<Key> fuller = fullerOf.get(key);
            if (!fuller.isEmpty()) {
                for (Said s : own) {
                    joined.get(nearest(s.posted(), fuller, groupSpans)).add(s);
                }
            }
        });
        List<RoleSpan> spans = new ArrayList<>();
        joined.forEach((key, all) -> spans.add(span(wording(groups.get(key)), all)));
        spans.sort((a, b) -> b.last().compareTo(a.last()));
        return List.copyOf(spans);
    }

    private static List<Key> fuller(Key key, Set<Key> keys) {
        return keys.stream().filter(other -> key.isPartOf(other) && fuller(other, keys).isEmpty()).toList();
    }

    private static Key nearest(OffsetDateTime posted, List<Key> candidates, Map<Key, RoleSpan> spans) {
        Key best = null;
        long bestDistance = Long.MAX_VALUE;
        for (Key candidate : candidates) {
            long distance = distance(posted, spans.get(candidate));
            if (distance < bestDistance
                    || distance == bestDistance && spans.get(candidate).articles() > spans.get(best).articles()) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static long distance(OffsetDateTime posted, RoleSpan span) {
        if (!posted.isBefore(span.first()) && !posted.isAfter(span.last())) {
            return 0;
        }
        return Math.min(Duration.between(posted, span.first()).abs().toMinutes(),
                Duration.between(posted, span.last()).abs().toMinutes());
    }

    private static String wording(List<Said> own) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        own.forEach(s -> counts.merge(s.role(), 1, Integer::sum));
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static RoleSpan span(String role, List<Said> all) {
        OffsetDateTime first = null;
        OffsetDateTime last = null;
        for (Said s : all) {
            first = first == null || s.posted().isBefore(first) ? s.posted() : first;
            last = last == null || s.posted().isAfter(last) ? s.posted() : last;
        }
        return new RoleSpan(role, first, last, all.size());
    }

    /**
     * A role's words in lower case, its head (last word) apart, the others in any order; {@code order} keeps them as
     * written and {@code acronyms} those written in capitals ("DPK").
     */
    private record Key(String head, List<String> qualifiers, List<String> order, Set<String> acronyms) {

        static Key of(String role) {
            String text = role.toLowerCase(Locale.ROOT).replace("united nations", "un").replace("united states", "us")
                    .replace(".", "").replace("defence", "defense").replace("advisor", "adviser")
                    .replaceAll("\\bex-", "ex ").strip();
            var of = OF.matcher(text);
            if (of.matches() && EnglishLexicon.isHead(lastWord(of.group(1))) && !EnglishLexicon.isHead(
                    lastWord(of.group(2)))) {
                text = of.group(2) + " " + of.group(1);
            }
            List<String> words = new ArrayList<>(Arrays.asList(WORD_BREAK.split(text)));
            words.removeIf(w -> w.isEmpty() || w.equals("the"));
            if (words.isEmpty()) {
                return new Key(text, List.of(), List.of(), Set.of());
            }
            String head = words.remove(words.size() - 1);
            List<String> order = List.copyOf(words);
            words.sort(null);
            Set<String> acronyms = new HashSet<>();
            for (String w : WORD_BREAK.split(role.replace(".", ""))) {
                if (ACRONYM.matcher(w).matches()) {
                    acronyms.add(w.toLowerCase(Locale.ROOT));
                }
            }
            return new Key(head, List.copyOf(words), order, Set.copyOf(acronyms));
        }

        /**
         * This role with each acronym spelt out as another wording of the same head writes it ("DPK chairman" by
         * "Democratic Party of Korea chairman"), so both count as one role; else this role.
         */
        Key spelledOut(List<Key> others) {
            List<String> words = new ArrayList<>(order);
            boolean changed = false;
            for (String acronym : acronyms) {
                int at = words.indexOf(acronym);
                List<String> spelt = at < 0 ? null : others.stream().filter(o -> o.head.equals(head))
                        .map(o -> o.spelling(acronym)).filter(w -> w != null).findFirst().orElse(null);
                if (spelt != null) {
                    words.remove(at);
                    words.addAll(at, spelt);
                    changed = true;
                }
            }
            if (!changed) {
                return this;
            }
            List<String> sorted = new ArrayList<>(words);
            sorted.sort(null);
            return new Key(head, List.copyOf(sorted), List.copyOf(words), Set.of());
        }

        /** The run of this role's words whose initials spell {@code acronym}, "of" and "and" skipped; or null. */
        private List<String> spelling(String acronym) {
            for (int from = 0; from < order.size(); from++) {
                int letter = 0;
                for (int k = from; k < order.size() && letter < acronym.length(); k++) {
                    String w = order.get(k);
                    if (k > from && (w.equals("of") || w.equals("and"))) {
                        continue;
                    }
                    if (w.charAt(0) != acronym.charAt(letter)) {
                        break;
                    }
                    if (++letter == acronym.length()) {
                        return order.subList(from, k + 1).size() > 1 ? order.subList(from, k + 1) : null;
                    }
                }
            }
            return null;
        }

        /** Roles are one when their head and qualifiers are, however ordered or capitalised. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && head.equals(other.head) && qualifiers.equals(other.qualifiers);
        }

        @Override
        public int hashCode() {
            return Objects.hash(head, qualifiers);
        }

        private static String lastWord(String text) {
            return text.substring(text.lastIndexOf(' ') + 1);
        }

        /** Whether {@code other} is this role with more qualifiers, none of which makes it another post. */
        boolean isPartOf(Key other) {
            if (!head.equals(other.head) || qualifiers.size() >= other.qualifiers.size()) {
                return false;
            }
            Map<String, Integer> extra = new HashMap<>();
            other.qualifiers.forEach(w -> extra.merge(w, 1, Integer::sum));
            for (String w : qualifiers) {
                if (extra.merge(w, -1, Integer::sum) < 0) {
                    return false;
                }
            }
            return extra.entrySet().stream().noneMatch(e -> e.getValue() > 0 && OTHER_POST_WORDS.contains(e.getKey()));
        }
    }
}
