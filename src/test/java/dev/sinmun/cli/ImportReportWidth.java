package dev.sinmun.cli;

/** Terminal columns of a text, as {@link ImportReport} counts them (Hangul takes two). */
final class ImportReportWidth {

    private ImportReportWidth() {
    }

    static int of(String text) {
        return ImportReport.width(text);
    }
}
