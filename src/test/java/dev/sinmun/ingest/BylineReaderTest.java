package dev.sinmun.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BylineReaderTest {

    private final BylineReader reader = new BylineReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "lightee@donga.com;                          lightee@donga.com",
            "Kim Min-ji kimmj@koreaherald.com;           kimmj@koreaherald.com",
            "Kim Min-ji (kimmj@koreaherald.com);         kimmj@koreaherald.com",
            "워싱턴=김정안 특파원 jkim@donga.com;          jkim@donga.com",
            "홍길동 기자 hong@donga.com;                  hong@donga.com",
            "a.b@yna.co.kr, c-d@yna.co.kr;               a.b@yna.co.kr|c-d@yna.co.kr",
            "E-mail: kimmj@donga.com;                    kimmj@donga.com",
    })
    void readsEmails(String line, String emails) {
        assertThat(reader.read(line)).hasValueSatisfying(b -> assertThat(b.emails()).isEqualTo(List.of(emails.split("\\|"))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "lightee@donga.com;                          lightee@donga.com",
            "Kim Min-ji kimmj@koreaherald.com;           Kim Min-ji kimmj@koreaherald.com",
            "Kim Min-ji (kimmj@koreaherald.com);         Kim Min-ji kimmj@koreaherald.com",
            "By Kim Min-ji kimmj@koreaherald.com;        Kim Min-ji kimmj@koreaherald.com",
            "BY PARK EUN-JI [park.eunji@joongang.co.kr]; Park Eun-ji park.eunji@joongang.co.kr",
            "워싱턴=김정안 특파원 jkim@donga.com;          김정안 jkim@donga.com",
            "Los Angeles=Lee Hoon-sang correspondent sanghun@donga.com; Lee Hoon-sang sanghun@donga.com",
            "Yoon-Deok Kim Stockholm correspondent momo@donga.com, Ji-Hoon Ryu Paris correspondent jhryu@donga.com; "
                    + "Yoon-Deok Kim momo@donga.com, Ji-Hoon Ryu jhryu@donga.com",
            "Kim Ji-eun, staff reporter kimje@hani.co.kr; Kim Ji-eun kimje@hani.co.kr",
            "Kim Do-hyung dodo@donga.com, Lee Ji-eun easy@donga.com; Kim Do-hyung dodo@donga.com, Lee Ji-eun easy@donga.com",
            "a.b@yna.co.kr, c-d@yna.co.kr;               a.b@yna.co.kr, c-d@yna.co.kr",
            "Song Sang-ho, Kim Eun-jung sshluck@yna.co.kr, ejkim@yna.co.kr; "
                    + "Song Sang-ho sshluck@yna.co.kr, Kim Eun-jung ejkim@yna.co.kr",
            "E-mail: kimmj@donga.com;                    kimmj@donga.com",
            "serapark@yna.co.kr (END);                   serapark@yna.co.kr",
            "Sang-Jun Kim ksj@donga.com · Dong-Hyun Kwon; Sang-Jun Kim ksj@donga.com, Dong-Hyun Kwon",
            "Jin-Woo Lee jinulee@donga.com, Dong-Hyun Shin; Jin-Woo Lee jinulee@donga.com, Dong-Hyun Shin",
            "Dong-Hyun Kwon · Sang-Jun Kim ksj@donga.com; Dong-Hyun Kwon, Sang-Jun Kim ksj@donga.com",
            "Jae-Hyuk Park / Tae-Hoon Hyun epark@donga.com; Jae-Hyuk Park, Tae-Hoon Hyun epark@donga.com",
            "Jung-Ah Shin (Washington correspondent) jshin@donga.com; Jung-Ah Shin jshin@donga.com",
            "Photo by Dong-Ju Kim zoo@donga.com;         Dong-Ju Kim zoo@donga.com",
            "Interviewed by Jin-Woo Lee jinulee@donga.com; Jin-Woo Lee jinulee@donga.com",
            "판문점/정유경 기자 edge@hani.co.kr;          정유경 edge@hani.co.kr",
            "Ansan=Jae-Myoung Lee, Mokpo=Chang-Won Jung egija@donga.com; Jae-Myoung Lee, Chang-Won Jung egija@donga.com",
            "방콕/글·사진 김양중 기자 himtrain@hani.co.kr; 김양중 himtrain@hani.co.kr",
            "YTN 나현호 (nhh@ytn.co.kr);                   나현호 nhh@ytn.co.kr",
            "이데일리 김겨레 기자 re97@edaily.co.kr;        김겨레 re97@edaily.co.kr",
            "이채완 사회부 기자 chaewani@donga.com;        이채완 chaewani@donga.com",
            "윤상호 군사전문기자 ysh1005@donga.com;        윤상호 ysh1005@donga.com",
            "이강민 김혜원 기자 river@kmib.co.kr;          이강민, 김혜원 river@kmib.co.kr",
            "서울 한지은 기자 jieun@seoul.co.kr;           한지은 jieun@seoul.co.kr",
            "송평인 논설위원 pisong@donga.com;             송평인 논설위원 pisong@donga.com",
    })
    void creditsTheReportersAsPrinted(String line, String credit) {
        assertThat(reader.read(line)).hasValueSatisfying(b -> assertThat(b.credit()).isEqualTo(credit));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "By Kim Min-ji|kimmj@donga.com;                          Kim Min-ji kimmj@donga.com",
            "By Kim Min-ji|Kim Min-ji kimmj@donga.com;               Kim Min-ji kimmj@donga.com",
            "Kim Min-ji kimmj@donga.com|Lee Ji-eun easy@donga.com;   Kim Min-ji kimmj@donga.com, Lee Ji-eun easy@donga.com",
            "kimmj@donga.com|kimmj@donga.com;                        kimmj@donga.com",
            "By Kim Min-ji;                                          Kim Min-ji",
            "By Song Sang-ho and Kim Eun-jung|sshluck@yna.co.kr, ejkim@yna.co.kr; "
                    + "Song Sang-ho sshluck@yna.co.kr, Kim Eun-jung ejkim@yna.co.kr",
            "By Jung Da-min, Lee Hyo-jin|Jung Da-min damin.jung@koreatimes.co.kr|Lee Hyo-jin lhj@koreatimes.co.kr; "
                    + "Jung Da-min damin.jung@koreatimes.co.kr, Lee Hyo-jin lhj@koreatimes.co.kr",
    })
    void joinsAnArticlesReporterLinesIntoOneByline(String lines, String byline) {
        List<BylineReader.Byline> reporters = Arrays.stream(lines.split("\\|"))
                .map(line -> reader.read(line).orElseThrow()).toList();
        assertThat(BylineReader.Byline.join(reporters)).isEqualTo(byline);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Jindo=Kim Ho-gyun;                   Kim Ho-gyun",
            "기자명 김영재 기자;                     김영재",
            "이데일리 김겨레 기자;                   김겨레",
            "By Kim Min-ji;                       Kim Min-ji",
            "BY Lee Hyo-jin and Park Si-soo;      Lee Hyo-jin, Park Si-soo",
            "By Sam Kim, Jane Doe, and Shinhye Kang; Sam Kim, Jane Doe, Shinhye Kang",
            "By Sam Kim & Shinhye Kang;          Sam Kim, Shinhye Kang",
            "By Michelle Ye Hee Lee and Min Joo Kim; Michelle Ye Hee Lee, Min Joo Kim",
            "By Jung Da-min, Staff reporter;      Jung Da-min",
            "By Kim Ji-eun, staff reporter;       Kim Ji-eun",
            "Reporter Jang Min-ho;                Jang Min-ho",
            "Staff Writer Lee Hyo-jin;            Lee Hyo-jin",
            "By Kim Chun-sik;                     Kim Chun-sik",
            "이재훈 기자;                          이재훈",
            "워싱턴=김정안 특파원;                  김정안",
            "김민지 이재훈 기자;                    김민지, 이재훈",
            "세종 이현정 기자;                      이현정",
            "베이징 이명철 특파원;                   이명철",
            "뉴시스 박선정;                        박선정",
            "대구CBS 정지훈 기자;                   정지훈",
            "고민수 기자 / 박은서 기자;              고민수, 박은서",
    })
    void readsNamesWithoutEmail(String line, String name) {
        assertThat(reader.read(line)).hasValueSatisfying(b -> {
            assertThat(b.emails()).isEmpty();
            assertThat(b.name()).isEqualTo(name);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "By Monday the deal was done.",
            "By then, the talks had collapsed",
            "By Invitation Only",
            "By The Numbers",
            "Readers can reach the ministry’s press office at press@mofa.go.kr with questions about the statement.",
            "기자들은 이날 회견장에 모였다",
            "The envoys met on Tuesday.",
            "Contact: relief-desk@osong.example.kr",
            "Reporters were barred from the hearing.",
            "문의: help@example.kr",
            "The festival runs through April. Yoo Seo-jin seojin@donga.com",
            "Contact Park Min-young contest@donga.com",
            "연합뉴스 제공",
            "뉴시스 자료사진"})
    void ignoresBodyText(String line) {
        assertThat(reader.read(line)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Kim Soon-duk, Editorial Writer;             Kim Soon-duk",
            "Lee Jin-young Washington Correspondent;     Lee Jin-young",
            "Jung-Ah Lee and Chang-Kyu Kim, Staff Reporters; Jung-Ah Lee, Chang-Kyu Kim",
            "Seo-Hyun Jeon and Jae-Hee Lee, staff reporters; Seo-Hyun Jeon, Jae-Hee Lee",
            "Min-Ji Son, senior reporter;                Min-Ji Son",
            "John Smith, Staff Writer;                   John Smith",
            "Kim Yoon-jung, Lee Cheong-ah;               Kim Yoon-jung, Lee Cheong-ah",
            "Lee Jae-myung;                              Lee Jae-myung",
            "Jae-Hyun Park, Jin-Kyu Kang;                Jae-Hyun Park, Jin-Kyu Kang",
            "Hye-Won Yoon, Seung-Woo Lee;                Hye-Won Yoon, Seung-Woo Lee",
            "Jeong-Ah Han;                               Jeong-Ah Han",
            "Wi Sung-lac, Former Korean Ambassador to Russia; Wi Sung-lac",
            "Muan=Eun-Hoo Lee, Ji-Won Kim;               Eun-Hoo Lee, Ji-Won Kim",
            "Ansan=Jae-Myoung Lee, Mokpo=Chang-Won Jung; Jae-Myoung Lee, Chang-Won Jung",
            "Interviewed by Jung-Ah Shin, Washington correspondent; Jung-Ah Shin",
            "Pyongyang Joint Press Corps;                Pyongyang Joint Press Corps",
            "박상준 일본 와세다대 국제학부 교수;               박상준 일본 와세다대 국제학부 교수",
            "이인실 한반도미래인구연구원장·전 통계청장;         이인실 한반도미래인구연구원장·전 통계청장",
            "위성락 전 주러시아대사;                        위성락 전 주러시아대사",
    })
    void readsClosingSignatures(String paragraph, String names) {
        assertThat(reader.readSignature(paragraph)).hasValueSatisfying(b -> {
            assertThat(b.emails()).isEmpty();
            assertThat(b.name()).isEqualTo(names);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Kim Soon-duk, Editorial Writer;             Kim Soon-duk, Editorial Writer",
            "Interviewed by Jung-Ah Shin, Washington correspondent; Jung-Ah Shin",
            "Jung-Ah Lee and Chang-Kyu Kim, Staff Reporters; Jung-Ah Lee, Chang-Kyu Kim",
            "Photo by Dong-Ju Kim;                       Dong-Ju Kim",
    })
    void creditsASignatureWithItsRole(String paragraph, String credit) {
        assertThat(reader.readSignature(paragraph)).hasValueSatisfying(b -> assertThat(b.credit()).isEqualTo(credit));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Related Articles",
            "Follow-Up Report",
            "Daily Follow-up",
            "Jae-Hyun Park, Jin-Kyu Kang, Min-Ji Son, Won-Mo Kim",
            "Son Heung-min, Hwang Hee-chan, Lee Kang-in, Cho Gue-sung",
            "Choi Sang-mok, Finance Minister",
            "Kim Jong Un",
            "John Smith",
            "Staff Reporter",
            "Cho said he would appeal.",
            "Seoul, Busan, Daegu, Incheon and Gwangju",
            "Moon Jae-in and Kim Jong Un met at Panmunjom on Friday",
            "Kim Min-ji, Lee Jae-hoon, Park Si-soo, Choi Ha-na, Jung Da-min"})
    void leavesClosingTextAlone(String paragraph) {
        assertThat(reader.readSignature(paragraph)).isEmpty();
    }

    @Test
    void listsTheReportersWhoShareOneEmail() {
        assertThat(reader.read("Bae Ha-na, Oh Jin-seo (metro@heraldcorp.com)")).hasValueSatisfying(b -> {
            assertThat(b.name()).isEqualTo("Bae Ha-na, Oh Jin-seo");
            assertThat(b.credit()).isEqualTo("Bae Ha-na, Oh Jin-seo metro@heraldcorp.com");
        });
        assertThat(reader.read("Bae Ha-na and Oh Jin-seo (metro@koreatimes.co.kr)")).map(BylineReader.Byline::name)
                .contains("Bae Ha-na, Oh Jin-seo");
        assertThat(reader.read("By Bae Ha-na (hana@heraldcorp.com)")).map(BylineReader.Byline::name).contains("Bae Ha-na");
        assertThat(reader.read("Bae Ha-na hana@donga.com, Oh Jin-seo jinseo@donga.com"))
                .map(BylineReader.Byline::name).contains("Bae Ha-na, Oh Jin-seo");
        assertThat(reader.read("Bae Ha-na, Seoul correspondent (hana@heraldcorp.com)")).map(BylineReader.Byline::name)
                .contains("Bae Ha-na");
        assertThat(reader.read("Bae Ha-na, staff reporter (hana@koreatimes.co.kr)")).map(BylineReader.Byline::credit)
                .contains("Bae Ha-na hana@koreatimes.co.kr");
    }

    @Test
    void readsTheReportersAKoreanWireStoryNamesInItsFirstWords() {
        assertThat(reader.readWireLead("(서울=연합뉴스) 이귀원 현혜란 기자 = 한국과 일본 정부는 28일 …"))
                .map(BylineReader.Byline::name).contains("이귀원, 현혜란");
        assertThat(reader.readWireLead("[서울=뉴시스]한은진 기자 = 윤석열 대통령에 대한 …"))
                .map(BylineReader.Byline::name).contains("한은진");
        assertThat(reader.readWireLead("서울시는 28일 (서울=연합뉴스) 보도를 인용해 …")).isEmpty();
    }

    @Test
    void readsTheReporterAnEnglishAnchorHandsOverTo() {
        String lead = "The central bank kept its rate unchanged, citing household debt. Our Kim Bo-kyoung reports.";
        assertThat(reader.readEnglishHandover(lead)).map(BylineReader.Byline::name).contains("Kim Bo-kyoung");
        assertThat(reader.withoutEnglishHandover(lead))
                .isEqualTo("The central bank kept its rate unchanged, citing household debt.");
        assertThat(reader.readEnglishHandover("The budget passed. KBS World's Choi Min-ji has more."))
                .map(BylineReader.Byline::name).contains("Choi Min-ji");
        assertThat(reader.readEnglishHandover("Kim Bo-kyoung reports.")).isEmpty();
        assertThat(reader.readEnglishHandover("The North fired a missile, the military said. Yonhap News reports."))
                .isEmpty();
        assertThat(reader.readEnglishHandover("Prices rose again, the ministry said. The Korea Herald reports."))
                .isEmpty();
        assertThat(reader.readEnglishHandover("The minister said the reports were false.")).isEmpty();
    }

    @Test
    void readsTheReporterAnAnchorHandsOverTo() {
        assertThat(reader.readAnchorHandover("사실상 탄핵 찬성으로 돌아선 것으로 해석됩니다. 이한주 기자입니다."))
                .hasValueSatisfying(b -> assertThat(b.name()).isEqualTo("이한주"));
        assertThat(reader.readAnchorHandover("먼저 KBC 정의진 기자입니다."))
                .hasValueSatisfying(b -> assertThat(b.name()).isEqualTo("정의진"));
        assertThat(reader.readAnchorHandover("김세현 기자가 보도합니다."))
                .hasValueSatisfying(b -> assertThat(b.name()).isEqualTo("김세현"));
        assertThat(reader.readAnchorHandover("그는 30년 차 베테랑 기자입니다.")).isEmpty();
    }

    @Test
    void leavesTheDeskBeforeAReporterOutOfTheName() {
        assertThat(reader.read("디지털뉴스팀 한다솜 기자 dasom@mk.co.kr"))
                .hasValueSatisfying(b -> assertThat(b.name()).isEqualTo("한다솜"));
        assertThat(reader.read("/온라인뉴스부 한다솜기자 dasom@sedaily.com"))
                .hasValueSatisfying(b -> assertThat(b.name()).isEqualTo("한다솜"));
        assertThat(reader.read("한다솜 윤나래 기자 dasom@yna.co.kr"))
                .hasValueSatisfying(b -> assertThat(b.name()).isEqualTo("한다솜, 윤나래"));
    }

    @Test
    void cutsTheAnchorsHandoverFromTheParagraph() {
        assertThat(reader.withoutAnchorHandover("사실상 찬성으로 돌아섰습니다. 이한주 기자입니다."))
                .isEqualTo("사실상 찬성으로 돌아섰습니다.");
        assertThat(reader.withoutAnchorHandover("먼저 KBC 정의진 기자입니다.")).isEmpty();
        assertThat(reader.withoutAnchorHandover("그는 30년 차 베테랑 기자입니다.")).isEqualTo("그는 30년 차 베테랑 기자입니다.");
    }

    @Test
    void takesNoNameFromASloganBesideTheEmail() {
        assertThat(reader.read("◎공감언론 뉴시스 gogogirl@newsis.com"))
                .hasValueSatisfying(byline -> assertThat(byline.name()).isNull());
    }

    @Test
    void readsAnAgencysByLineInCapitalsAsNames() {
        assertThat(reader.read("By KIM TONG-HYUNG and HYUNG-JIN KIM"))
                .hasValueSatisfying(b -> assertThat(b.name()).isEqualTo("Kim Tong-hyung, Hyung-jin Kim"));
        assertThat(reader.read("By AP")).hasValueSatisfying(b -> assertThat(b.name()).isEqualTo("AP"));
    }

    @Test
    void readsALongByLineOfNamesOnly() {
        assertThat(reader.read("By Yoonjung Seo, Gawon Bae, Helen Regan and Mike Valerio, CNN"))
                .hasValueSatisfying(b -> assertThat(b.name())
                        .isEqualTo("Yoonjung Seo, Gawon Bae, Helen Regan, Mike Valerio"));
        assertThat(reader.readNameWithRole("KIM JAEWON, Nikkei staff writer"))
                .hasValueSatisfying(b -> assertThat(b.name()).isEqualTo("Kim Jaewon"));
        assertThat(reader.readNameWithRole("Seoul says talks will resume, officials said")).isEmpty();
    }

    @Test
    void readsAByLineOfThreeNamesWithTheirJobAfterTheLast() {
        assertThat(reader.read("By Han Da-eun, Oh Ji-hoon and Seo Min-jae, staff reporters"))
                .hasValueSatisfying(b -> assertThat(b.name()).isEqualTo("Han Da-eun, Oh Ji-hoon, Seo Min-jae"));
        assertThat(reader.read("By the time the rally ended, police and students had left, staff reporters said"))
                .isEmpty();
    }
}
