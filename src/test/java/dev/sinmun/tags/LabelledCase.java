package dev.sinmun.tags;

import dev.sinmun.model.BilingualName;
import dev.sinmun.model.Lang;
import dev.sinmun.model.NamedRef;
import dev.sinmun.model.PersonRef;
import dev.sinmun.model.RawArticle;
import dev.sinmun.model.Source;
import dev.sinmun.model.TopicRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** One labelled article under {@code src/test/resources/tags/<case>/}: its input and its expected tags. */
record LabelledCase(String name, Path dir, RawArticle article) {

    static final Path ROOT = Path.of("src/test/resources/tags");

    static List<LabelledCase> all() {
        return all(ROOT);
    }

    /** Every case folder directly under {@code root}, sorted by name. */
    static List<LabelledCase> all(Path root) {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("input.txt"))).sorted()
                    .map(LabelledCase::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LabelledCase read(Path dir) {
        String text = readString(dir.resolve("input.txt")).replace("\r\n", "\n");
        Lang lang = text.chars().anyMatch(KoreanLexicon::isHangul) && !text.contains("Posted ") ? Lang.KO : Lang.EN;
        if (text.startsWith("lang: ")) {
            lang = Lang.fromCode(text.substring(6, text.indexOf('\n'))).orElseThrow();
            text = text.substring(text.indexOf('\n') + 1);
        }
        List<String> blocks = new ArrayList<>(Arrays.stream(text.split("\n\\s*\n"))
                .map(String::strip).filter(b -> !b.isEmpty()).toList());
        String title = blocks.remove(0);
        List<String> captions = blocks.stream().filter(LabelledCase::isCaption).toList();
        blocks.removeAll(captions);
        RawArticle article = article(title, lang, blocks);
        if (!captions.isEmpty()) {
            List<String> body = new ArrayList<>(blocks);
            body.addAll(captions);
            article = new RawArticle(article.file(), title, lang, article.posted(), null, null, article.source(),
                    List.of(), blocks, String.join("\n\n", body), "", "x");
        }
        return new LabelledCase(dir.getFileName().toString(), dir, article);
    }

    /** A block in italics ("*…*") is a photo caption, as import writes one into the body and not the paragraphs. */
    private static boolean isCaption(String block) {
        return block.length() > 2 && block.startsWith("*") && block.endsWith("*") && !block.startsWith("* ")
                && !block.startsWith("**");
    }

    static RawArticle article(String title, Lang lang, List<String> paragraphs) {
        return new RawArticle(Path.of("inbox/x.txt"), title, lang, OffsetDateTime.parse("2020-09-14T07:34+09:00"),
                null, null, new Source(new BilingualName("The Dong-A Ilbo", "동아일보"), null, "inbox/x.txt"),
                List.of(), paragraphs, "", "", "x");
    }

    Path expectedFile() {
        return dir.resolve("expected.txt");
    }

    String expected() {
        return readString(expectedFile());
    }

    /**
     * Tags in the expected-file form: {@code person <id>[ role=<role>]} lines, then {@code topic <id>},
     * {@code organization <id>} and {@code place <id>} lines.
     */
    static String render(Tags tags) {
        StringBuilder out = new StringBuilder();
        for (PersonRef p : tags.people()) {
            out.append("person ").append(p.id());
            if (p.role() != null) {
                out.append(" role=").append(p.role());
            }
            out.append('\n');
        }
        for (TopicRef t : tags.topics()) {
            out.append("topic ").append(t.id()).append('\n');
        }
        for (NamedRef o : tags.organizations()) {
            out.append("organization ").append(o.id()).append('\n');
        }
        for (NamedRef p : tags.places()) {
            out.append("place ").append(p.id()).append('\n');
        }
        return out.toString();
    }

    static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
