package dev.sinmun.tags;

import dev.sinmun.Problem;
import dev.sinmun.SinmunException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The canonical people, topics, organisations and places, read from {@code registry/people.yml},
 * {@code topics.yml}, {@code organizations.yml} and {@code places.yml}.
 */
public final class Registry {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final List<RegistryPerson> people;
    private final List<RegistryTopic> topics;
    private final List<RegistryEntry> organizations;
    private final List<RegistryEntry> places;
    private final Map<String, RegistryPerson> peopleById = new LinkedHashMap<>();
    private final Map<String, RegistryTopic> topicsById = new LinkedHashMap<>();
    private final Map<String, RegistryEntry> organizationsById = new LinkedHashMap<>();
    private final Map<String, RegistryEntry> placesById = new LinkedHashMap<>();

    private Registry(List<RegistryPerson> people, List<RegistryTopic> topics, List<RegistryEntry> organizations,
                     List<RegistryEntry> places) {
        this.people = List.copyOf(people);
        this.topics = List.copyOf(topics);
        this.organizations = List.copyOf(organizations);
        this.places = List.copyOf(places);
        people.forEach(p -> peopleById.put(p.id(), p));
        topics.forEach(t -> topicsById.put(t.id(), t));
        organizations.forEach(o -> organizationsById.put(o.id(), o));
        places.forEach(p -> placesById.put(p.id(), p));
    }

    /** Reads and validates the four files of {@code registryDir}; a missing folder or file counts as empty. */
    public static Registry load(Path registryDir) {
        RegistryFile reader = new RegistryFile();
        Path peopleFile = registryDir.resolve("people.yml");
        Path topicsFile = registryDir.resolve("topics.yml");
        Path organizationsFile = registryDir.resolve("organizations.yml");
        Path placesFile = registryDir.resolve("places.yml");
        var topicsRead = CompletableFuture.supplyAsync(() -> reader.read(topicsFile, RegistryTopic.class, "topic"));
        var organizationsRead = CompletableFuture.supplyAsync(
                () -> reader.read(organizationsFile, RegistryEntry.class, "organization"));
        var placesRead = CompletableFuture.supplyAsync(() -> reader.read(placesFile, RegistryEntry.class, "place"));
        var people = reader.read(peopleFile, RegistryPerson.class, "person");
        var topics = joined(topicsRead);
        var organizations = joined(organizationsRead);
        var places = joined(placesRead);
        validate(peopleFile, "person", people, RegistryPerson::id, RegistryPerson::en,
                RegistryPerson::enNames, RegistryPerson::koNames, Registry::namesakes);
        validate(topicsFile, "topic", topics, RegistryTopic::id, RegistryTopic::en,
                RegistryTopic::enNames, RegistryTopic::koNames, (a, b) -> false);
        validate(organizationsFile, "organization", organizations, RegistryEntry::id, RegistryEntry::en,
                RegistryEntry::enNames, RegistryEntry::koNames, (a, b) -> false);
        validate(placesFile, "place", places, RegistryEntry::id, RegistryEntry::en,
                RegistryEntry::enNames, RegistryEntry::koNames, (a, b) -> false);
        return new Registry(values(people), values(topics), values(organizations), values(places));
    }

    /** The value of a file read on another thread; its problem, if any, as thrown there. */
    private static <T> T joined(CompletableFuture<T> read) {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** A registry built in code, without validation (tests, tools). */
    public static Registry of(List<RegistryPerson> people, List<RegistryTopic> topics) {
        return new Registry(people, topics, List.of(), List.of());
    }

    /** A registry of all four kinds built in code, without validation (tests, tools). */
    public static Registry of(List<RegistryPerson> people, List<RegistryTopic> topics,
                              List<RegistryEntry> organizations, List<RegistryEntry> places) {
        return new Registry(people, topics, organizations, places);
    }

    public static Registry empty() {
        return new Registry(List.of(), List.of(), List.of(), List.of());
    }

    private static <T> List<T> values(List<RegistryFile.Entry<T>> entries) {
        return entries.stream().map(RegistryFile.Entry::value).toList();
    }

    public List<RegistryPerson> people() {
        return people;
    }

    public List<RegistryTopic> topics() {
        return topics;
    }

    public List<RegistryEntry> organizations() {
        return organizations;
    }

    public List<RegistryEntry> places() {
        return places;
    }

    public Optional<RegistryEntry> organization(String id) {
        return Optional.ofNullable(organizationsById.get(id));
    }

    public Optional<RegistryEntry> place(String id) {
        return Optional.ofNullable(placesById.get(id));
    }

    public Optional<RegistryPerson> person(String id) {
        return Optional.ofNullable(peopleById.get(id));
    }

    public Optional<RegistryTopic> topic(String id) {
        return Optional.ofNullable(topicsById.get(id));
    }

    private static <T> void validate(Path file, String what, List<RegistryFile.Entry<T>> entries,
                                     Function<T, String> id, Function<T, String> en,
                                     Function<T, List<String>> enNames, Function<T, List<String>> koNames,
                                     BiPredicate<T, T> mayShare) {
        Map<String, RegistryFile.Entry<T>> ids = new HashMap<>();
        Map<String, RegistryFile.Entry<T>> names = new HashMap<>();
        for (RegistryFile.Entry<T> entry : entries) {
            T value = entry.value();
            String entryId = id.apply(value);
            if (entryId == null || entryId.isBlank()) {
                throw new SinmunException(Problem.of(file, entry.line(), "a " + what + " entry has no 'id'",
                        "add 'id: <slug>', lowercase ASCII words joined by hyphens, e.g. id: kim-min-ji"));
            }
            if (!ID.matcher(entryId).matches()) {
                throw new SinmunException(Problem.of(file, entry.line(),
                        "the id '" + entryId + "' is not a slug",
                        "use lowercase ASCII letters and digits joined by hyphens, e.g. id: kim-min-ji"));
            }
            if (en.apply(value) == null || en.apply(value).isBlank()) {
                throw new SinmunException(Problem.of(file, entry.line(),
                        "the " + what + " '" + entryId + "' has no 'en' name", "add 'en: <English name>'"));
            }
            RegistryFile.Entry<T> first = ids.putIfAbsent(entryId, entry);
            if (first != null) {
                throw new SinmunException(Problem.of(file, entry.line(),
                        "duplicate id '" + entryId + "'", "it is already used on line " + first.line()
                                + "; give each " + what + " its own id or merge the two entries"));
            }
            for (String name : concat(enNames.apply(value), koNames.apply(value))) {
                String key = name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-\u2010-\u2015]+", " ");
                RegistryFile.Entry<T> owner = names.putIfAbsent(key, entry);
                if (owner != null && owner != entry && !mayShare.test(owner.value(), value)) {
                    int line = RegistryFile.lineContaining(file, entry.line(), Pattern.compile(Pattern.quote(name)));
                    throw new SinmunException(Problem.of(file, line > 0 ? line : entry.line(),
                            "the name or alias '" + name + "' of '" + entryId + "' is already claimed by '"
                                    + id.apply(owner.value()) + "' (line " + owner.line() + ")",
                            "a name may point to one " + what + " only; remove it from one of the two entries"
                                    + (what.equals("person") ? " (namesakes with roles may share it)" : "")));
                }
            }
        }
    }

    /** Namesakes may share a name when both have roles, by which an article's mention tells them apart. */
    private static boolean namesakes(RegistryPerson a, RegistryPerson b) {
        return !a.roles().isEmpty() && !b.roles().isEmpty();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
