package dev.sinmun.markdown;

import dev.sinmun.ingest.WireEdition;
import dev.sinmun.model.Article;
import dev.sinmun.model.BilingualName;
import dev.sinmun.model.Lang;
import dev.sinmun.model.RawArticle;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Tells whether two articles are the same one (same canonical URL, or the same body after normalisation from the
 * same or an unnamed outlet) or two editions of one story: a wire story's ("(LEAD)", "(2nd LD)", "(종합)": same
 * outlet and language, posted within two days, similar headline or lead), or a page saved again after an update
 * (same outlet, language, headline and posted time).
 */
final class StoryMatcher {

    enum Relation { NONE, SAME, EDITION }

    /** The facts compared, from a freshly parsed file or from an article already in the archive. */
    record Candidate(String title, Lang lang, OffsetDateTime posted, OffsetDateTime updated, BilingualName outlet,
                     String url, String fingerprint, String lead, WireEdition edition) {

        static Candidate of(RawArticle a) {
            return new Candidate(a.title(), a.lang(), a.posted(), a.updated(), a.source().name(), a.source().url(),
                    BodyFingerprint.of(a.body()), a.summary(), WireEdition.of(a.title()));
        }

        static Candidate of(Article a) {
            return new Candidate(a.title(), a.lang(), a.posted(), a.updated(),
                    a.source() == null ? null : a.source().name(), a.source() == null ? null : a.source().url(),
                    BodyFingerprint.of(a.body()), a.summary(), WireEdition.of(a.title()));
        }
    }

    private static final Duration EDITION_WINDOW = Duration.ofDays(2);
    private static final double SIMILAR = 0.5;

    Relation relation(Candidate a, Candidate b) {
        if (a.url() != null && b.url() != null && UrlKey.of(a.url()).equals(UrlKey.of(b.url()))) {
            return Relation.SAME;
        }
        if (a.fingerprint() != null && a.fingerprint().equals(b.fingerprint()) && !otherOutlets(a, b)) {
            return Relation.SAME;
        }
        WireEdition ea = a.edition();
        WireEdition eb = b.edition();
        boolean sameDesk = a.lang() == b.lang() && (ea.marked() || eb.marked()) && Objects.equals(a.outlet(), b.outlet())
                && Duration.between(a.posted(), b.posted()).abs().compareTo(EDITION_WINDOW) <= 0;
        if (sameDesk
                && (similarity(ea.title(), eb.title()) >= SIMILAR || similarity(a.lead(), b.lead()) >= SIMILAR)) {
            return Relation.EDITION;
        }
        boolean resaved = a.lang() == b.lang() && a.outlet() != null && a.outlet().en() != null
                && a.outlet().equals(b.outlet()) && a.posted().isEqual(b.posted())
                && similarity(a.title(), b.title()) == 1.0;
        return resaved ? Relation.EDITION : Relation.NONE;
    }

    /**
     * Whether {@code c} is a later edition than {@code than}: a higher wire edition ("(2nd LD)" after "(LEAD)"), or
     * the same one updated later (a page saved again after its "Updated" time changed).
     */
    boolean later(Candidate c, Candidate than) {
        int order = Integer.compare(c.edition().edition(), than.edition().edition());
        if (order != 0) {
            return order > 0;
        }
        return c.updated() != null && (than.updated() == null || c.updated().isAfter(than.updated()));
    }

    /** Whether both name their outlet and the two differ: two papers' pages are two articles, even word for word. */
    private static boolean otherOutlets(Candidate a, Candidate b) {
        return a.outlet() != null && b.outlet() != null && a.outlet().en() != null && b.outlet().en() != null
                && !a.outlet().en().equals(b.outlet().en());
    }

    /** Jaccard similarity of the two texts' word sets. */
    static double similarity(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(wa);
        common.retainAll(wb);
        Set<String> all = new HashSet<>(wa);
        all.addAll(wb);
        return (double) common.size() / all.size();
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        if (text != null) {
            for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        return words;
    }
}
