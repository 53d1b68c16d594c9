package dev.sinmun.tags;

import dev.sinmun.model.RawArticle;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags an article with the people, topics, organisations and places it is about. Matchers are built once here and reused for every
 * article; {@link #tag} is deterministic and has no side effects.
 */
public final class Tagger {

    private final EnglishPersonFinder english;
    private final KoreanPersonFinder korean;
    private final TopicFinder topics;
    private final NamedFinder named;
    private final Map<String, List<RegistryPerson>> registryBySurname = new HashMap<>();
    private final RegistryNamesakes namesakes;

    public Tagger(Registry registry) {
        PersonNames names = new PersonNames();
        this.english = new EnglishPersonFinder(registry, names);
        this.korean = new KoreanPersonFinder(registry, names);
        this.topics = new TopicFinder(registry);
        this.named = new NamedFinder(registry, names);
        this.namesakes = new RegistryNamesakes(registry);
        for (RegistryPerson person : registry.people()) {
            for (String surname : PersonNames.surnames(person)) {
                registryBySurname.computeIfAbsent(surname, s -> new ArrayList<>()).add(person);
            }
        }
    }

    /** The people, topics, organisations and places of {@code article}, each in order of first mention. */
    public Tags tag(RawArticle article) {
        return tagText(ArticleText.of(article), textStart(article.title()), article.posted());
    }

    /** The same for a headline and plain-text paragraphs (an article read back from Markdown). */
    public Tags tag(String title, List<String> paragraphs) {
        return tag(title, paragraphs, null);
    }

    /** The same, for an article posted at {@code posted}: a title and surname alone name the holder then. */
    public Tags tag(String title, List<String> paragraphs, OffsetDateTime posted) {
        return tagText(ArticleText.of(title, paragraphs), textStart(title), posted);
    }

    /** Where the text begins in {@link ArticleText}, after the headline and the blank line under it. */
    private static int textStart(String title) {
        return title == null ? 0 : title.length() + 2;
    }

    private Tags tagText(String text, int textStart, OffsetDateTime posted) {
        PersonMentions mentions = new PersonMentions(text, textStart, Survivors.in(text), namesakes);
        english.find(text, mentions);
        korean.find(text, mentions);
        NamedFinder.Found found = named.find(text);
        String month = posted == null ? null : YearMonth.from(posted).toString();
        return new Tags(mentions.resolve(registryBySurname, month), topics.find(text), found.organizations(),
                found.places());
    }
}
