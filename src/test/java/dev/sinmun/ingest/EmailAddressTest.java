package dev.sinmun.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void findsEveryAddressInOrder() {
        assertThat(EmailAddress.in("Kim Min-ji kimmj@koreaherald.com, Lee Ji-eun (easy.lee@donga.co.kr)"))
                .containsExactly("kimmj@koreaherald.com", "easy.lee@donga.co.kr");
    }

    @Test
    void readsAtMostTheSixtyFourCharactersBeforeTheAt() {
        String local = "a".repeat(64);

        assertThat(EmailAddress.in("x".repeat(500) + local + "@donga.com")).containsExactly(local + "@donga.com");
    }
}
