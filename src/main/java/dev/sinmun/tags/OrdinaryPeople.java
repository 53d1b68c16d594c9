package dev.sinmun.tags;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How news describes a private citizen it quotes ("Kim Min-jae, 32, an office worker", "회사원 김민재 씨(32)"): a
 * registry person of the same name so described is a namesake, not the person the registry knows, unless one of
 * that person's roles is the very occupation ("a teacher" who is in the registry as a teacher).
 */
final class OrdinaryPeople {

    /** Everyday occupations and situations, the last word of an apposition ("a 32-year-old office worker"). */
    private static final String EN_WORDS = "office worker|worker|employee|student|resident|residents|housewife"
            + "|homemaker|retiree|pensioner|shop owner|store owner|restaurant owner|vendor|merchant|farmer"
            + "|fisherman|driver|job seeker|jobseeker|freelancer|self-employed|passenger|tenant|commuter|citizen"
            + "|shopper|customer|tourist|visitor"
            + "|protester|voter|patient|nurse|cook|clerk|salesman|saleswoman|cleaner|laborer|labourer|trainee"
            + "|intern|pupil|teenager|homeowner|landlord|victim|survivor|real estate agent|broker"
            + "|teacher|schoolteacher|engineer|researcher|technician|mechanic|electrician|plumber|carpenter"
            + "|programmer|software developer|accountant|pharmacist|caregiver|chef|barber|courier|graduate student"
            + "|undergraduate|part-timer|civil servant";

    /** Family words: a citizen's after the name ("Kim, a mother of two"), a relative's before it ("his mother Hong"). */
    private static final String EN_FAMILY = "parent|mother|father|grandmother|grandfather";

    /** ", 32, an office worker", ", a college student", ", 71, who runs a small grocery store". */
    private static final Pattern EN_AFTER = Pattern.compile(
            "^,\\s*(?:\\d{1,3},\\s*(?:who\\s+(?:lives|runs|works|owns|sells|has\\s+lived|has\\s+run)\\b"
                    + "|(?:a|an)\\s+(?:[\\w-]+\\s+){0,3}?(?:" + EN_WORDS + "|" + EN_FAMILY + ")(?![\\w-]))"
                    + "|(?:a|an)\\s+(?:\\d{1,3}-year-old\\s+)?(?:[\\w-]+\\s+){0,2}?(?:" + EN_WORDS + "|" + EN_FAMILY
                    + ")(?![\\w-]))");

    /**
     * "office worker Kim Min-jae", "college student Park Seo-yeon", "a resident, Lee Min-ho," (lower case: a
     * description, not a title; capitalised only as a sentence's first word: "Passenger Lee Min-ho, 38, said",
     * "Another resident, Lee Min-ho, 35,").
     */
    private static final Pattern EN_BEFORE = Pattern.compile(
            "(?:^|[\\s(])(?:\\d{1,3}-year-old\\s+)?(?:" + EN_WORDS + "),?\\s+$"
                    + "|(?:^|[.!?]\\s+)(?i:(?:another\\s+|one\\s+)?(?:" + EN_WORDS + ")),?\\s+$");

    /** Korean words for a private citizen before a name ("회사원 김민재 씨", "주민 이준석 씨"). */
    private static final Set<String> KO_WORDS = Set.of("회사원", "직장인", "주민", "시민", "대학생", "학생", "고교생",
            "중학생", "초등학생", "대학원생", "취업준비생", "취준생", "주부", "자영업자", "상인", "농민", "어민", "택시기사",
            "근로자", "노동자", "직원", "학부모", "은퇴자", "유족", "피해자", "세입자", "임차인", "승객", "관광객",
            "환자", "보호자", "운전자", "주민들", "아르바이트생", "알바생", "점주", "사장님", "어르신", "할머니", "할아버지",
            "교사", "교원", "간호사", "약사", "연구원", "엔지니어", "개발자", "기술자", "농부", "어부", "운전기사", "배달원",
            "택배기사", "요리사", "미용사", "공무원", "프리랜서", "목격자", "신고자", "이웃");

    private OrdinaryPeople() {
    }

    /** Whether the English text around {@code person}'s name at [start, end) describes a private citizen. */
    static boolean describedInEnglish(String text, int start, int end, RegistryPerson person) {
        int from = Math.max(0, start - 40);
        String before = text.substring(from, start);
        int lineBreak = before.lastIndexOf('\n');
        Matcher m = EN_BEFORE.matcher(lineBreak < 0 ? before : before.substring(lineBreak + 1));
        if (!m.find()) {
            m = EN_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 80)));
            if (!m.find()) {
                return false;
            }
        }
        String[] words = m.group().replaceAll("[,\\s]+$", "").trim().split("\\s+");
        return !inRoles(words[words.length - 1], person);
    }

    /** Whether a Korean word before {@code person}'s name describes a private citizen ("회사원", "주민"). */
    static boolean isKoreanDescription(String word, RegistryPerson person) {
        return KO_WORDS.contains(word) && !inRoles(word, person);
    }

    /** Whether one of the person's roles names the occupation {@code word} ("Teacher", "교사"). */
    private static boolean inRoles(String word, RegistryPerson person) {
        Pattern en = Pattern.compile("(?i)\\b" + Pattern.quote(word) + "\\b");
        return person.roles().stream().anyMatch(role -> role.en() != null && en.matcher(role.en()).find()
                || role.ko() != null && role.ko().contains(word));
    }
}
