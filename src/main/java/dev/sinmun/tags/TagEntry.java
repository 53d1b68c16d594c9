package dev.sinmun.tags;

import dev.sinmun.model.Article;
import dev.sinmun.model.BilingualName;
import dev.sinmun.model.PersonRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One person, topic, organization or place of the archive with the articles about it, newest first.
 *
 * @param kind one of {@link #KINDS}, also the first segment of its page's path
 */
public record TagEntry(String kind, String id, BilingualName name, List<Article> articles) {

    public static final String PEOPLE = "people";
    public static final String TOPICS = "topics";
    public static final String ORGANIZATIONS = "organizations";
    public static final String PLACES = "places";
    /** Every kind, in the order the site shows them. */
    public static final List<String> KINDS = List.of(PEOPLE, TOPICS, ORGANIZATIONS, PLACES);

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

    public boolean isTopic() {
        return TOPICS.equals(kind);
    }

    /** The distinct roles the articles give this person, newest first; empty for other kinds. */
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

    /**
     * Each distinct role with the first and last date an article gave it, newest first; empty for other kinds. The
     * wordings of one role count as one ("HYBE chairman", "chairman of HYBE"; a bare "chairman" of the same time).
     */
    public List<RoleSpan> roleSpans() {
        List<RoleWordings.Said> said = new ArrayList<>();
        for (Article article : articles) {
            String role = roleIn(article);
            if (role != null) {
                said.add(new RoleWordings.Said(role, article.posted()));
            }
        }
        return RoleWordings.spans(said);
    }

    /**
     * The role spans of the articles in language {@code lang} ("en" or "ko"), so a page shows each role once, in its
     * own language; all of them when no article in that language gives one.
     */
    public List<RoleSpan> roleSpansIn(String lang) {
        List<RoleSpan> all = roleSpans();
        List<RoleSpan> own = all.stream().filter(r -> lang.equals(r.language())).toList();
        return own.isEmpty() ? all : own;
    }

    /** The role the given article gives this person, or null. */
    public String roleIn(Article article) {
        if (!isPerson()) {
            return null;
        }
        for (PersonRef p : article.people()) {
            if (p.id().equals(id) && p.role() != null && !p.role().isBlank()) {
                return p.role();
            }
        }
        return null;
    }
}
