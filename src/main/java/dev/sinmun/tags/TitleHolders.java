package dev.sinmun.tags;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Tells apart registry people who share a surname and a title ("President Lee", "Foreign Minister Cho") by the
 * article's date: those holding a fitting role then, those whose role is written as the title, and of successive
 * holders of one post still open in the registry, the latest.
 */
final class TitleHolders {

    private TitleHolders() {
    }

    /** The people of {@code fitting} the title {@code role} names in {@code month} ({@code YYYY-MM}, may be null). */
    static List<RegistryPerson> narrow(List<RegistryPerson> fitting, String role, String month) {
        if (fitting.size() < 2 || month == null || role == null) {
            return fitting;
        }
        List<RegistryPerson> holding = fitting.stream().filter(p -> heldRole(p, role, month).isPresent()).toList();
        if (holding.size() < 2) {
            return holding.isEmpty() ? fitting : holding;
        }
        String title = role.strip().toLowerCase(Locale.ROOT);
        List<RegistryPerson> named = holding.stream()
                .filter(p -> heldRole(p, role, month).get().en().toLowerCase(Locale.ROOT).equals(title)).toList();
        if (named.size() == 1) {
            return named;
        }
        List<RegistryPerson> candidates = named.isEmpty() ? holding : named;
        boolean onePost = candidates.stream()
                .map(p -> heldRole(p, role, month).get().en().toLowerCase(Locale.ROOT)).distinct().count() == 1;
        if (!onePost) {
            return candidates;
        }
        return List.of(candidates.stream()
                .max(Comparator.comparing((RegistryPerson p) -> nullToEmpty(heldRole(p, role, month).get().from())))
                .get());
    }

    /**
     * Whether the post the title gives {@code person} in {@code month} is one other registry people held then too
     * ("Member of the National Assembly", a court's justice): a surname with that title names no one in particular.
     */
    static boolean shared(RegistryPerson person, String role, String month,
                          Map<String, List<RegistryPerson>> registryBySurname) {
        if (month == null || role == null) {
            return false;
        }
        Optional<Role> post = heldRole(person, role, month);
        return post.isPresent() && registryBySurname.values().stream().flatMap(List::stream).distinct()
                .filter(other -> !other.id().equals(person.id()))
                .anyMatch(other -> other.roles().stream().anyMatch(r -> samePost(r, post.get()) && heldIn(r, month)));
    }

    /** One post: the same title in the same named body (a role without its body is no post to compare). */
    private static boolean samePost(Role a, Role b) {
        return a.en() != null && a.en().equalsIgnoreCase(b.en()) && a.org() != null && a.org().equals(b.org());
    }

    /** The latest-starting role of {@code person} that fits the title and that they held in {@code month}. */
    private static Optional<Role> heldRole(RegistryPerson person, String role, String month) {
        return person.roles().stream()
                .filter(r -> r.en() != null && PersonMentions.roleFits(role, r) && heldIn(r, month))
                .max(Comparator.comparing(r -> nullToEmpty(r.from())));
    }

    /** Whether {@code month} falls within the role's bounds, each compared at its precision ("2025", "2025-06"). */
    static boolean heldIn(Role role, String month) {
        boolean started = role.from() == null || month.substring(0, Math.min(role.from().length(), month.length()))
                .compareTo(role.from()) >= 0;
        boolean ended = role.to() != null && month.substring(0, Math.min(role.to().length(), month.length()))
                .compareTo(role.to()) > 0;
        return started && !ended;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
