package dev.sinmun.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SummaryCutterTest {

    private final SummaryCutter cutter = new SummaryCutter();

    @Test
    void keepsAShortLeadWhole() {
        assertThat(cutter.cut("The envoys met in Geneva on Tuesday.\u00a0")).isEqualTo("The envoys met in Geneva on Tuesday.");
        assertThat(cutter.cut(null)).isEmpty();
    }

    @Test
    void leavesOutAWireDatelineOpeningTheLead() {
        assertThat(cutter.cut("SEOUL, March 18 (Yonhap) -- North Korea fired a ballistic missile on Monday."))
                .isEqualTo("North Korea fired a ballistic missile on Monday.");
        assertThat(cutter.cut("WASHINGTON (AP) — The Senate passed the bill.")).isEqualTo("The Senate passed the bill.");
        assertThat(cutter.cut("(서울=연합뉴스) 김지헌 기자 = 김여정 북한 노동당 부부장은 18일 담화를 냈다."))
                .isEqualTo("김여정 북한 노동당 부부장은 18일 담화를 냈다.");
        assertThat(cutter.cut("(워싱턴=연합뉴스) 북한이 미사일을 쐈다.")).isEqualTo("북한이 미사일을 쐈다.");
        assertThat(cutter.cut("(서울=연합뉴스) 김지헌 정수연 기자 = 윤석열 대통령은 7일 회담했다."))
                .isEqualTo("윤석열 대통령은 7일 회담했다.");
        assertThat(cutter.cut("SEOUL and Tokyo agreed (in principle) to meet.")).isEqualTo("SEOUL and Tokyo agreed (in principle) to meet.");
        assertThat(cutter.cut("[GaonWire=MinJae Park] Hanwha Ocean won an order for two tankers.")).isEqualTo(
                "Hanwha Ocean won an order for two tankers.");
        assertThat(cutter.cut("BUSAN, May 2 (PWS) - The port handled a record 2 million containers in April."))
                .isEqualTo("The port handled a record 2 million containers in April.");
        assertThat(cutter.cut("BUSAN, South Korea, May 2 (PWS) -- The port handled a record 2 million containers."))
                .isEqualTo("The port handled a record 2 million containers.");
    }

    @Test
    void leavesOutABracketedReporterTagOpeningTheLead() {
        assertThat(cutter.cut("[이데일리 김겨레 기자] 트럼프 후보가 15일 주장했다.")).isEqualTo("트럼프 후보가 15일 주장했다.");
        assertThat(cutter.cut("[이데일리 뉴욕=김상윤 특파원] 연준이 금리를 내렸다.")).isEqualTo("연준이 금리를 내렸다.");
        assertThat(cutter.cut("[아시아경제 김철수 이영희 기자] 증시가 올랐다.")).isEqualTo("증시가 올랐다.");
        assertThat(cutter.cut("[단독] 검찰이 압수수색했다.")).isEqualTo("[단독] 검찰이 압수수색했다.");
    }

    @Test
    void leavesOutAnObituarysFuneralDetails() {
        assertThat(cutter.cut("윤가람 전 교수가 19일 별세했다. 향년 88. 유족으로는 아들 한다온씨가 있다. 빈소는 가온대병원."))
                .isEqualTo("윤가람 전 교수가 19일 별세했다. 향년 88.");
        assertThat(cutter.cut("배우 서가온씨가 숨졌다. 빈소는 가온병원 장례식장, 발인은 21일.")).isEqualTo("배우 서가온씨가 숨졌다.");
        assertThat(cutter.cut("서다솜씨 별세, 서가온(가온전자 부장)씨 부친상 = 19일, 가온대병원 장례식장, 발인 21일"))
                .isEqualTo("서다솜씨 별세, 서가온(가온전자 부장)씨 부친상");
        assertThat(cutter.cut("시는 유족으로는 처음으로 보상을 받았다고 밝혔다. 빈소 운영비도 지원한다."))
                .isEqualTo("시는 유족으로는 처음으로 보상을 받았다고 밝혔다. 빈소 운영비도 지원한다.");
    }

    @Test
    void cutsAtTheLastSentenceEndThatFits() {
        String first = "South Korea and the United States agreed on Friday to resume working-level consultations on "
                + "North Korea policy later this month.";
        String second = " Officials described the move as an effort to keep channels open despite Pyongyang’s silence.";
        String third = " The last in-person meeting of the two envoys took place in June in Seoul, and since then the"
                + " North has not answered repeated offers of talks, a senior official said on condition of anonymity.";
        assertThat(cutter.cut(first + second + third)).isEqualTo(first + second);
    }

    @Test
    void doesNotCutAfterAbbreviationsOrInitials() {
        String lead = "The talks between the U.S. and South Korea resumed on Friday in Washington after a pause of "
                + "almost two months, with Mr. Biegun and First Vice Foreign Minister Choi Jung-kun leading delegations "
                + "that included officials from defense ministries and the National Security Council of both countries "
                + "for the first time since the pandemic began early last year";
        String summary = cutter.cut(lead);
        assertThat(summary).endsWith("…").doesNotEndWith("U.S.").doesNotEndWith("Mr.");
        assertThat(summary.length()).isLessThanOrEqualTo(SummaryCutter.MAX_LENGTH);
        assertThat(lead).startsWith(summary.substring(0, summary.length() - 1));
        assertThat(lead.charAt(summary.length() - 1)).isEqualTo(' ');
    }

    @Test
    void cutsKoreanAtASentenceEnd() {
        String first = "미국 국무부가 한미 외교당국 간 새 협의체 출범과 관련해 세부 사항에 대해 추가 논의가 필요하다는 입장을 밝혔다. "
                + "한국 정부가 협의체 신설에 합의했다고 발표한 지 하루 만이다. 국무부 대변인실은 21일 동아일보의 질의에 양국은 동맹 강화를 "
                + "위한 다양한 방안을 논의했다며 이같이 답했다.";
        String rest = " 협의체의 명칭이나 첫 회의 일정은 언급하지 않았다. 외교부 당국자는 미국 측과 협의체 운영 방식을 계속 조율하고 있다며 "
                + "양측 간 이견은 없다고 말했다. 전문가들은 동맹 현안을 둘러싼 인식차가 드러난 것이라고 평가했다. 외교부는 추가 협의를 거쳐 "
                + "일정을 확정할 계획이라고 밝혔다.";
        String lead = first + rest;
        String summary = cutter.cut(lead);
        assertThat(summary).startsWith(first).endsWith("다.").hasSizeLessThanOrEqualTo(SummaryCutter.MAX_LENGTH);
        assertThat(lead).startsWith(summary);
        assertThat(lead.charAt(summary.length())).isEqualTo(' ');
        assertThat(lead.indexOf("다.", summary.length()) + 2).isGreaterThan(SummaryCutter.MAX_LENGTH);
    }

    @Test
    void cutsAtAWordBoundaryWithAnEllipsisWhenNoSentenceEndFits() {
        String lead = "word ".repeat(100).strip();
        String summary = cutter.cut(lead);
        assertThat(summary).endsWith("word…");
        assertThat(summary.length()).isLessThanOrEqualTo(SummaryCutter.MAX_LENGTH);
    }
}
