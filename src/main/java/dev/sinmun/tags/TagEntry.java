package dev.sinmun.tags;

import dev.sinmun.model.Article;
import dev.sinmun.model.BilingualName;
import dev.sinmun.model.PersonRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One person or topic of the archive with the articles about it, newest first.
 *
 * @param kind {@code "people"} or {@code "topics"}, also the first segment of its page's path
 */
public record TagEntry(String kind, String id, BilingualName name, List<Article> articles) {

    public static final String PEOPLE = "people";
    public static final String TOPICS = "topics";

    public TagEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        articles = List.copyOf(articles);
    }

    public int count() {
        return articles.size();
    }

    /** The entry's page relative to the site root, e.g. {@code people/choi-jong-kun/}. */
    public String path() {
        return kind + "/" + id + "/";
    }

    public boolean isPerson() {
        return PEOPLE.equals(kind);
    }

    /** The distinct roles the articles give this person, newest first; empty for a topic. */
    public List<String> roles() {
        List<String> roles = new ArrayList<>();
        for (Article article : articles) {
            String role = roleIn(article);
            if (role != null && !roles.contains(role)) {
                roles.add(role);
            }
        }
        return List.copyOf(roles);
    }

    /** The role the given article gives this person, or null. */
    public String roleIn(Article article) {
        if (!isPerson()) {
            return null;
        }
        return article.people().stream()
                .filter(p -> p.id().equals(id) && p.role() != null && !p.role().isBlank())
                .map(PersonRef::role)
                .findFirst()
                .orElse(null);
    }
}
