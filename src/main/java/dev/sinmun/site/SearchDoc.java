package dev.sinmun.site;

import java.util.List;

/**
 * One article as search sees it.
 *
 * @param title  the headline
 * @param url    root-relative URL of its page
 * @param lang   its language code
 * @param dateEn the date as English readers write it; {@code dateKo} as Korean readers do
 * @param names  people, topics, organizations and places, in both languages
 * @param text   the body as plain text
 */
record SearchDoc(String title, String url, String lang, String dateEn, String dateKo, List<String> names, String text) {
}
