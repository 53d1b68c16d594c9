package dev.sinmun.tags;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sinmun.model.TopicRef;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Topics of the archive's own registry found in Korean text. */
class TopicFinderTest {

    private static final TopicFinder TOPICS = new TopicFinder(Registry.load(Path.of("content/registry")));

    private static List<String> topics(String text) {
        return TOPICS.find(text).stream().map(TopicRef::id).toList();
    }

    @Test
    void aKoreanTopicNameInsideALongerOneOfAnotherTopicDoesNotCount() {
        assertThat(topics("손흥민이 미국 메이저리그사커(MLS) LAFC에 입단했다.")).containsExactly("football");
        assertThat(topics("김하성이 메이저리그 복귀를 노린다.")).containsExactly("baseball");
        assertThat(topics("반도체 공급망에 대응해야 한다.")).contains("semiconductors");
    }

    @Test
    void aTopicNamingAPartyIsNoTopic() {
        assertThat(topics("The data was submitted to Rep. Yong Hye-in of the Basic Income Party.")).isEmpty();
        assertThat(topics("기본소득당 용혜인 의원실이 자료를 냈다.")).isEmpty();
        assertThat(topics("He proposed a basic income for all. 기본소득 논쟁이 다시 불붙었다."))
                .containsExactly("welfare-cash-handouts");
    }
}
