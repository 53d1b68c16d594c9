package dev.sinmun.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph that is an item of a list a page printed as lines ("• …", "▲ …", "- …", "1. …"); two or more in a row
 * become a Markdown list.
 *
 * @param ordered whether the page numbered the items
 * @param text    the item without its bullet or number
 * @param heading whether its mark is a heading's ("◇", "◆": a Korean page's subhead or a roster's group)
 */
record ListItem(boolean ordered, String text, boolean heading) {

    private static final Pattern BULLET = Pattern.compile("^(?:[•·▪◦●○◇◆▲△►]\\s*|[*-]\\s+)(\\S.*)$");
    private static final Pattern INLINE_BULLET = Pattern.compile("\\s+[▲△•]\\s*(?=\\S)");
    private static final Pattern HEADING_MARK = Pattern.compile("[◇◆]");
    private static final Pattern NUMBER = Pattern.compile("^\\d{1,2}[.)]\\s+(\\S.*)$");
    /** A radio interview's turn, its marker telling host from guest ("◇ 김현정> …", "◆ 김경수 > …"): not an item. */
    private static final Pattern SPEAKER_TURN = Pattern.compile("^[◇◆]\\s*[가-힣A-Za-z][가-힣A-Za-z ]{0,14}>\\s*\\S.*$");

    /** The paragraph as a list item, or empty when it does not start with a bullet or a number. */
    static Optional<ListItem> of(String paragraph) {
        Matcher number = NUMBER.matcher(paragraph);
        if (number.matches()) {
            return Optional.of(new ListItem(true, number.group(1), false));
        }
        Matcher bullet = BULLET.matcher(paragraph);
        boolean item = bullet.matches() && !paragraph.startsWith("--") && !SPEAKER_TURN.matcher(paragraph).matches();
        return item ? Optional.of(new ListItem(false, bullet.group(1), HEADING_MARK.matcher(paragraph).lookingAt()))
                : Optional.empty();
    }

    /** The items of a line that runs several on ("▲인상 ▲동결", as Korean pages print short ones). */
    List<String> inlineItems() {
        return List.of(INLINE_BULLET.split(text));
    }

    /**
     * Whether {@code other} continues the same list (both numbered, or both bulleted): a subhead marked "◇" never
     * continues the "▲" items above it, nor they it.
     */
    boolean sameListAs(Optional<ListItem> other) {
        return other.isPresent() && other.get().ordered == ordered && other.get().heading == heading;
    }
}
