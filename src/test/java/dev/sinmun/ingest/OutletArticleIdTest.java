package dev.sinmun.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutletArticleIdTest {

    private final OutletArticleId ids = new OutletArticleId();

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "https://www.donga.com/en/article/all/20200914/2183498/1|2183498",
            "https://en.yna.co.kr/view/AEN20210419004251315|AEN20210419004251315",
            "https://www.koreaherald.com/view.php?ud=20200919000123|20200919000123",
            "https://www.koreatimes.co.kr/www/nation/2020/09/281_296123.html|296123",
            "https://www.joongang.co.kr/article/23856789|23856789",
            "http://english.hani.co.kr/arti/english_edition/e_national/963123.html|963123",
            "https://news.kbs.co.kr/news/view.do?ncd=5012345|5012345",
            "https://news.sbs.co.kr/news/endPage.do?news_id=N1006412345|N1006412345",
            "https://www.chosun.com/politics/assembly/2023/11/20/ZQ7XKJ3M5BFDTHB4N2VXPLRA6Y/|ZQ7XKJ3M5BFDTHB4N2VXPLRA6Y",
            "https://www.donga.com/en|null",
            "https://www.yna.co.kr/|null",
            "not a url|null"})
    void readsTheOutletsIdFromTheUrl(String url, String id) {
        assertThat(ids.of(url)).isEqualTo(id);
    }
}
