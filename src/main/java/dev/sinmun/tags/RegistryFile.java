package dev.sinmun.tags;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.sinmun.Problem;
import dev.sinmun.SinmunException;
import dev.sinmun.YamlMistake;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Reads one registry YAML file (a list of mappings) into records, each with the line its entry starts on. */
final class RegistryFile {

    /** One parsed entry and the 1-based line where it starts. */
    record Entry<T>(T value, int line) {
    }

    private final YAMLMapper mapper = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** The entries of {@code file}, or none when the file does not exist. */
    <T> List<Entry<T>> read(Path file, Class<T> type, String what) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<Entry<T>> entries = new ArrayList<>();
        int entryLine = 1;
        try (JsonParser parser = mapper.createParser(file.toFile())) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return List.of();
            }
            if (token != JsonToken.START_ARRAY) {
                throw new SinmunException(Problem.of(file, line(parser.currentTokenLocation()),
                        "the file must be a YAML list of " + what + " entries",
                        "start each entry with '- id: <slug>'"));
            }
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                int line = line(parser.currentTokenLocation());
                entryLine = line;
                if (token != JsonToken.START_OBJECT) {
                    throw new SinmunException(Problem.of(file, line,
                            "a " + what + " entry must be a mapping of keys, not " + describe(token),
                            "write the entry as '- id: <slug>' followed by 'en: <name>'"));
                }
                entries.add(new Entry<>(mapper.readValue(parser, type), line));
            }
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Objects::toString).sorted().collect(Collectors.joining(", "));
            int line = lineContaining(file, entryLine, keyPattern(e.getPropertyName()));
            throw new SinmunException(Problem.of(file, line > 0 ? line : line(e.getLocation()),
                    "unknown key '" + e.getPropertyName() + "' in a " + what + " entry",
                    "known keys here: " + known), e);
        } catch (MismatchedInputException e) {
            String key = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            throw new SinmunException(Problem.of(file, line(e.getLocation()),
                    "wrong kind of value for '" + key + "' in a " + what + " entry",
                    "names are plain text, 'aliases' is a mapping of lists (en: [...], ko: [...]), "
                            + "'roles' is a list"), e);
        } catch (JsonProcessingException e) {
            MarkedYAMLException yaml = yamlCause(e);
            if (yaml != null && yaml.getProblemMark() != null) {
                int line = YamlMistake.line(yaml);
                int opened = yaml.getContextMark() == null ? line : yaml.getContextMark().getLine() + 1;
                String context = yaml.getContext() == null ? ""
                        : " (" + yaml.getContext().strip() + (opened == line ? "" : " opened on line " + opened) + ")";
                throw new SinmunException(Problem.of(file, line,
                        "malformed YAML: " + yaml.getProblem().strip() + context,
                        "check the indentation, brackets and quoting near this line"), e);
            }
            throw new SinmunException(Problem.of(file, line(e.getLocation()),
                    "malformed YAML: " + firstLine(e.getOriginalMessage()),
                    "check the indentation, brackets and quoting near this line"), e);
        } catch (IOException e) {
            throw new SinmunException(Problem.of(file, "cannot read the file: " + e.getMessage(),
                    "check that it exists and is readable"), e);
        }
        return entries;
    }

    /** The first line at or after {@code fromLine} that matches {@code pattern}, or 0 (error reporting only). */
    static int lineContaining(Path file, int fromLine, Pattern pattern) {
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = Math.max(0, fromLine - 1); i < lines.size(); i++) {
                if (pattern.matcher(lines.get(i)).find()) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    private static MarkedYAMLException yamlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException yaml) {
                return yaml;
            }
        }
        return null;
    }

    private static Pattern keyPattern(String key) {
        return Pattern.compile("(?:^|[\\s{,-])" + Pattern.quote(key) + "\\s*:");
    }

    private static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(0, location.getLineNr());
    }

    private static String describe(JsonToken token) {
        return token == JsonToken.START_ARRAY ? "a list" : "a plain value";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
