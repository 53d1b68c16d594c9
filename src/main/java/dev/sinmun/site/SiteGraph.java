package dev.sinmun.site;

import java.util.List;
import java.util.Map;

/**
 * What a build learnt about the site it made, so the next build can update it: which pages show which article.
 *
 * @param pages   every page that shows articles, by site path; {@code shownOn} indexes into it
 * @param shownOn article page path → the pages showing that article, its own page included
 */
record SiteGraph(List<String> pages, Map<String, int[]> shownOn) {
}
