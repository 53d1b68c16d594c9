package dev.sinmun.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateLineParserTest {

    private final DateLineParser parser = new DateLineParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Posted September. 14, 2020 07:34;            2020-09-14T07:34+09:00",
            "Posted September. 14, 2020 07:34,\u00a0 \u00a0 ; 2020-09-14T07:34+09:00",
            "Posted Sept. 3, 2021 18:05;                   2021-09-03T18:05+09:00",
            "Posted SEPT. 3, 2021 18:05;                   2021-09-03T18:05+09:00",
            "Posted Sep 3, 2021;                           2021-09-03T00:00+09:00",
            "Posted Jan. 5, 2022, 07:34 PM;                2022-01-05T19:34+09:00",
            "Posted Jan. 5, 2022 12:10 AM;                 2022-01-05T00:10+09:00",
            "Posted Jan. 5, 2022 12:10 p.m.;               2022-01-05T12:10+09:00",
            "Posted: February 28, 2018 14:20;              2018-02-28T14:20+09:00",
            "Posted on March 1, 2019 at 08:30;             2019-03-01T08:30+09:00",
            "Posted Monday, April 8, 2019 08:30 KST;       2019-04-08T08:30+09:00",
            "Posted 8 April 2019 08:30;                    2019-04-08T08:30+09:00",
            "Posted May. 12, 2020;                         2020-05-12T00:00+09:00",
            "Posted June\u2009. 19,\u30002018\u202f11:00;  2018-06-19T11:00+09:00",
            "Posted July 9, 2019 17:45;                    2019-07-09T17:45+09:00",
            "Posted Aug. 15, 2018 10:00 (KST);             2018-08-15T10:00+09:00",
            "Posted October. 2, 2018 09:30;                2018-10-02T09:30+09:00",
            "Posted Nov. 30, 2020 21:10;                   2020-11-30T21:10+09:00",
            "Posted December 1st, 2020 06:05;              2020-12-01T06:05+09:00",
            "Posted 2020-09-14 07:34;                      2020-09-14T07:34+09:00",
            "Posted 2020-09-13T22:34:00Z;                  2020-09-14T07:34+09:00",
            "입력 2020-09-14 07:34:00;                      2020-09-14T07:34+09:00",
            "입력 2021.07.27 오전 10:02;                    2021-07-27T10:02+09:00",
            "입력 2021.07.27 오후 5:30;                     2021-07-27T17:30+09:00",
            "입력 2020. 9. 14. 07:34;                       2020-09-14T07:34+09:00",
            "입력 : 2020-09-14(월) 07:34;                    2020-09-14T07:34+09:00",
            "기사입력 2020.09.14;                            2020-09-14T00:00+09:00",
            "입력 2020년 9월 14일 오전 7시 34분;              2020-09-14T07:34+09:00",
            "입력 2020년 10월 8일 오후 9시;                  2020-10-08T21:00+09:00",
            "Posted on : Sep.14,2020 17:12 KST;             2020-09-14T17:12+09:00",
            "Published : Sept. 19, 2020 - 14:32;           2020-09-19T14:32+09:00",
            "입력 2020.07.27 (21:05);                       2020-07-27T21:05+09:00",
            "작성 2021.08.03 20:17;                         2021-08-03T20:17+09:00",
            "송고시간 2021-04-19 14:30;                     2021-04-19T14:30+09:00",
            "등록 2021-09-14 17:12;                         2021-09-14T17:12+09:00",
            "기사등록 2024/10/11 19:12:33;                  2024-10-11T19:12:33+09:00",
            "게재 일자 : 2024년 03월 05일(火);               2024-03-05T00:00+09:00",
            "최초 입력 2024.12.09 08:41;                     2024-12-09T08:41+09:00",
            "입력시간 : 2024-03-05 15:12;                    2024-03-05T15:12+09:00",
            "등록일 2024.03.05 15:12;                        2024-03-05T15:12+09:00",
            "기사승인 2024.03.05 15:12;                      2024-03-05T15:12+09:00",
            "발행일 2024-03-05;                              2024-03-05T00:00+09:00",
            "기사전송 2024-03-05 15:12;                      2024-03-05T15:12+09:00",
    })
    void readsPostedDates(String line, String expected) {
        assertThat(parser.isDateLine(line)).isTrue();
        assertThat(parser.parse(line)).hasValueSatisfying(d -> {
            assertThat(d.posted()).isEqualTo(OffsetDateTime.parse(expected));
            assertThat(d.updated()).isNull();
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "Updated September. 14, 2020 07:34;  2020-09-14T07:34+09:00",
            "Last updated Sept. 14, 2020 8:10;   2020-09-14T08:10+09:00",
            "수정 2020-09-14 08:10;               2020-09-14T08:10+09:00",
            "업데이트 2020.09.14 오후 8:10;         2020-09-14T20:10+09:00",
            "최종수정 2020-09-14 08:10:05;         2020-09-14T08:10:05+09:00",
            "최종 수정 2024.12.09 09:30;           2024-12-09T09:30+09:00",
    })
    void readsUpdatedDates(String line, String expected) {
        assertThat(parser.parse(line)).hasValueSatisfying(d -> {
            assertThat(d.posted()).isNull();
            assertThat(d.updated()).isEqualTo(OffsetDateTime.parse(expected));
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"입력 2024-03-05 15:12 ㅣ 수정 2024-03-05 16:00", "입력 2024-03-05 15:12 / 수정 2024-03-05 16:00",
            "입력 2024.03.05 15:12 l 수정 2024.03.05 16:00", "작성일 2024.03.05 15:12 수정일 2024.03.05 16:00"})
    void readsBothDatesWithOtherSeparatorsAndSuffixedKeywords(String line) {
        assertThat(parser.parse(line)).hasValue(new DateLineParser.DateLine(
                OffsetDateTime.parse("2024-03-05T15:12+09:00"), OffsetDateTime.parse("2024-03-05T16:00+09:00")));
    }

    @Test
    void readsOhmyNewsDatesPartedByLowercaseL() {
        assertThat(parser.parseLoose("24.07.18 17:42l최종 업데이트 24.07.18 18:05l")).hasValue(
                new DateLineParser.DateLine(OffsetDateTime.parse("2024-07-18T17:42+09:00"),
                        OffsetDateTime.parse("2024-07-18T18:05+09:00")));
    }

    @Test
    void readsBothDatesOnOneLine() {
        assertThat(parser.parse("입력 2021-05-22 03:00:00 | 수정 2021-05-22 08:41")).hasValue(new DateLineParser.DateLine(
                OffsetDateTime.parse("2021-05-22T03:00+09:00"), OffsetDateTime.parse("2021-05-22T08:41+09:00")));
        assertThat(parser.parse("기사입력 2012-04-14 03:00:00 기사수정 2012-04-14 09:23:41")).hasValue(
                new DateLineParser.DateLine(OffsetDateTime.parse("2012-04-14T03:00+09:00"),
                        OffsetDateTime.parse("2012-04-14T09:23:41+09:00")));
        assertThat(parser.parse("[중앙일보] 입력 2021.05.13 15:03 수정 2021.05.13 18:20")).hasValue(
                new DateLineParser.DateLine(OffsetDateTime.parse("2021-05-13T15:03+09:00"),
                        OffsetDateTime.parse("2021-05-13T18:20+09:00")));
        assertThat(parser.parse("이도연 입력 2022. 10. 30. 11:42수정 2022. 10. 30. 13:05")).hasValue(
                new DateLineParser.DateLine(OffsetDateTime.parse("2022-10-30T11:42+09:00"),
                        OffsetDateTime.parse("2022-10-30T13:05+09:00")));
        assertThat(parser.parse("기사등록 일시 [2015-06-15 11:32:07] 최종수정 일시 [2015-06-15 14:05:11]")).hasValue(
                new DateLineParser.DateLine(OffsetDateTime.parse("2015-06-15T11:32:07+09:00"),
                        OffsetDateTime.parse("2015-06-15T14:05:11+09:00")));
        assertThat(parser.parseLoose("24.09.12 14:21최종 업데이트 24.09.12 15:40")).hasValue(
                new DateLineParser.DateLine(OffsetDateTime.parse("2024-09-12T14:21+09:00"),
                        OffsetDateTime.parse("2024-09-12T15:40+09:00")));
        assertThat(parser.parseDate("24.09.12")).isEmpty();
        assertThat(parser.parseLoose("김정효 2022. 12. 28. 09:40")).hasValue(
                new DateLineParser.DateLine(OffsetDateTime.parse("2022-12-28T09:40+09:00"), null));
        assertThat(parser.parseLoose("한가온 2022. 12. 28. 09:40 사고 현장에 도착했다.")).isEmpty();
        assertThat(parser.parse("이도연 기자입력 2022. 10. 30. 11:42")).hasValue(
                new DateLineParser.DateLine(OffsetDateTime.parse("2022-10-30T11:42+09:00"), null));
        assertThat(parser.parse("Posted Sept. 14, 2020 07:34, Updated Sept. 14, 2020 09:00")).hasValue(
                new DateLineParser.DateLine(OffsetDateTime.parse("2020-09-14T07:34+09:00"),
                        OffsetDateTime.parse("2020-09-14T09:00+09:00")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Posted Septober 14, 2020", "Posted September 31, 2020 07:34", "Posted Sept. 14, 2020 25:10",
            "Posted Sept. 14, 2020 13:10 PM", "Posted Se. 14, 2020", "Posted 14, 2020",
            "Posted Sept. 14, 2020 07:34 in Seoul", "입력 2020-13-01 07:34"})
    void rejectsUnreadableDates(String line) {
        assertThat(parser.isDateLine(line)).isTrue();
        assertThat(parser.parse(line)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Updated figures released on Tuesday showed that exports to China fell 12 percent in the third quarter.",
            "Posted by the press office", "수정해야 할 부분이 많다는 지적이 나왔다", "The talks were posted 3 times",
            "입력값 2020"})
    void ignoresLinesThatAreNotDateLines(String line) {
        assertThat(parser.isDateLine(line)).isFalse();
        assertThat(parser.parse(line)).isEmpty();
    }

    @Test
    void tellsWhetherALineGivesItsTimeZone() {
        assertThat(parser.hasZone("Updated 9:40 PM GMT+9, June 3, 2025")).isTrue();
        assertThat(parser.hasZone("Mon 2 Jun 2025 07.12 BST")).isTrue();
        assertThat(parser.hasZone("Posted on : Sep.2,2024 17:51 KST")).isTrue();
        assertThat(parser.hasZone("2025-06-03T21:40:00+09:00")).isTrue();
        assertThat(parser.hasZone("Issued on: 16/01/2026 - 08:12")).isFalse();
        assertThat(parser.hasZone("Published : June 12, 2025 - 15:21:07")).isFalse();
        assertThat(parser.hasZone("Posted 10:05 at the Pacific Tower")).isFalse();
    }

    @Test
    void readsSlashedDatesDayFirstUnlessTheSecondNumberIsNoMonth() {
        assertThat(parser.parseDate("26/02/2025 - 04:21")).hasValue(OffsetDateTime.parse("2025-02-26T04:21+09:00"));
        assertThat(parser.parseDate("05/03/2025")).hasValue(OffsetDateTime.parse("2025-03-05T00:00+09:00"));
        assertThat(parser.parseDate("02/26/2025 10:05")).hasValue(OffsetDateTime.parse("2025-02-26T10:05+09:00"));
        assertThat(parser.parse("Issued on: 26/02/2025 - 04:21")).hasValue(
                new DateLineParser.DateLine(OffsetDateTime.parse("2025-02-26T04:21+09:00"), null));
    }

    @Test
    void parsesBareDates() {
        assertThat(parser.parseDate("2020년 9월 14일 오전 7시 34분")).hasValue(OffsetDateTime.parse("2020-09-14T07:34+09:00"));
        assertThat(parser.parseDate("The talks ended")).isEmpty();
        assertThat(parser.parseDate("15:02 April 19, 2021")).hasValue(OffsetDateTime.parse("2021-04-19T15:02+09:00"));
        assertThat(parser.parseLoose("2021-04-19 15:02 | Updated 2021-04-19 18:20")).hasValue(new DateLineParser.DateLine(
                OffsetDateTime.parse("2021-04-19T15:02+09:00"), OffsetDateTime.parse("2021-04-19T18:20+09:00")));
    }

    @Test
    void readsForeignTimeZonesIntoKoreanTime() {
        assertThat(parser.parseDate("December 3, 2024 11:24 PM GMT+9"))
                .hasValue(OffsetDateTime.parse("2024-12-03T23:24+09:00"));
        assertThat(parser.parseDate("Thu 10 Oct 2024 13.27 CEST"))
                .hasValue(OffsetDateTime.parse("2024-10-10T20:27+09:00"));
        assertThat(parser.parseDate("Oct 10, 2024 9:00 AM EDT"))
                .hasValue(OffsetDateTime.parse("2024-10-10T22:00+09:00"));
        assertThat(parser.parseDate("Jan 6, 2025 22:12 ET")).hasValue(OffsetDateTime.parse("2025-01-07T12:12+09:00"));
        assertThat(parser.parseDate("Jan 6, 2025 13:00 GMT")).hasValue(OffsetDateTime.parse("2025-01-06T22:00+09:00"));
        assertThat(parser.parse("Updated 10:12 PM EST, Mon January 6, 2025")).hasValue(
                new DateLineParser.DateLine(null, OffsetDateTime.parse("2025-01-07T12:12+09:00")));
        assertThat(parser.parse("Updated 7:51 PM GMT+9, December 14, 2024")).hasValue(
                new DateLineParser.DateLine(null, OffsetDateTime.parse("2024-12-14T19:51+09:00")));
        assertThat(parser.parseDate("Sept. 14, 2020 13.27")).isEmpty();
    }

    @Test
    void leavesOutTimesRelativeToTheSave() {
        assertThat(parser.parseDate("December 3, 2024 11:24 PM GMT+9 Updated 3 hours ago"))
                .hasValue(OffsetDateTime.parse("2024-12-03T23:24+09:00"));
        assertThat(parser.isRelativeTime("2 hours ago")).isTrue();
        assertThat(parser.isRelativeTime("Updated 3 hours ago")).isTrue();
        assertThat(parser.isRelativeTime("Talks resumed 3 days ago")).isFalse();
        assertThat(parser.isUpdateLine("Updated 3:15 a.m. ET")).isTrue();
        assertThat(parser.isUpdateLine("Posted Sept. 14, 2020 | Updated Sept. 14, 2020")).isFalse();
    }

    @Test
    void readsWriteAndUpdateLabels() {
        assertThat(parser.parse("Write: 2024-12-29 16:31:08 / Update: 2024-12-29 18:05:44")).hasValue(
                new DateLineParser.DateLine(OffsetDateTime.parse("2024-12-29T16:31:08+09:00"),
                        OffsetDateTime.parse("2024-12-29T18:05:44+09:00")));
        assertThat(parser.isDateLine("Update 2 on the summit")).isFalse();
    }

    @Test
    void readsAKoreanKeywordAfterItsDateAndABarAfterTheKeyword() {
        assertThat(parser.parse("2025-04-10 09:31 송고")).contains(new DateLineParser.DateLine(
                OffsetDateTime.parse("2025-04-10T09:31+09:00"), null));
        assertThat(parser.parse("2025-04-10 11:02 최종수정")).contains(new DateLineParser.DateLine(
                null, OffsetDateTime.parse("2025-04-10T11:02+09:00")));
        assertThat(parser.parse("송고시간 | 2015/12/28 17:49")).contains(new DateLineParser.DateLine(
                OffsetDateTime.parse("2015-12-28T17:49+09:00"), null));
        assertThat(parser.parse("2025년 예산 수정")).isEmpty();
    }
}
