package dev.sinmun.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The story an Arc XP page (Chosun Ilbo, and other Arc/Fusion sites) carries in its {@code Fusion.globalContent} script
 * for the browser to draw: its text, headings, lists, quotes and photos as article HTML, and its credited authors.
 * A page saved before the browser drew the story holds its text only there.
 *
 * @param body    the story's elements as article HTML
 * @param authors the credited authors, each with the e-mail the story gives
 */
record ArcStory(Element body, List<BylineReader.Byline> authors) {

    private static final String GLOBAL_CONTENT = "Fusion.globalContent";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A Korean reporter's name alone, which Korean pages print as "김경필 기자". */
    private static final Pattern KOREAN_NAME = Pattern.compile("[가-힣]{2,4}");

    /** The story of the page's {@code Fusion.globalContent}, when it has any text. */
    static Optional<ArcStory> of(Document page) {
        for (Element script : page.select("script")) {
            String data = script.data();
            int at = data.indexOf(GLOBAL_CONTENT);
            int start = at < 0 ? -1 : data.indexOf('{', at);
            if (start < 0 || !data.substring(at + GLOBAL_CONTENT.length(), start).strip().equals("=")) {
                continue;
            }
            try (JsonParser parser = JSON.createParser(data.substring(start))) {
                JsonNode story = JSON.readTree(parser);
                Element body = body(story.path("content_elements"));
                if (!body.text().isBlank()) {
                    return Optional.of(new ArcStory(body, authors(story.path("credits").path("by"))));
                }
            } catch (Exception e) {
                // a script that only names the variable, or broken JSON: the page has no story to read
            }
        }
        return Optional.empty();
    }

    private static Element body(JsonNode elements) {
        Element body = new Element("div");
        for (JsonNode element : elements) {
            String content = element.path("content").asText("");
            switch (element.path("type").asText("")) {
                case "text" -> body.appendElement("p").html(content);
                case "header" -> body.appendElement("h" + Math.max(2, Math.min(6, element.path("level").asInt(2))))
                        .html(content);
                case "quote" -> element.path("content_elements").forEach(
                        quoted -> body.appendElement("blockquote").html(quoted.path("content").asText("")));
                case "list" -> {
                    boolean ordered = element.path("list_type").asText("").equals("ordered");
                    Element list = body.appendElement(ordered ? "ol" : "ul");
                    element.path("items").forEach(
                            item -> list.appendElement("li").html(item.path("content").asText("")));
                }
                case "image" -> {
                    Element figure = body.appendElement("figure");
                    figure.appendElement("img").attr("src", element.path("url").asText(""))
                            .attr("alt", Parser.unescapeEntities(element.path("subtitle").asText(""), false));
                    String caption = element.path("caption").asText("");
                    if (!caption.isBlank()) {
                        figure.appendElement("figcaption").html(caption);
                    }
                }
                default -> {
                }
            }
        }
        return body;
    }

    private static List<BylineReader.Byline> authors(JsonNode credits) {
        List<BylineReader.Byline> authors = new ArrayList<>();
        for (JsonNode author : credits) {
            String name = author.path("name").asText("").strip();
            String email = author.path("additional_properties").path("original").path("email").asText("").strip();
            if (email.isEmpty()) {
                email = author.path("email").asText("").strip();
            }
            List<String> emails = EmailAddress.in(email);
            if (!name.isEmpty() || !emails.isEmpty()) {
                authors.add(new BylineReader.Byline(emails, name.isEmpty() ? null
                        : KOREAN_NAME.matcher(name).matches() ? name + " 기자" : name));
            }
        }
        return authors;
    }
}
