package dev.sinmun.tags;

import dev.sinmun.model.NamedRef;
import dev.sinmun.model.PersonRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

/** People and organisations the archive's articles mention but the registry does not know: the editor's to-do list. */
public final class UnknownTags {

    /** Which registry file an unknown entry belongs in. */
    public enum Kind { PERSON, ORGANIZATION }

    /**
     * One unknown person or organisation: the names found ({@code en} or {@code ko} may be null), the first role seen
     * (people only), the number of articles, and one sentence that mentions it with the article it comes from.
     */
    public record Unknown(Kind kind, String id, String en, String ko, String role, int articles, String example,
                          String exampleFile) {
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。])\\s+(?=[\\p{Lu}\"“‘'\\p{IsHangul}])");

    private final Registry registry;
    private final Tagger tagger;

    public UnknownTags(Registry registry, Tagger tagger) {
        this.registry = registry;
        this.tagger = tagger;
    }

    /** Unknown entries, most frequent first, then by id; {@code progress} hears each article's index as it goes. */
    public List<Unknown> find(List<ArchiveText> articles, IntConsumer progress) {
        Map<String, Unknown> found = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            ArchiveText article = articles.get(i);
            Tags tags = tagger.tag(article.title(), article.paragraphs());
            for (PersonRef p : tags.people()) {
                if (registry.person(p.id()).isEmpty()) {
                    count(found, Kind.PERSON, p.id(), p.en(), p.ko(), p.role(), article);
                }
            }
            for (NamedRef o : tags.organizations()) {
                if (registry.organization(o.id()).isEmpty()) {
                    count(found, Kind.ORGANIZATION, o.id(), o.en(), o.ko(), null, article);
                }
            }
            progress.accept(i + 1);
        }
        List<Unknown> list = new ArrayList<>(found.values());
        list.sort(Comparator.comparingInt(Unknown::articles).reversed().thenComparing(Unknown::kind)
                .thenComparing(Unknown::id));
        return list;
    }

    private static void count(Map<String, Unknown> found, Kind kind, String id, String en, String ko, String role,
                              ArchiveText article) {
        String key = kind + "/" + id;
        Unknown seen = found.get(key);
        if (seen == null) {
            found.put(key, new Unknown(kind, id, en, ko, role, 1, sentence(article, en != null ? en : ko),
                    article.file()));
        } else {
            found.put(key, new Unknown(kind, id, seen.en() != null ? seen.en() : en, seen.ko() != null ? seen.ko() : ko,
                    seen.role() != null ? seen.role() : role, seen.articles() + 1, seen.example(), seen.exampleFile()));
        }
    }

    /** The first sentence of the article that holds {@code name} (the headline counts), whitespace collapsed. */
    static String sentence(ArchiveText article, String name) {
        List<String> blocks = new ArrayList<>();
        if (article.title() != null) {
            blocks.add(article.title());
        }
        blocks.addAll(article.paragraphs());
        for (String block : blocks) {
            String text = ArticleText.normalise(block);
            if (!text.contains(name)) {
                continue;
            }
            for (String sentence : SENTENCE_END.split(text)) {
                if (sentence.contains(name)) {
                    return sentence.strip().replaceAll("\\s+", " ");
                }
            }
            return text.strip();
        }
        return null;
    }

    /** For tests and callers that need no progress. */
    public List<Unknown> find(List<ArchiveText> articles) {
        return find(articles, i -> { });
    }
}
