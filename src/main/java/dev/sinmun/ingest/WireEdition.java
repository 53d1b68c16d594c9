package dev.sinmun.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire story's edition marker in its headline: "(URGENT)", "(LEAD)", "(2nd LD)", "(3rd LD, with …)", Korean
 * "[속보]", "(종합)", "(종합2보)". Later editions of a story replace earlier ones in the archive.
 *
 * @param title   the headline without the marker
 * @param edition 0 for a first or unmarked story, 1 for "(LEAD)"/"(종합)", n for "(nth LD)"/"(종합n보)"
 * @param marked  whether the headline carried a marker at all
 */
public record WireEdition(String title, int edition, boolean marked) {

    private static final Pattern LEADING = Pattern.compile(
            "^\\s*[(\\[]\\s*(URGENT|LEAD|(\\d+)(?:st|nd|rd|th)\\s+LD|속보|1보|(\\d+)보)\\b[^)\\]]*[)\\]]\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING = Pattern.compile("\\s*[(\\[]\\s*종합(\\d+)?(?:보)?\\s*[)\\]]\\s*$");

    /** The marker read off {@code headline}. */
    public static WireEdition of(String headline) {
        String title = headline;
        int edition = 0;
        boolean marked = false;
        Matcher m = LEADING.matcher(title);
        while (m.find()) {
            marked = true;
            String word = m.group(1).toUpperCase();
            if (word.equals("LEAD")) {
                edition = Math.max(edition, 1);
            } else if (m.group(2) != null) {
                edition = Math.max(edition, Integer.parseInt(m.group(2)));
            } else if (m.group(3) != null) {
                edition = Math.max(edition, Integer.parseInt(m.group(3)) - 1);
            }
            title = title.substring(m.end());
            m = LEADING.matcher(title);
        }
        Matcher t = TRAILING.matcher(title);
        if (t.find()) {
            marked = true;
            edition = Math.max(edition, t.group(1) == null ? 1 : Integer.parseInt(t.group(1)));
            title = title.substring(0, t.start());
        }
        return new WireEdition(title.strip().isEmpty() ? headline.strip() : title.strip(), edition, marked);
    }
}
