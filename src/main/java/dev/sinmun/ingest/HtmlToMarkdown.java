package dev.sinmun.ingest;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

/** Cleaned article HTML → Markdown with flexmark's converter: ATX headings, no attributes, quotes as written. */
final class HtmlToMarkdown {

    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
            .set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false)
            .set(FlexmarkHtmlConverter.SKIP_ATTRIBUTES, true)
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false)
            .set(FlexmarkHtmlConverter.OUTPUT_UNKNOWN_TAGS, false)
            .set(FlexmarkHtmlConverter.RENDER_COMMENTS, false)
            .set(FlexmarkHtmlConverter.MAX_TRAILING_BLANK_LINES, 0)
            .toImmutable();

    private final FlexmarkHtmlConverter converter = FlexmarkHtmlConverter.builder(OPTIONS).build();

    /** The Markdown for a fragment of safe HTML, ending with one newline. */
    String convert(String html) {
        String markdown = converter.convert(html).replace("\u00A0", " ").strip();
        return markdown.isEmpty() ? "" : markdown.replaceAll("\n{3,}", "\n\n") + "\n";
    }
}
