package dev.sinmun.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.sinmun.tags.TagEntry;

import java.util.List;

/**
 * Writes {@code <kind>/names.json}: each entry's id, English and Korean names and count, so the filter box of
 * an index split over several pages can search all of it.
 */
final class IndexNamesWriter {

    private final ObjectMapper json = new ObjectMapper();

    String write(List<TagEntry> entries) {
        ArrayNode list = json.createArrayNode();
        for (TagEntry e : entries) {
            list.addArray().add(e.id()).add(e.name().en()).add(e.name().ko()).add(e.count());
        }
        try {
            return json.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
