package dev.sinmun.markdown;

import dev.sinmun.ingest.EmailAddress;
import dev.sinmun.ingest.OutletArticleId;
import dev.sinmun.model.Article;
import dev.sinmun.model.Lang;
import dev.sinmun.model.Translation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Links an English article and its Korean counterpart both ways when one links to the other's page (hreflang or
 * language switch), both carry the same outlet article id, or — text dumps, which carry no addresses — they share a
 * reporter's e-mail, a few days and at least two people or topics, and tell the same story: when both have topics,
 * they share one. Such a pair needs both to say the other edition exists, or one to say so (an English-edition page's
 * "한국어") while the other says nothing of it (Korean pages seldom show an "English" link) and the two share at least
 * half of all their people and topics. The link is the other article's archive page as a site-root path, e.g.
 * {@code /articles/2020/09/<slug>/}.
 */
final class TranslationLinker {

    private static final int MAX_DAYS_APART = 3;
    private static final int MIN_SHARED_SUBJECTS = 2;

    private final OutletArticleId ids = new OutletArticleId();

    /** The archive page path of an article, as stored in {@code translations.<lang>.url}. */
    static String archiveUrl(Article a) {
        return "/" + a.path();
    }

    /** Whether {@code a} and {@code b} are the same article in two languages. */
    boolean pair(Article a, Article b) {
        if (a.lang() == b.lang()) {
            return false;
        }
        if (linksTo(a, b) || linksTo(b, a)) {
            return true;
        }
        String idA = a.source() == null ? null : ids.of(a.source().url());
        String idB = b.source() == null ? null : ids.of(b.source().url());
        return idA != null && idA.equals(idB) && sameOutlet(a, b) || sameReporterAndStory(a, b);
    }

    private static boolean sameReporterAndStory(Article a, Article b) {
        boolean bothAwait = awaitsCounterpart(a, b.lang()) && awaitsCounterpart(b, a.lang());
        boolean oneAwaits = awaitsCounterpart(a, b.lang()) && silentAbout(b, a.lang())
                || awaitsCounterpart(b, a.lang()) && silentAbout(a, b.lang());
        if (!bothAwait && !oneAwaits || a.byline() == null || b.byline() == null
                || Duration.between(a.posted(), b.posted()).abs().toDays() > MAX_DAYS_APART) {
            return false;
        }
        Set<String> emails = new HashSet<>(EmailAddress.in(a.byline()));
        if (EmailAddress.in(b.byline()).stream().noneMatch(emails::contains) || differentTopics(a, b)) {
            return false;
        }
        Set<String> shared = subjects(a);
        shared.retainAll(subjects(b));
        Set<String> all = subjects(a);
        all.addAll(subjects(b));
        return shared.size() >= MIN_SHARED_SUBJECTS && (bothAwait || shared.size() * 2 >= all.size());
    }

    private static boolean awaitsCounterpart(Article a, Lang other) {
        return a.translations().stream().anyMatch(t -> t.lang() == other && t.url() == null);
    }

    private static boolean silentAbout(Article a, Lang other) {
        return a.translations().stream().noneMatch(t -> t.lang() == other);
    }

    /** Whether both articles have topics and share none: two stories, however many people they share. */
    private static boolean differentTopics(Article a, Article b) {
        if (a.topics().isEmpty() || b.topics().isEmpty()) {
            return false;
        }
        Set<String> topics = new HashSet<>();
        a.topics().forEach(t -> topics.add(t.id()));
        return b.topics().stream().noneMatch(t -> topics.contains(t.id()));
    }

    private static Set<String> subjects(Article a) {
        Set<String> ids = new HashSet<>();
        a.people().forEach(p -> ids.add("person:" + p.id()));
        a.topics().forEach(t -> ids.add("topic:" + t.id()));
        return ids;
    }

    /** {@code a} with its translation in {@code other}'s language pointing at {@code other}'s archive page. */
    static Article linked(Article a, Article other) {
        List<Translation> translations = new ArrayList<>();
        boolean replaced = false;
        for (Translation t : a.translations()) {
            if (t.lang() == other.lang()) {
                if (!replaced) {
                    translations.add(new Translation(other.lang(), archiveUrl(other)));
                    replaced = true;
                }
            } else {
                translations.add(t);
            }
        }
        if (!replaced) {
            translations.add(new Translation(other.lang(), archiveUrl(other)));
        }
        return new Article(a.slug(), a.title(), a.lang(), a.posted(), a.updated(), a.byline(), a.source(), translations,
                a.people(), a.topics(), a.organizations(), a.places(), a.summary(), a.words(), a.body(), a.tagEdits());
    }

    private static boolean linksTo(Article from, Article to) {
        if (to.source() == null || to.source().url() == null) {
            return false;
        }
        String target = UrlKey.of(to.source().url());
        String archive = archiveUrl(to);
        return from.translations().stream().anyMatch(t -> t.lang() == to.lang() && t.url() != null
                && (t.url().equals(archive) || t.url().matches("(?i)https?://.*") && UrlKey.of(t.url()).equals(target)));
    }

    private static boolean sameOutlet(Article a, Article b) {
        if (a.source().name() == null || b.source().name() == null) {
            return false;
        }
        String ka = a.source().name().ko();
        String kb = b.source().name().ko();
        String ea = a.source().name().en();
        String eb = b.source().name().en();
        return ka != null && Objects.equals(ka, kb) || ea != null && Objects.equals(ea, eb);
    }
}
