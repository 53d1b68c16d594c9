package dev.sinmun.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The captioned photos a page shows between its headline and the article container (a lead photo in a box of its
 * own, a gallery above a photo story's text): part of the article, though outside the element that holds the text.
 */
final class LeadPhotos {

    private static final Pattern CAPTION_NAME = Pattern.compile("(?i)caption|(?:^|[\\s_-])(?:desc|cap)(?:$|[\\s_-])");
    /** How many levels above the container to look for photo boxes before it. */
    private static final int MAX_LEVELS = 3;
    private static final int MAX_CAPTION = 400;
    /** Text beside each photo that is not its caption: a credit or a screen-reader label ("Image source, …"). */
    private static final int MAX_OTHER_TEXT = 40;

    /**
     * The container with the captioned photo boxes before it (up to the headline) in front, as one new element; the
     * container itself when there are none.
     */
    Element around(Element container) {
        List<Element> photos = new ArrayList<>();
        Set<String> shown = container.select("img").stream().map(img -> img.attr("src")).collect(Collectors.toSet());
        Element at = container;
        outer:
        for (int level = 0; level < MAX_LEVELS && at.parent() != null && !at.parent().is("body"); level++) {
            for (Element before = at.previousElementSibling(); before != null; before = before.previousElementSibling()) {
                if (before.is("h1") || before.selectFirst("h1") != null) {
                    List<Element> titlePhotos = underHeadline(before, shown);
                    Collections.reverse(titlePhotos);
                    photos.addAll(titlePhotos);
                    break outer;
                }
                if (isPhotoBox(before) && before.select("img").stream().noneMatch(img -> shown.contains(img.attr("src")))) {
                    photos.add(before);
                }
            }
            at = at.parent();
        }
        if (photos.isEmpty()) {
            return container;
        }
        Collections.reverse(photos);
        Element joined = new Element("div");
        for (Element photo : photos) {
            Element copy = photo.clone();
            copy.select("*").stream().filter(e -> e != copy && e.select("img").isEmpty() && !isCaption(e)
                    && e.parents().stream().noneMatch(LeadPhotos::isCaption)
                    && e.select("*").stream().noneMatch(LeadPhotos::isCaption)).toList().forEach(Element::remove);
            copy.textNodes().forEach(Node::remove);
            copy.select("ul, ol, li").tagName("div");
            joined.appendChild(copy.is("ul, ol, li") ? copy.tagName("div") : copy);
        }
        joined.appendChild(container.clone());
        return joined;
    }

    /**
     * The photo boxes under the headline inside the title area that holds it (the New York Times's {@code <header>}:
     * headline, standfirst, lead photo, byline).
     */
    private static List<Element> underHeadline(Element titleArea, Set<String> shown) {
        List<Element> photos = new ArrayList<>();
        if (titleArea.is("h1")) {
            return photos;
        }
        boolean afterHeadline = false;
        for (Element e : titleArea.select("*")) {
            afterHeadline |= e.is("h1");
            if (afterHeadline && isPhotoBox(e) && photos.stream().noneMatch(p -> e.parents().contains(p))
                    && e.select("img").stream().noneMatch(img -> shown.contains(img.attr("src")))) {
                photos.add(e);
            }
        }
        return photos;
    }

    private static boolean isCaption(Element e) {
        return e.is("figcaption") || CAPTION_NAME.matcher(e.className()).find();
    }

    /**
     * A box of photos, each with its caption, and no links and no other text but a few words (a credit, a pager's
     * "1 / 2"), which are left out.
     */
    private static boolean isPhotoBox(Element box) {
        List<Element> captions = box.select("*").stream().filter(LeadPhotos::isCaption).toList();
        if (box.select("img").isEmpty() || captions.isEmpty() || !box.select("a[href]").isEmpty()) {
            return false;
        }
        int captionText = captions.stream()
                .filter(c -> captions.stream().noneMatch(o -> o != c && c.parents().contains(o)))
                .mapToInt(c -> c.text().length()).sum();
        return captions.stream().allMatch(c -> c.text().length() <= MAX_CAPTION)
                && box.text().length() - captionText <= box.select("img").size() * MAX_OTHER_TEXT;
    }
}
