package dev.sinmun.tags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sinmun.model.Lang;
import dev.sinmun.model.PersonRef;
import dev.sinmun.model.RawArticle;
import dev.sinmun.model.TopicRef;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaggerTest {

    private static final Registry REGISTRY = Registry.load(Path.of("src/test/resources/tags/registry"));
    private final Tagger tagger = new Tagger(REGISTRY);

    @Test
    void seedArticleIsAboutChoiAndBiegunOnly() {
        Tags tags = tagger.tag(LabelledCase.read(LabelledCase.ROOT.resolve("seed")).article());

        assertThat(tags.people()).containsExactly(
                new PersonRef("choi-jong-kun", "Choi Jong-kun", "최종건", "First Vice Foreign Minister"),
                new PersonRef("stephen-biegun", "Stephen Biegun", "스티븐 비건", "Deputy Secretary"));
        assertThat(tags.people()).extracting(PersonRef::en)
                .noneMatch(en -> en.contains("Alliance") || en.contains("Dong-A") || en.contains("Incheon"));
        assertThat(tags.topics()).extracting(TopicRef::id)
                .contains("korea-us-alliance", "special-measures-agreement");
    }

    @Test
    void spacedKoreanNamesNeedTwoRomanisedSyllablesAndNoPlaceAfter() {
        Tags tags = new Tagger(Registry.empty()).tag(LabelledCase.article("x", Lang.EN, List.of(
                "Kim Dae Jung met Hyon Song Wol at Cheong Wa Dae, then visited Kim Il Sung Square and Hong Kong.")));

        assertThat(tags.people()).extracting(PersonRef::id).containsExactly("kim-dae-jung", "hyon-song-wol");
    }

    @Test
    void registryPersonTakesNamesFromTheRegistryAndRoleFromTheArticle() {
        Tags tags = tag("Talks", "U.S. Deputy Secretary of State Stephen Biegun’s trip was cut short.");

        assertThat(tags.people()).containsExactly(
                new PersonRef("stephen-biegun", "Stephen Biegun", "스티븐 비건", "Deputy Secretary of State"));
    }

    @Test
    void unknownEnglishNameGetsASlugAndNoKoreanName() {
        Tags tags = tag("Visit", "Ambassador Philip Goldberg arrived in Seoul on Monday.");

        assertThat(tags.people()).containsExactly(
                new PersonRef("philip-goldberg", "Philip Goldberg", null, "Ambassador"));
    }

    @Test
    void aKoreanPlaceIsNoWesternGivenName() {
        RegistryEntry itaewon = new RegistryEntry("itaewon", "Itaewon", "이태원", Aliases.none(), "district", "KR",
                null, null);
        RegistryEntry jordan = new RegistryEntry("jordan", "Jordan", "요르단", Aliases.none(), "country", "JO", null,
                null);
        Tagger tagger = new Tagger(Registry.of(List.of(), List.of(), List.of(), List.of(itaewon, jordan)));
        String text = "Death toll from Itaewon Halloween crowd crush climbs, as the first Halloween without limits "
                + "drew crowds. Jordan Henderson, who played there, sent condolences; Henderson was in Seoul.";

        Tags tags = tagger.tag(LabelledCase.article("Crush", Lang.EN, List.of(text)));

        assertThat(tags.people()).extracting(PersonRef::id).containsExactly("jordan-henderson");
    }

    @Test
    void stationedAtACountryOrInternationalBodyIsNoName() {
        RegistryEntry un = new RegistryEntry("united-nations", "United Nations", "유엔", Aliases.none(),
                "international", null, null, null);
        RegistryEntry india = new RegistryEntry("india", "India", "인도", Aliases.none(), "country", "IN", null,
                null);
        Tagger tagger = new Tagger(Registry.of(List.of(), List.of(), List.of(un), List.of(india)));
        String text = "정부는 주유엔 대표부 대사로 한다온 전 차관을 임명했다. 주인도 대사에는 주영훈 전 국장이 발탁됐다.";

        Tags tags = tagger.tag(LabelledCase.article("인사", Lang.KO, List.of(text)));

        assertThat(tags.people()).extracting(PersonRef::id).containsExactly("han-da-on", "joo-young-hoon");
    }

    @Test
    void unknownKoreanNameGetsTheEnglishFormAndItsSlugAsId() {
        Tags tags = tag("회담", "박진 장관과 정의용 국가안보실장이 만났다.");

        assertThat(tags.people()).containsExactly(
                new PersonRef("park-jin", "Park Jin", "박진", "장관"),
                new PersonRef("jung-ui-yong", "Jung Ui-yong", "정의용", "국가안보실장"));
    }

    @Test
    void unknownForeignNameInHangulGetsARomanisedIdAndNoEnglishName() {
        Tags tags = tag("회담", "마크롱 대통령은 남궁민 대변인과 만났다.");

        assertThat(tags.people()).containsExactly(
                new PersonRef("makeulong", null, "마크롱", "대통령"),
                new PersonRef("namgung-min", "Namgung Min", "남궁민", "대변인"));
    }

    @Test
    void longCompoundKoreanTitleIsTheRole() {
        assertThat(tag("협의", "이도훈 외교부 한반도평화교섭본부장은 워싱턴에 도착했다.").people())
                .containsExactly(new PersonRef("lee-do-hoon", "Lee Do-hoon", "이도훈", "외교부 한반도평화교섭본부장"));
    }

    @Test
    void noRoleWhenTheArticleGivesNone() {
        Tags tags = tag("Kim", "Kim Yo Jong issued a statement.");

        assertThat(tags.people()).containsExactly(new PersonRef("kim-yo-jong", "Kim Yo-jong", "김여정", null));
    }

    @Test
    void surnameWithTitleResolvesToTheOnlyRegistryPersonWithIt() {
        assertThat(tag("Talks", "Deputy Secretary Biegun met reporters.").people())
                .extracting(PersonRef::id).containsExactly("stephen-biegun");
        assertThat(tag("Talks", "Biegun met reporters.").people()).isEmpty();
    }

    @Test
    void commonKoreanSurnameResolvesOnlyWhenTheTitleFitsARegistryRole() {
        assertThat(tag("Talks", "Minister Lee met reporters. Chairman Kim did not.").people()).isEmpty();
        assertThat(tag("Talks", "Minister Moon met reporters.").people()).isEmpty();
        assertThat(tag("Talks", "President Moon met reporters.").people())
                .containsExactly(new PersonRef("moon-jae-in", "Moon Jae-in", "문재인", "President"));
        assertThat(tag("회담", "문 대통령은 기자들을 만났다.").people())
                .containsExactly(new PersonRef("moon-jae-in", "Moon Jae-in", "문재인", "대통령"));
    }

    @Test
    void twoPeopleSharingASurnameAreNotMergedAndTheBareSurnameResolvesToNobody() {
        Tags tags = tag("Rivals", "Lee Jae-myung met Lee Nak-yon. Lee said talks went well.");

        assertThat(tags.people()).extracting(PersonRef::id).containsExactly("lee-jae-myung", "lee-nak-yon");
    }

    @Test
    void reportersAreTheBylineNotTheSubject() {
        assertThat(tag("x", "Reporter Kim Min-ji contributed to this story.").people()).isEmpty();
        assertThat(tag("x", "김정은 국무위원장이 말했다. 홍길동 기자").people()).extracting(PersonRef::id)
                .containsExactly("kim-jong-un");
    }

    @Test
    void topicCountsOnceAndIgnoresCaseDashesAndSpaces() {
        Tags tags = tag("한미 동맹", "The South Korea–U.S. alliance, the south korea - u.s.  Alliance and 한미동맹은.");

        assertThat(tags.topics()).containsExactly(new TopicRef("korea-us-alliance", "South Korea–U.S. alliance", "한미동맹"));
    }

    @Test
    void englishTopicMayBePlural() {
        assertThat(tag("x", "Both Special Measures Agreements expired.").topics()).extracting(TopicRef::id)
                .containsExactly("special-measures-agreement");
        assertThat(tag("x", "The Special Measures Agreementary body.").topics()).isEmpty();
    }

    @Test
    void acronymTopicsAreCaseSensitiveAndWholeWord() {
        assertThat(tag("x", "The THAAD battery in Seongju.").topics()).extracting(TopicRef::id).containsExactly("thaad");
        assertThat(tag("x", "A thaad-like system; THAADS; the sma.").topics()).isEmpty();
    }

    @Test
    void shortKoreanTopicMustStartAWord() {
        assertThat(tag("x", "사드 배치 문제").topics()).extracting(TopicRef::id).containsExactly("thaad");
        assertThat(tag("x", "모사드는 부인했다").topics()).isEmpty();
    }

    @Test
    void isDeterministicAndReusable() {
        RawArticle seed = LabelledCase.read(LabelledCase.ROOT.resolve("seed")).article();
        Tags first = tagger.tag(seed);
        tagger.tag(LabelledCase.read(LabelledCase.ROOT.resolve("en-two-kims")).article());

        assertThat(tagger.tag(seed)).isEqualTo(first);
        assertThat(new Tagger(REGISTRY).tag(seed)).isEqualTo(first);
    }

    @Test
    void emptyRegistryStillFindsTitledAndKoreanStyleNames() {
        Tags tags = new Tagger(Registry.empty()).tag(LabelledCase.article("x", Lang.EN, List.of(
                "South Korean First Vice Foreign Minister Choi Jung-kun met Deputy Secretary Biegun.")));

        assertThat(tags.people()).containsExactly(
                new PersonRef("choi-jung-kun", "Choi Jung-kun", null, "First Vice Foreign Minister"));
        assertThat(tags.topics()).isEmpty();
    }

    @Test
    void aRoleKeepsAnAmpersandInTheNameOfItsBody() {
        assertThat(tag("Ruling", "Kim Hee-young, chairwoman of the T&C Foundation, met reporters.").people())
                .containsExactly(new PersonRef("kim-hee-young", "Kim Hee-young", null,
                        "chairwoman of the T&C Foundation"));
    }

    @Test
    void aForeignNameInHangulBeforeATitleKeepsItsGivenName() {
        assertThat(tag("입단", "존 소링턴 LAFC 단장은 말했다.").people()).extracting(PersonRef::ko)
                .containsExactly("존 소링턴");
    }

    private Tags tag(String title, String paragraph) {
        boolean korean = (title + paragraph).chars().anyMatch(KoreanLexicon::isHangul);
        return tagger.tag(LabelledCase.article(title, korean ? Lang.KO : Lang.EN, List.of(paragraph)));
    }

    @Test
    void aTitleAndSurnameAloneNameWhoHeldThePostWhenTheArticleWasPosted() {
        Tagger tagger = new Tagger(Registry.of(List.of(
                holder("lee-myung-bak", "Lee Myung-bak", "KR", "President", "2008-02", "2013-02"),
                holder("lee-jae-myung", "Lee Jae-myung", "KR", "President", "2025-06", null),
                holder("lee-kee-heung", "Lee Kee-heung", "KR", "President of the Olympic Committee", "2016-10",
                        "2025-02"),
                holder("cho-tae-yul", "Cho Tae-yul", "KR", "Foreign Minister", "2024-01", null),
                holder("cho-hyun", "Cho Hyun", "KR", "Foreign Minister", "2025", null),
                holder("xi-jinping", "Xi Jinping", "CN", "President", "2013-03", null),
                holder("jd-vance", "JD Vance", "US", "Vice President", "2025-01", null)), List.of()));
        OffsetDateTime posted = OffsetDateTime.parse("2025-09-01T07:35:00+09:00");

        Tags tags = tagger.tag("Lee meets Xi", List.of("President Lee said talks with Chinese President Xi went well. "
                + "Foreign Minister Cho agreed. U.S. Vice President J.D. Vance was not there."), posted);

        assertThat(tags.people()).extracting(PersonRef::id)
                .containsExactly("lee-jae-myung", "xi-jinping", "cho-hyun", "jd-vance");
        assertThat(tagger.tag("Lee", List.of("President Lee said so."), OffsetDateTime.parse("2010-05-01T00:00Z"))
                .people()).extracting(PersonRef::id).containsExactly("lee-myung-bak");
        assertThat(tagger.tag("Lee", List.of("President Lee said so."), null).people()).isEmpty();
    }

    @Test
    void aTitleSeveralHoldAtOnceAndASurnameNameNoOneInParticular() {
        Tagger tagger = new Tagger(Registry.of(List.of(
                lawmaker("kim-eun-hye", "Kim Eun-hye", "김은혜", "2024-05"),
                lawmaker("bae-hyun-jin", "Bae Hyun-jin", "배현진", "2020-05"),
                new RegistryPerson("choi-sang-mok", "Choi Sang-mok", "최상목", Aliases.none(),
                        List.of(new Role("Finance Minister", "기획재정부 장관", null, "2023-12", "2025-05")), "KR",
                        null)), List.of()));
        OffsetDateTime posted = OffsetDateTime.parse("2025-03-01T07:35:00+09:00");

        assertThat(tagger.tag("국회", List.of("김 의원은 반대했다. Rep. Kim said no."), posted).people()).isEmpty();
        assertThat(tagger.tag("국회", List.of("김은혜 의원은 반대했다. 김 의원은 말했다."), posted).people())
                .extracting(PersonRef::id).containsExactly("kim-eun-hye");
        assertThat(tagger.tag("예산", List.of("최 장관은 반대했다."), posted).people())
                .extracting(PersonRef::id).containsExactly("choi-sang-mok");
    }

    private static RegistryPerson lawmaker(String id, String en, String ko, String from) {
        return new RegistryPerson(id, en, ko, Aliases.none(), List.of(new Role("Member of the National Assembly",
                "국회의원", "National Assembly", from, null)), "KR", null);
    }

    private static RegistryPerson holder(String id, String en, String country, String role, String from, String to) {
        return new RegistryPerson(id, en, null, Aliases.none(), List.of(new Role(role, null, null, from, to)), country,
                null);
    }
}
