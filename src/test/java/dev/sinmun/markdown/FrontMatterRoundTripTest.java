package dev.sinmun.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sinmun.model.Article;
import dev.sinmun.model.BilingualName;
import dev.sinmun.model.Lang;
import dev.sinmun.model.NamedRef;
import dev.sinmun.model.PersonRef;
import dev.sinmun.model.Source;
import dev.sinmun.model.TagEdits;
import dev.sinmun.model.TopicRef;
import dev.sinmun.model.Translation;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterRoundTripTest {

    private final FrontMatterWriter writer = new FrontMatterWriter();
    private final FrontMatterReader reader = new FrontMatterReader();

    static Article sample() {
        return new Article("no-deal-yet-on-cost-sharing", "No deal yet: Seoul, Washington split on cost-sharing",
                Lang.EN, OffsetDateTime.parse("2021-03-02T18:05:00+09:00"), null, "kim.minji@example.com",
                new Source(new BilingualName("Example Daily", null), null, "inbox/a b.txt"),
                List.of(new Translation(Lang.KO, "https://example.com/ko/1")),
                List.of(new PersonRef("kim-min-ji", "Kim Min-ji", "김민지", "Vice Minister"),
                        new PersonRef("john-roe", "John Roe", null, null)),
                List.of(new TopicRef("sma", "Special Measures Agreement", "방위비분담특별협정")),
                List.of(new NamedRef("usfk", "U.S. Forces Korea", "주한미군")),
                List.of(new NamedRef("pyeongtaek", "Pyeongtaek", "평택"), new NamedRef("camp-x", "Camp X: North", null)),
                "Talks: \"stalled\" again, officials said.", 42,
                "First paragraph \\*not emphasis\\*.\n\nSecond — with Hangul 한글.\n");
    }

    @Test
    void writtenArticleReadsBackEqual() {
        Article article = sample();
        String file = writer.write(article);

        Article back = reader.read(Path.of("2021/03/no-deal-yet-on-cost-sharing.md"), file);

        assertThat(back).isEqualTo(article);
    }

    @Test
    void tagEditsAreWrittenAfterTheTagListsAndReadBack() {
        Article article = sample().withTags(sample().people(), sample().topics(), sample().organizations(),
                sample().places(), new TagEdits(List.of("people/kim-min-ji", "places/camp-x"), List.of("topics/sma")));
        String file = writer.write(article);

        assertThat(file).contains("\npinned_tags: [people/kim-min-ji, places/camp-x]\nremoved_tags: [topics/sma]\n"
                + "summary:");
        assertThat(reader.read(Path.of("no-deal-yet-on-cost-sharing.md"), file)).isEqualTo(article);
        assertThat(writer.write(sample())).doesNotContain("pinned_tags", "removed_tags");
    }

    @Test
    void stampedFileReadsBackEqualAndTheStampIsVerified() {
        String stamped = ImportStamp.stamp(writer.write(sample()));

        assertThat(reader.read(Path.of("no-deal-yet-on-cost-sharing.md"), stamped)).isEqualTo(sample());
        assertThat(ImportStamp.check(stamped)).isEqualTo(ImportStamp.State.INTACT);
        assertThat(ImportStamp.check(stamped.replace("Second", "2nd"))).isEqualTo(ImportStamp.State.EDITED);
        assertThat(ImportStamp.check(writer.write(sample()))).isEqualTo(ImportStamp.State.UNSTAMPED);
    }

    @Test
    void writesTheSchemaKeysInTheirFixedOrder() {
        String file = writer.write(sample());

        assertThat(file).startsWith("""
                ---
                title: "No deal yet: Seoul, Washington split on cost-sharing"
                lang: en
                posted: 2021-03-02T18:05:00+09:00
                updated: null
                byline: kim.minji@example.com
                source: {name: {en: Example Daily, ko: null}, url: null, file: inbox/a b.txt}
                translations: {ko: {url: https://example.com/ko/1}}
                people:
                  - {id: kim-min-ji, en: Kim Min-ji, ko: 김민지, role: Vice Minister}
                  - {id: john-roe, en: John Roe, ko: null, role: null}
                topics:
                  - {id: sma, en: Special Measures Agreement, ko: 방위비분담특별협정}
                organizations:
                  - {id: usfk, en: U.S. Forces Korea, ko: 주한미군}
                places:
                  - {id: pyeongtaek, en: Pyeongtaek, ko: 평택}
                  - {id: camp-x, en: "Camp X: North", ko: null}
                summary: "Talks: \\"stalled\\" again, officials said."
                words: 42
                ---

                First paragraph""");
    }
}
