package dev.sinmun.site;

import java.util.List;
import java.util.Map;

/**
 * What a build learnt about the site it made, so the next build can update it: which pages show which article
 * and which search shards hold which article's words.
 *
 * @param pages        every page that shows articles, by site path; {@code shownOn} indexes into it
 * @param shownOn      article page path → the pages showing that article, its own page included
 * @param shards       search shard files; {@code searchShards} indexes into it
 * @param searchShards article page path → the shards holding its words, their indexes packed by {@code SearchIndex}
 */
record SiteGraph(List<String> pages, Map<String, int[]> shownOn, List<String> shards,
                 Map<String, byte[]> searchShards) {
}
