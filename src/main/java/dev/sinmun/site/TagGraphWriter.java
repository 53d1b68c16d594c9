package dev.sinmun.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sinmun.model.SiteConfig;
import dev.sinmun.tags.CoMention;
import dev.sinmun.tags.TagEntry;
import dev.sinmun.tags.TagIndex;

/**
 * Writes {@code tags.json}, the tag graph for reuse: every entry of every kind with both names, its page,
 * its article count, and the entries mentioned with it (kind/id and shared article count), most shared first.
 */
final class TagGraphWriter {

    static final int CO_MENTIONS = 20;

    private final ObjectMapper json = new ObjectMapper();
    private final SiteConfig config;

    TagGraphWriter(SiteConfig config) {
        this.config = config;
    }

    String write(TagIndex tags) {
        ObjectNode root = json.createObjectNode();
        root.put("version", 1);
        ArrayNode entries = root.putArray("entries");
        for (String kind : TagEntry.KINDS) {
            for (TagEntry e : tags.entries(kind)) {
                ObjectNode node = entries.addObject();
                node.put("kind", kind);
                node.put("id", e.id());
                node.put("en", e.name().en());
                node.put("ko", e.name().ko());
                node.put("url", config.absoluteUrl(e.path()));
                node.put("count", e.count());
                ArrayNode with = node.putArray("co_mentions");
                tags.coMentions(e, CO_MENTIONS).forEach((otherKind, mentions) -> {
                    for (CoMention c : mentions) {
                        with.addObject().put("kind", otherKind).put("id", c.entry().id()).put("count", c.shared());
                    }
                });
            }
        }
        try {
            return json.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
