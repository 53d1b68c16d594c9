package dev.sinmun.markdown;

import dev.sinmun.ingest.EmailAddress;
import dev.sinmun.ingest.OutletArticleId;
import dev.sinmun.model.Article;
import dev.sinmun.model.Lang;
import dev.sinmun.model.Translation;
import dev.sinmun.tags.RomanizedNameKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Links an English article and its Korean counterpart both ways when one links to the other's page (hreflang or
 * language switch), both carry the same outlet article id, or — text dumps, which carry no addresses — they tell
 * the same story: posted a few days apart by the same reporter (a shared e-mail; unsigned editorials: within a day), at
 * least two people or topics in common and, if both have topics, one topic; an English edition's byline often names
 * its translator without an e-mail, so a pair with one signed page is posted within a day and shares half its
 * people and topics. Such a pair needs both pages to show the
 * other edition's link, or one to show it ("한국어") and the other none (Korean pages seldom show "English") and the
 * two to share half their people and topics; people count by their name's spelling-folded key, so "Ryu Hee-lim" and
 * "Ryu Hui-rim" meet. Of several candidates the surest pair wins ({@link #match}). The link is the other article's
 * archive page as a site-root path, e.g. {@code /articles/2020/09/<slug>/}.
 */
final class TranslationLinker {

    static final int MAX_DAYS_APART = 3;
    private static final int MIN_SHARED_SUBJECTS = 2;
    /** Unsigned pages (editorials: no reporter's e-mail) pair only within a day, both showing the other edition. */
    private static final int MAX_DAYS_APART_UNSIGNED = 1;

    private final OutletArticleId ids = new OutletArticleId();

    /** The archive page path of an article, as stored in {@code translations.<lang>.url}. */
    static String archiveUrl(Article a) {
        return "/" + a.path();
    }

    /** Whether {@code a} and {@code b} are the same article in two languages. */
    boolean pair(Article a, Article b) {
        return match(a, b) > 0;
    }

    /**
     * How surely {@code a} and {@code b} are one article in two languages, so that of several candidates the surest
     * pair is made: above 1 when one links to the other or both carry the outlet's article id, else the share of
     * people and topics they have in common (0 to 1, a little less the further apart they were posted); 0 when they
     * are not a pair.
     */
    double match(Article a, Article b) {
        if (a.lang() == b.lang()) {
            return 0;
        }
        if (linksTo(a, b) || linksTo(b, a)) {
            return 3;
        }
        String idA = a.source() == null ? null : ids.of(a.source().url());
        String idB = b.source() == null ? null : ids.of(b.source().url());
        if (idA != null && idA.equals(idB) && sameOutlet(a, b)) {
            return 2;
        }
        return sameReporterAndStory(a, b);
    }

    private static double sameReporterAndStory(Article a, Article b) {
        boolean bothAwait = awaitsCounterpart(a, b.lang()) && awaitsCounterpart(b, a.lang());
        boolean oneAwaits = awaitsCounterpart(a, b.lang()) && silentAbout(b, a.lang())
                || awaitsCounterpart(b, a.lang()) && silentAbout(a, b.lang());
        Duration apart = Duration.between(a.posted(), b.posted()).abs();
        if (!bothAwait && !oneAwaits || apart.toDays() > MAX_DAYS_APART || differentTopics(a, b)) {
            return 0;
        }
        List<String> emailsA = a.byline() == null ? List.of() : EmailAddress.in(a.byline());
        List<String> emailsB = b.byline() == null ? List.of() : EmailAddress.in(b.byline());
        boolean unsigned = emailsA.isEmpty() && emailsB.isEmpty();
        boolean oneSigned = emailsA.isEmpty() != emailsB.isEmpty();
        if (unsigned ? !bothAwait || apart.toDays() > MAX_DAYS_APART_UNSIGNED
                : oneSigned ? apart.toDays() > MAX_DAYS_APART_UNSIGNED
                : emailsB.stream().noneMatch(new HashSet<>(emailsA)::contains)) {
            return 0;
        }
        Set<String> shared = subjects(a);
        shared.retainAll(subjects(b));
        Set<String> all = subjects(a);
        all.addAll(subjects(b));
        double share = (double) shared.size() / all.size();
        boolean enough = shared.size() >= MIN_SHARED_SUBJECTS && (bothAwait && !unsigned && !oneSigned || share >= 0.5);
        return enough ? share - apart.toMinutes() / (double) Duration.ofDays(MAX_DAYS_APART + 1).toMinutes() / 100 : 0;
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

    /** An article's people (by their name's {@link RomanizedNameKey}, so spellings of one name meet) and topics. */
    private static Set<String> subjects(Article a) {
        Set<String> ids = new HashSet<>();
        a.people().forEach(p -> {
            String key = p.en() == null ? "" : RomanizedNameKey.of(p.en());
            ids.add("person:" + (key.isEmpty() ? p.id() : key));
        });
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
