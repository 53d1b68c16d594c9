package dev.sinmun.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YamlScalarTest {

    private static final YAMLMapper YAML = new YAMLMapper();

    @ParameterizedTest
    @ValueSource(strings = {
            "‘Alliance Talks’ between U.S. and S. Korea stumble even before they begin",
            "최종건 외교부 1차관", "yes", "No", "on", "null", "~", "true", "007", "1.5", "-3", "1e3", "0x1F", "12:30",
            ".inf", "2020-09-14", "a: b", "a #b", "#tag", "- dash", "[x]", "{y}", "x, y", "trailing:", "\"quoted\"",
            "'single'", "back\\slash", "line\nbreak", "tab\tbed", " leading", "trailing ", "*star", "&anchor",
            "!tag", "|pipe", ">gt", "%pct", "@at", "`tick`", "?q", "<<", "a\u00A0b", "emoji 📰", "Kim Jong-un's",
            "https://www.koreaherald.com/view.php?ud=20200919000123", "https://x.kr/a?b=1&c=2#top"})
    void everyValueReadsBackUnchangedInBlockAndFlowContext(String value) throws Exception {
        Map<?, ?> block = YAML.readValue("key: " + YamlScalar.block(value) + "\n", Map.class);
        Map<?, ?> flow = YAML.readValue("key: {inner: " + YamlScalar.flow(value) + ", next: x}\n", Map.class);

        assertThat(block.get("key")).isEqualTo(value);
        assertThat(((Map<?, ?>) flow.get("key")).get("inner")).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The Dong-A Ilbo", "동아일보", "lightee@donga.com", "inbox/000_1425f1fb39aca166.txt",
            "South Korea–U.S. alliance", "First Vice Foreign Minister"})
    void ordinaryTextStaysPlainForReadableFrontMatter(String value) {
        assertThat(YamlScalar.flow(value)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "NO", "007", "2020-09-14", "null", "a: b"})
    void valuesOtherReadersWouldMisreadAreQuoted(String value) {
        assertThat(YamlScalar.block(value)).startsWith("\"").endsWith("\"");
    }
}
