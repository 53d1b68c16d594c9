package dev.sinmun.tags;

import com.ibm.icu.text.Transliterator;
import dev.sinmun.ingest.KoreanRomanizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** How person names fold into match keys, surnames and ids. */
final class PersonNames {

    private static final Set<String> SUFFIXES = Set.of("Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV");
    /** Words that belong to the family name after them ("Carlos Del Toro", "Ursula von der Leyen"). */
    private static final Set<String> FAMILY_PARTICLES = Set.of("al", "bin", "da", "das", "de", "del", "della", "der",
            "di", "dos", "du", "ibn", "la", "le", "ter", "van", "von");
    private static final Set<String> COMPOUND_KO_SURNAMES = Set.of("남궁", "선우", "제갈", "황보", "독고", "사공", "서문");

    private final Transliterator latin = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private final KoreanRomanizer korean = new KoreanRomanizer();

    /** Case, hyphens and spaces folded away: "Kim Jong-un", "Kim Jong Un" and "Kim Jongun" share one key. */
    static String key(List<Token> tokens) {
        StringBuilder key = new StringBuilder();
        for (Token t : tokens) {
            t.base().codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase)
                    .forEach(key::appendCodePoint);
        }
        return key.toString();
    }

    static String key(String name) {
        return key(Token.split(ArticleText.normalise(name)));
    }

    /** The family name of an English-script name: first word of a Korean-style or Chinese name, last word otherwise. */
    static String englishSurname(String name, String country) {
        List<Token> tokens = Token.split(ArticleText.normalise(name)).stream()
                .filter(t -> !SUFFIXES.contains(t.base())).toList();
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return tokens.get(0).base();
        }
        String first = tokens.get(0).base();
        if ("CN".equalsIgnoreCase(country)) {
            return first;
        }
        boolean koreanCountry = "KR".equalsIgnoreCase(country) || "KP".equalsIgnoreCase(country);
        boolean foreignCountry = country != null && !koreanCountry;
        if (!foreignCountry && EnglishLexicon.KOREAN_SURNAMES.contains(first)
                && (koreanCountry || looksKoreanGiven(tokens.subList(1, tokens.size())))) {
            return first;
        }
        return tokens.get(tokens.size() - 1).base();
    }

    /**
     * A person's English name as an index sorts it, family name first ("Antony Blinken" → "Blinken Antony", "Ursula
     * von der Leyen" → "von der Leyen Ursula"); names already written family first stay as they are: one Hangul
     * word beside them ("Xi Jinping", 시진핑), a Korean surname with a Korean given name, or a single word.
     */
    static String familyFirst(String en, String ko) {
        String[] words = en.strip().split("\\s+");
        if (words.length < 2 || isOneHangulWord(ko)) {
            return en;
        }
        int end = words.length;
        while (end > 1 && SUFFIXES.contains(words[end - 1])) {
            end--;
        }
        String surname = englishSurname(en, null);
        if (end < 2 || surname == null || !words[end - 1].startsWith(surname)
                || !Character.isLetter(words[end - 1].codePointAt(0))) {
            return en;
        }
        int start = end - 1;
        while (start > 1 && FAMILY_PARTICLES.contains(words[start - 1].toLowerCase(Locale.ROOT))) {
            start--;
        }
        List<String> reordered = new ArrayList<>(List.of(words).subList(start, end));
        reordered.addAll(List.of(words).subList(0, start));
        reordered.addAll(List.of(words).subList(end, words.length));
        return String.join(" ", reordered);
    }

    /**
     * A person's Hangul name as a Korean index sorts it, family name first: a Western name written given name first
     * ("도널드 트럼프" for "Donald Trump" → "트럼프 도널드"); Korean, Chinese and Japanese names ("이시바 시게루" for
     * "Shigeru Ishiba") are written family first already and stay.
     */
    static String hangulFamilyFirst(String ko, String en) {
        String[] words = ko.strip().split("\\s+");
        if (words.length < 2 || en == null || familyFirst(en, ko).equals(en)) {
            return ko;
        }
        String japanese = JapaneseNames.romanize(words[0]);
        if (japanese != null && japanese.equalsIgnoreCase(englishSurname(en, null))) {
            return ko;
        }
        List<String> reordered = new ArrayList<>(List.of(words[words.length - 1]));
        reordered.addAll(List.of(words).subList(0, words.length - 1));
        return String.join(" ", reordered);
    }

    private static boolean isOneHangulWord(String ko) {
        return ko != null && ko.length() >= 2 && ko.strip().chars().allMatch(KoreanLexicon::isHangul);
    }

    private static boolean looksKoreanGiven(List<Token> given) {
        if (given.size() == 1) {
            return EnglishLexicon.isHyphenatedGivenName(given.get(0).base());
        }
        return given.size() == 2 && given.stream().allMatch(t -> EnglishLexicon.isKoreanSyllable(t.base()));
    }

    /** The family name of a Hangul name of a Korean ("최종건" → "최"), or null for other names. */
    static String koreanSurname(String name) {
        if (name == null || !name.chars().allMatch(KoreanLexicon::isHangul)) {
            return null;
        }
        if (name.length() == 4 && COMPOUND_KO_SURNAMES.contains(name.substring(0, 2))) {
            return name.substring(0, 2);
        }
        return name.length() == 3 ? name.substring(0, 1) : null;
    }

    /**
     * The family name in the Hangul spelling of a foreign name written in words: the first word for Japanese and
     * Chinese names ("아베 신조" → "아베"), the last otherwise ("스티븐 비건" → "비건"); null for other names.
     */
    static String foreignFamilyName(String name, String country) {
        if (name == null || !name.contains(" ")) {
            return null;
        }
        String[] words = name.strip().split("\\s+");
        boolean familyFirst = "JP".equalsIgnoreCase(country) || "CN".equalsIgnoreCase(country)
                || "KR".equalsIgnoreCase(country) || "KP".equalsIgnoreCase(country);
        String family = familyFirst ? words[0] : words[words.length - 1];
        return family.length() >= 2 && family.chars().allMatch(KoreanLexicon::isHangul) ? family : null;
    }

    static Set<String> surnames(RegistryPerson person) {
        Set<String> surnames = new LinkedHashSet<>();
        for (String name : person.enNames()) {
            String surname = englishSurname(name, person.country());
            if (surname != null) {
                surnames.add(surname);
            }
        }
        for (String name : person.koNames()) {
            String surname = koreanSurname(name);
            if (surname != null) {
                surnames.add(surname);
            }
            String family = foreignFamilyName(name, person.country());
            if (family != null) {
                surnames.add(family);
            }
        }
        return Set.copyOf(surnames);
    }

    /** A URL slug of an English name: "Kim Jong Un" → "kim-jong-un". */
    synchronized String slug(String name) {
        String ascii = latin.transliterate(name).toLowerCase(Locale.ROOT);
        return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /**
     * The English form of a Hangul name that looks like a Korean personal name, as Korean newspapers' English
     * editions write it ("신원식" → "Shin Won-sik"; the North's 리 as "Ri": "리창호" → "Ri Chang-ho"); null for
     * other names ("푸틴", "마크롱").
     */
    String koreanEnglishName(String name) {
        if (name.length() == 3 && name.startsWith("리")) {
            String english = korean.personalName("이" + name.substring(1));
            return english.startsWith("Lee ") ? "Ri " + english.substring(4) : null;
        }
        String english = korean.personalName(name);
        return english.isEmpty() ? null : english;
    }

    /**
     * An id for a Hangul-only name: the slug of its English form for a Korean name ("신원식" → "shin-won-sik", the
     * id the English side gives the same person), else each word romanised syllable by syllable and written as one,
     * its last consonant as it sounds ("푸틴" → "putin", "마츠 말름" → "macheu-malleum", "스테파닉" → "seutepanik").
     */
    synchronized String koreanId(String name) {
        String english = koreanEnglishName(name);
        if (english != null) {
            return slug(english);
        }
        return Arrays.stream(name.split("\\s+")).map(this::romanisedWord)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining("-"));
    }

    private String romanisedWord(String word) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean last = i == word.length() - 1;
            out.append(latin.transliterate(String.valueOf(last ? KoreanRomanizer.withoutFinal(c) : c)));
            if (last) {
                out.append(KoreanRomanizer.finalSound(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
