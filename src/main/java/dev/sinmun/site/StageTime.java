package dev.sinmun.site;

import java.time.Duration;

/** How long one named build stage took. */
public record StageTime(String name, Duration took) {
}
