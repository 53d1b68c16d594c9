package dev.sinmun.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {

    @Test
    void onATerminalACounterWithItsRateIsRedrawnInPlaceThenCleared() {
        StringWriter out = new StringWriter();
        Progress progress = new Progress(new PrintWriter(out), true, "Validating", "page", "pages");
        progress.update(3, 3);
        progress.finish();
        assertThat(out.toString()).startsWith("\r\033[KValidating 3/3 pages (").contains(" pages/s)")
                .endsWith("\r\033[K");
    }

    @Test
    void oneThingCountedIsNamedInTheSingular() {
        StringWriter out = new StringWriter();
        Progress progress = new Progress(new PrintWriter(out), true, "Rendering", "page", "pages");
        progress.update(1, 0);
        assertThat(out.toString()).startsWith("\r\033[KRendering 1 page (").endsWith(" pages/s)");
    }

    @Test
    void elsewhereItPrintsNothing() {
        StringWriter out = new StringWriter();
        Progress progress = new Progress(new PrintWriter(out), false, "Rendering", "page", "pages");
        progress.update(1, 0);
        progress.update(2, 0);
        progress.finish();
        assertThat(out.toString()).isEmpty();
    }
}
