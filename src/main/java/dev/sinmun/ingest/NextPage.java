package dev.sinmun.ingest;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/** The next page of an article printed over several pages ({@code rel="next"}, a "다음 페이지" or "Next page" link). */
final class NextPage {

    private static final Pattern NEXT_LABEL = Pattern.compile(
            "(?i)^(?:다음\\s?페이지|다음\\s?[›»>]|next page|next\\s?[›»>]|continue to page \\d{1,2})$");
    /** How an outlet numbers an article's pages: "?page=2", "&p=2", "/page/2", "_2.html", "/2/". */
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)[?&](?:page|p|pg|pageno|cpage)=\\d{1,2}(?:$|&)"
            + "|/page/\\d{1,2}/?$|_\\d{1,2}\\.s?html?$");

    /**
     * The next page's address when the page says the article goes on there, else empty; the address must number a
     * page, as a link to the next article (a blog's "Next: …" post navigation) does not.
     */
    Optional<String> of(Document page) {
        return page.select("link[rel=next][href], a[href]").stream()
                .filter(a -> a.is("link") || NEXT_LABEL.matcher(Whitespace.normalize(a.text())).matches())
                .map(a -> a.absUrl("href"))
                .filter(url -> PAGE_NUMBER.matcher(url).find())
                .findFirst();
    }
}
