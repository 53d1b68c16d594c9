package dev.sinmun.tags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sinmun.model.Lang;
import dev.sinmun.model.PersonRef;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The body or country a Korean title names, as the archive's own registry knows them, is part of the role. */
class KoreanAffiliationsTest {

    private static final Tagger TAGGER = new Tagger(Registry.load(Path.of("content/registry")));

    private static List<String> roles(String... paragraphs) {
        return TAGGER.tag(LabelledCase.article("x", Lang.KO, List.of(paragraphs))).people().stream()
                .map(p -> p.id() + " " + p.role()).toList();
    }

    @Test
    void aRegistryOrganisationOrCountryBeforeTheTitleIsKept() {
        assertThat(roles("이재명 대통령은 마크 뤼터 나토 사무총장과 회담했다. 이 대통령은 키어 스타머 영국 총리, "
                + "프리드리히 메르츠 독일 총리와도 잇달아 약식 회담을 가졌다."))
                .contains("mark-rutte 나토 사무총장", "keir-starmer 영국 총리", "friedrich-merz 독일 총리");
    }

    @Test
    void aNameEndingAsBodiesDoBeforeAPartyIsAPerson() {
        assertThat(roles("김 후보는 승복했다. 권영국 민주노동당 후보는 0.98%를 얻었다."))
                .contains("kwon-young-kook 민주노동당 후보");
    }
}
