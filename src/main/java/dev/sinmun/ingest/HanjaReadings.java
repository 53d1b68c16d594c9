package dev.sinmun.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The Korean readings of the Hanja that Korean headlines use as abbreviations (北 북, 尹 윤, 與 여), from
 * {@code sinmun/hanja-readings.txt}: so that a Korean title's slug reads "buk", not Mandarin "bei".
 */
final class HanjaReadings {

    private static final String RESOURCE = "sinmun/hanja-readings.txt";

    private final Map<Character, Character> readings;

    private HanjaReadings(Map<Character, Character> readings) {
        this.readings = Map.copyOf(readings);
    }

    /** The readings shipped with Sinmun. */
    static HanjaReadings builtIn() {
        Map<Character, Character> readings = new HashMap<>();
        try (InputStream in = HanjaReadings.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    readings.put(s.charAt(0), s.charAt(s.length() - 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HanjaReadings(readings);
    }

    /** The text with every Hanja this table knows replaced by its Hangul reading; other characters unchanged. */
    String read(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            Character hangul = readings.get(text.charAt(i));
            if (hangul != null) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, hangul);
            }
        }
        return out == null ? text : out.toString();
    }
}
