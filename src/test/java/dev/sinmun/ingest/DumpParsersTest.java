package dev.sinmun.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sinmun.SinmunException;
import dev.sinmun.model.RawArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DumpParsersTest {

    @TempDir
    Path dir;

    @Test
    void theFirstParserThatAcceptsWins() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "Envoys meet\n\nPosted March. 3, 2020\n\nThey met.\n");
        DumpParser refusing = new DumpParser() {
            @Override
            public boolean accepts(String text) {
                return false;
            }

            @Override
            public RawArticle parse(Path f, String sourceFile, String text) {
                throw new AssertionError("must not be called");
            }
        };
        RawArticle article = new DumpParsers(List.of(refusing, new TextDumpParser())).parse(file, "inbox/a.txt");
        assertThat(article.title()).isEqualTo("Envoys meet");
        assertThat(article.source().file()).isEqualTo("inbox/a.txt");
    }

    @Test
    void reportsAFileNoParserAccepts() throws IOException {
        Path file = Files.writeString(dir.resolve("a.html"), "<!DOCTYPE html>\n<html><body><p>x</p></body></html>\n");
        assertThatThrownBy(() -> new DumpParsers(List.of(new TextDumpParser())).parse(file, "inbox/a.html"))
                .isInstanceOf(SinmunException.class)
                .hasMessage(file.toString().replace('\\', '/')
                        + ": not a recognised article dump — import the saved page (.html) or its visible text (.txt)");
    }

    @Test
    void reportsAMissingFile() {
        Path file = dir.resolve("missing.txt");
        assertThatThrownBy(() -> DumpParsers.standard().parse(file, "inbox/missing.txt"))
                .isInstanceOf(SinmunException.class)
                .hasMessageEndingWith("missing.txt: file not found — check the path");
    }

    @Test
    void dropsAnUpdateBeforeThePostWithAWarningThatSaysWhy() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "Bank raises rates\n\nPosted October. 5, 2022 07:04,\n"
                + "Updated October. 4, 2022 23:00\n\nThe bank raised its base rate.\n");
        RawArticle article = DumpParsers.standard().parse(file, "inbox/a.txt");
        assertThat(article.updated()).isNull();
        assertThat(article.warnings()).singleElement().hasToString(file.toString().replace('\\', '/')
                + ": updated date 2022-10-04 is before the posted date 2022-10-05; left out"
                + " — check the page's \"Updated\" line");
    }

    @Test
    void keepsAnUpdateOnThePostsDay() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "Bank raises rates\n\nPosted October. 5, 2022 07:04,\n"
                + "Updated October. 5, 2022 23:00\n\nThe bank raised its base rate.\n");
        RawArticle article = DumpParsers.standard().parse(file, "inbox/a.txt");
        assertThat(article.updated()).hasToString("2022-10-05T23:00+09:00");
        assertThat(article.warnings()).isEmpty();
    }

    @Test
    void dropsAnUntimedUpdateOnThePostsDayWithoutAWarning() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "Jordan stun South Korea 2-0 to reach Asian Cup final\n"
                + "By Reuters\nFebruary 6, 2024 8:38 PM GMT+9\nUpdated February 6, 2024\n"
                + "Jordan reached the Asian Cup final for the first time with a 2-0 win over South Korea on Tuesday.\n");
        RawArticle article = DumpParsers.standard().parse(file, "inbox/a.txt");
        assertThat(article.posted()).hasToString("2024-02-06T20:38+09:00");
        assertThat(article.updated()).isNull();
        assertThat(article.warnings()).isEmpty();
    }
}
