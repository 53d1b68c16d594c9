package dev.sinmun.markdown;

import dev.sinmun.model.Article;
import dev.sinmun.model.NamedRef;
import dev.sinmun.model.PersonRef;
import dev.sinmun.model.TagEdits;
import dev.sinmun.model.TopicRef;
import dev.sinmun.tags.Tags;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Fresh tags merged with what an editor set by hand: a pinned tag keeps the editor's entry (name, role) even when the
 * tagger no longer finds it; a removed tag stays out.
 */
final class TagMerge {

    private TagMerge() {
    }

    /** {@code article} with {@code fresh} tags, honouring the tag edits (and pinned entries) of {@code edited}. */
    static Article apply(Article article, Tags fresh, Article edited) {
        TagEdits edits = edited.tagEdits();
        return article.withTags(
                merge("people", fresh.people(), edited.people(), PersonRef::id, edits),
                merge("topics", fresh.topics(), edited.topics(), TopicRef::id, edits),
                merge("organizations", fresh.organizations(), edited.organizations(), NamedRef::id, edits),
                merge("places", fresh.places(), edited.places(), NamedRef::id, edits),
                edits);
    }

    private static <T> List<T> merge(String kind, List<T> fresh, List<T> current, Function<T, String> id,
                                     TagEdits edits) {
        Map<String, T> pinned = new LinkedHashMap<>();
        for (T entry : current) {
            if (edits.pinned(kind, id.apply(entry))) {
                pinned.putIfAbsent(id.apply(entry), entry);
            }
        }
        List<T> out = new ArrayList<>();
        for (T entry : fresh) {
            String key = id.apply(entry);
            if (edits.removed(kind, key)) {
                continue;
            }
            out.add(pinned.containsKey(key) ? pinned.remove(key) : entry);
        }
        out.addAll(pinned.values());
        return out;
    }
}
