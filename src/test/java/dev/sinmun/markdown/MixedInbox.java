package dev.sinmun.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes an inbox of many mixed raw files made from the ingest golden cases (HTML pages and text dumps of every
 * outlet, encoding and broken kind), each good one varied so that no two are the same article.
 */
final class MixedInbox {

    private static final Path CASES = Path.of("src/test/resources/ingest");

    private MixedInbox() {
    }

    /** {@code count} files in {@code inbox}, named {@code 0000-<case>.<ext>}, in a fixed order. */
    static List<Path> write(Path inbox, int count) {
        try {
            Files.createDirectories(inbox);
            List<Path> inputs = inputs();
            List<Path> written = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Path input = inputs.get(i % inputs.size());
                String name = input.getParent().getFileName().toString();
                String ext = input.getFileName().toString().substring("input".length());
                Path target = inbox.resolve(String.format("%04d-%s%s", i, name, ext));
                Files.write(target, name.startsWith("bad-") ? Files.readAllBytes(input) : varied(input, i));
                written.add(target);
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> inputs() throws IOException {
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(CASES)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(f -> f.getFileName().toString().startsWith("input.")).findFirst().ifPresent(inputs::add);
                }
            }
        }
        return inputs;
    }

    private static byte[] varied(Path input, int i) throws IOException {
        String name = input.getParent().getFileName().toString();
        Charset charset = name.contains("euc") ? Charset.forName("x-windows-949")
                : name.contains("utf16") ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_8;
        byte[] bytes = Files.readAllBytes(input);
        boolean bom = charset == StandardCharsets.UTF_16LE;
        String text = new String(bytes, bom ? 2 : 0, bytes.length - (bom ? 2 : 0), charset);
        String longest = "";
        java.util.regex.Matcher runs = java.util.regex.Pattern.compile("[^<>\n]{20,}").matcher(text);
        while (runs.find()) {
            String run = runs.group().strip();
            if (run.length() > longest.length() && !run.contains("{") && !run.contains("=")
                    && !run.matches(".*\\d{1,2}:\\d{2}.*")) {
                longest = run;
            }
        }
        if (!longest.isEmpty()) {
            text = text.replace(longest, longest + " Item " + i + ".");
        }
        text = text.replaceFirst("(rel=\"canonical\" href=\"[^\"]+)\"", "$1-v" + i + "\"")
                .replaceFirst("(property=\"og:url\" content=\"[^\"]+)\"", "$1-v" + i + "\"");
        byte[] out = text.getBytes(charset);
        if (!bom) {
            return out;
        }
        byte[] withBom = new byte[out.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(out, 0, withBom, 2, out.length);
        return withBom;
    }
}
