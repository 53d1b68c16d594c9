package dev.sinmun.site;

import dev.sinmun.Problem;
import dev.sinmun.model.Article;
import dev.sinmun.model.PersonRef;
import dev.sinmun.model.ProjectLayout;
import dev.sinmun.model.TopicRef;
import dev.sinmun.tags.TagIndex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Keeps out of the site what cannot get a page of its own: unsafe slugs or tag ids, and taken page paths. */
final class ArticleChecks {

    private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final ProjectLayout layout;

    ArticleChecks(ProjectLayout layout) {
        this.layout = layout;
    }

    /** The publishable articles, newest first; one problem for each article skipped or tag left out. */
    List<Article> publishable(List<Article> articles, List<Problem> problems) {
        List<Article> kept = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        for (Article article : articles.stream().sorted(TagIndex.NEWEST_FIRST).toList()) {
            Supplier<Path> file = () -> layout.relative(layout.articles().resolve(article.file()));
            if (!isSafe(article.slug())) {
                problems.add(Problem.of(file.get(), "slug '" + article.slug() + "' cannot be a URL path segment",
                        "use lowercase letters, digits and '-'; article skipped"));
            } else if (!paths.add(article.path())) {
                problems.add(Problem.of(file.get(), "another article already has the page " + article.path(),
                        "give one of them a different slug; article skipped"));
            } else {
                kept.add(withSafeTags(article, file, problems));
            }
        }
        return List.copyOf(kept);
    }

    private static Article withSafeTags(Article a, Supplier<Path> file, List<Problem> problems) {
        List<PersonRef> people = a.people().stream().filter(p -> safeId(p.id(), file, problems)).toList();
        List<TopicRef> topics = a.topics().stream().filter(t -> safeId(t.id(), file, problems)).toList();
        if (people.size() == a.people().size() && topics.size() == a.topics().size()) {
            return a;
        }
        return new Article(a.slug(), a.title(), a.lang(), a.posted(), a.updated(), a.byline(), a.source(),
                a.translations(), people, topics, a.organizations(), a.places(), a.summary(), a.words(), a.body(),
                a.tagEdits());
    }

    private static boolean safeId(String id, Supplier<Path> file, List<Problem> problems) {
        if (isSafe(id)) {
            return true;
        }
        problems.add(Problem.of(file.get(), "tag id '" + id + "' cannot be a URL path segment",
                "use lowercase letters, digits and '-'; tag left out of the site"));
        return false;
    }

    static boolean isSafe(String segment) {
        return segment != null && SAFE_SEGMENT.matcher(segment).matches() && !segment.contains("..");
    }
}
