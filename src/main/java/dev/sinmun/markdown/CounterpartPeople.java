package dev.sinmun.markdown;

import dev.sinmun.ingest.KoreanRomanizer;
import dev.sinmun.model.Article;
import dev.sinmun.model.Lang;
import dev.sinmun.model.PersonRef;
import dev.sinmun.tags.RomanizedNameKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One person in both editions of a story, under one id and with both names: a person the registry does not know is
 * tagged in the English edition without Hangul ("Kim Eui-kyeom") and in the Korean one with a romanisation made
 * from the Hangul ("김의겸", "Kim Ui-gyeom"). When the two spellings meet ({@link RomanizedNameKey}) and no other
 * person of either edition does, both editions name the person with the English edition's spelling and the Korean
 * edition's Hangul; where the Korean edition's English name is not a made-up romanisation (the registry's), it wins.
 * A person both editions tag under one id gets the Korean edition's Hangul in the English one too.
 */
final class CounterpartPeople {

    private final KoreanRomanizer romanizer = new KoreanRomanizer();

    /** Two editions of one story, in the order they were given. */
    record Editions(Article first, Article second) {
    }

    /**
     * The two editions with the people they share named alike, in the order given; as given when they are not an
     * English and a Korean one.
     */
    Editions unify(Article first, Article second) {
        if (first.lang() == Lang.KO && second.lang() == Lang.EN) {
            Editions swapped = unify(second, first);
            return new Editions(swapped.second(), swapped.first());
        }
        if (first.lang() != Lang.EN || second.lang() != Lang.KO) {
            return new Editions(first, second);
        }
        return named(first, second);
    }

    private Editions named(Article english, Article korean) {
        Map<String, PersonRef> matches = matches(english.people(), korean.people());
        List<PersonRef> englishPeople = new ArrayList<>();
        Map<String, PersonRef> byKoreanId = new HashMap<>();
        for (PersonRef p : english.people()) {
            PersonRef q = matches.get(p.id());
            if (q == null && p.ko() == null) {
                q = korean.people().stream().filter(k -> k.id().equals(p.id()) && k.ko() != null && k.en() != null)
                        .findFirst().orElse(null);
            }
            if (q == null) {
                englishPeople.add(p);
                continue;
            }
            boolean madeUp = q.en().equals(romanizer.personalName(q.ko()));
            String id = madeUp ? p.id() : q.id();
            String en = madeUp ? p.en() : q.en();
            englishPeople.add(new PersonRef(id, en, q.ko(), p.role()));
            byKoreanId.put(q.id(), new PersonRef(id, en, q.ko(), q.role()));
        }
        List<PersonRef> koreanPeople = new ArrayList<>();
        for (PersonRef q : korean.people()) {
            koreanPeople.add(byKoreanId.getOrDefault(q.id(), q));
        }
        return new Editions(english.withTags(englishPeople, english.topics(), english.organizations(),
                english.places(), english.tagEdits()), korean.withTags(koreanPeople, korean.topics(),
                korean.organizations(), korean.places(), korean.tagEdits()));
    }

    /**
     * The Korean edition's person for each English-edition person it names otherwise: by the same Hangul (an English
     * edition unified before), or, for one without Hangul, by a spelling that meets exactly one Korean-edition
     * person's and no other English-edition person's. People both editions already share are left out.
     */
    private static Map<String, PersonRef> matches(List<PersonRef> english, List<PersonRef> korean) {
        List<PersonRef> apart = new ArrayList<>();
        for (PersonRef p : english) {
            if (p.en() != null && korean.stream().noneMatch(q -> q.id().equals(p.id()))) {
                apart.add(p);
            }
        }
        List<PersonRef> hangul = new ArrayList<>();
        for (PersonRef q : korean) {
            if (q.ko() != null && q.en() != null && english.stream().noneMatch(p -> p.id().equals(q.id()))) {
                hangul.add(q);
            }
        }
        Map<String, PersonRef> matches = new HashMap<>();
        for (PersonRef p : apart) {
            String key = RomanizedNameKey.of(p.en());
            List<PersonRef> same = hangul.stream().filter(q -> p.ko() != null ? p.ko().equals(q.ko())
                    : !key.isEmpty() && key.equals(RomanizedNameKey.of(q.en()))).toList();
            if (same.size() == 1 && (p.ko() != null
                    || apart.stream().filter(o -> key.equals(RomanizedNameKey.of(o.en()))).count() == 1)) {
                matches.put(p.id(), same.get(0));
            }
        }
        return matches;
    }
}
