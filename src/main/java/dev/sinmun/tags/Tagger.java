package dev.sinmun.tags;

import dev.sinmun.model.RawArticle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags an article with the people and topics it is about. Matchers are built once here and reused for every
 * article; {@link #tag} is deterministic and has no side effects.
 */
public final class Tagger {

    private final EnglishPersonFinder english;
    private final KoreanPersonFinder korean;
    private final TopicFinder topics;
    private final Map<String, List<RegistryPerson>> registryBySurname = new HashMap<>();

    public Tagger(Registry registry) {
        PersonNames names = new PersonNames();
        this.english = new EnglishPersonFinder(registry, names);
        this.korean = new KoreanPersonFinder(registry, names);
        this.topics = new TopicFinder(registry);
        for (RegistryPerson person : registry.people()) {
            for (String surname : PersonNames.surnames(person)) {
                registryBySurname.computeIfAbsent(surname, s -> new ArrayList<>()).add(person);
            }
        }
    }

    /** The people and topics of {@code article}, each in order of first mention (headline first). */
    public Tags tag(RawArticle article) {
        String text = ArticleText.of(article);
        PersonMentions mentions = new PersonMentions();
        english.find(text, mentions);
        korean.find(text, mentions);
        return new Tags(mentions.resolve(registryBySurname), topics.find(text));
    }
}
