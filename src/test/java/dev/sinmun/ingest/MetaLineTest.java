package dev.sinmun.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class MetaLineTest {

    private final MetaLine lines = new MetaLine();

    @Test
    void readsBylineAndDateJoinedByABar() {
        MetaLine.Facts facts = lines.read("by Kevin Lee | 2024.03.05 10:23 KST").orElseThrow();
        assertThat(facts.posted()).isEqualTo(OffsetDateTime.parse("2024-03-05T10:23+09:00"));
        assertThat(facts.byline().name()).isEqualTo("Kevin Lee");
    }

    @Test
    void readsTwoAuthorsAndADateJoinedByAMiddleDot() {
        MetaLine.Facts facts = lines.read("By Chad O'Carroll and Colin Zwirko · March 18, 2024").orElseThrow();
        assertThat(facts.posted()).isEqualTo(OffsetDateTime.parse("2024-03-18T00:00+09:00"));
        assertThat(facts.byline().name()).isEqualTo("Chad O'Carroll, Colin Zwirko");
    }

    @Test
    void readsABareNameBesideTheDate() {
        MetaLine.Facts facts = lines.read("Chad O'Carroll | August 14, 2025").orElseThrow();
        assertThat(facts.posted().toLocalDate()).hasToString("2025-08-14");
        assertThat(facts.byline().name()).isEqualTo("Chad O'Carroll");
        MetaLine.Facts after = lines.read("August 14, 2025 | Colin Zwirko").orElseThrow();
        assertThat(after.byline().name()).isEqualTo("Colin Zwirko");
        assertThat(lines.read("World News | August 14, 2025").map(MetaLine.Facts::byline)).isEmpty();
    }

    @Test
    void refusesALineWithAnotherPartOrNoDate() {
        assertThat(lines.read("Share on Facebook | Tweet | Email")).isEmpty();
        assertThat(lines.read("by Kevin Lee | Business")).isEmpty();
        assertThat(lines.read("KoreaBizWire | March 5, 2024")).isEmpty();
        assertThat(lines.read("March 5, 2024")).isEmpty();
    }
}
