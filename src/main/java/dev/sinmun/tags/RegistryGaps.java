package dev.sinmun.tags;

import dev.sinmun.model.Article;
import dev.sinmun.model.PersonRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** People tagged in articles that the registry does not know: the editor's to-do list. */
public final class RegistryGaps {

    /** A person missing from the registry, with the number of articles that mention them. */
    public record Gap(PersonRef person, int articles) {
    }

    private RegistryGaps() {
    }

    /** Missing people, most frequent first, then by id. */
    public static List<Gap> find(Registry registry, List<Article> articles) {
        Map<String, PersonRef> people = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Article article : articles) {
            for (PersonRef person : article.people()) {
                if (registry.person(person.id()).isEmpty()) {
                    people.putIfAbsent(person.id(), person);
                    counts.merge(person.id(), 1, Integer::sum);
                }
            }
        }
        List<Gap> gaps = new ArrayList<>();
        people.forEach((id, person) -> gaps.add(new Gap(person, counts.get(id))));
        gaps.sort((a, b) -> a.articles() != b.articles()
                ? Integer.compare(b.articles(), a.articles()) : a.person().id().compareTo(b.person().id()));
        return gaps;
    }
}
