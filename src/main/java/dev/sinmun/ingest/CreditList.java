package dev.sinmun.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A list of contributors whose every item opens with a label for screen readers, as BBC pages print their byline
 * ("Author, Laura Bicker", "Role, China correspondent"; BBC 코리아's "기자, 고다정", "Role, BBC 코리아, 서울").
 */
final class CreditList {

    private static final Pattern LABEL = Pattern.compile("(?i)^\\s*(author|reporter|reporting from|role|기자|역할|취재)"
            + "\\s*[,:]\\s*");
    private static final Pattern REPORTER_LABEL = Pattern.compile("(?i)author|reporter|기자");
    private static final Pattern HANGUL = Pattern.compile(".*[가-힣].*");
    private static final int MAX_ITEM = 80;

    private CreditList() {
    }

    /** Whether {@code list} is such a list: a {@code ul}/{@code ol} all of whose items are labelled credits. */
    static boolean is(Element list) {
        List<Element> items = list.children();
        return list.is("ul, ol") && !items.isEmpty() && items.stream().allMatch(
                item -> item.is("li") && item.text().length() <= MAX_ITEM && LABEL.matcher(item.text()).find());
    }

    /** The reporters the page's credit lists name, Korean names followed by "기자" as Korean pages print them. */
    static List<BylineReader.Byline> reporters(Element page) {
        List<BylineReader.Byline> reporters = new ArrayList<>();
        for (Element list : page.select("ul, ol")) {
            if (!is(list)) {
                continue;
            }
            for (Element item : list.children()) {
                reporter(Whitespace.normalize(item.text())).ifPresent(reporters::add);
            }
        }
        return reporters;
    }

    private static Optional<BylineReader.Byline> reporter(String item) {
        Matcher label = LABEL.matcher(item);
        if (!label.find() || !REPORTER_LABEL.matcher(label.group(1)).matches()) {
            return Optional.empty();
        }
        String name = item.substring(label.end()).strip();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BylineReader.Byline(List.of(),
                HANGUL.matcher(name).matches() && !name.endsWith("기자") ? name + " 기자" : name));
    }
}
