package dev.sinmun.tags;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean professional clubs named after the companies that own them: "KIA 타이거즈", "두산 베어스", and in a game
 * report the owner's short name alone ("두산은 엘지를 6대 5로 따돌렸습니다"). There the company name is the club.
 */
final class SportsClubs {

    /** KBO clubs as sports pages name them before a player ("한화 코디 폰세", "LG 임찬규"). */
    private static final Set<String> KBO_CLUBS = Set.of("한화", "KT", "삼성", "LG", "두산", "키움", "SSG", "NC", "롯데",
            "KIA", "기아");
    /** Words of any sports page, so a club's name before a name is a team, not the company. */
    private static final Pattern SPORTS_WORD = Pattern.compile(
            "프로야구|야구|축구|KBO|K리그|홈런|타율|평균자책점|정규리그|포스트시즌");

    /** Korean clubs' nicknames, written in Hangul after the owner's name. */
    private static final Set<String> NICKNAMES = Set.of("타이거즈", "베어스", "자이언츠", "라이온즈", "트윈스", "이글스",
            "다이노스", "랜더스", "위즈", "히어로즈", "와이번스", "블루윙즈", "스틸러스", "점보스", "스카이워커스", "썬더스",
            "세이버스", "피닉스", "핑크스파이더스", "하이패스", "알토스");

    /** Words only a game report uses: leagues, innings, scores by sets, goals that decide a game. */
    private static final Pattern GAME_WORD = Pattern.compile("프로야구|프로축구|프로농구|프로배구|K리그|KBO|이닝|홈런|타석|투수"
            + "|만루|세트\\s?스코어|정규\\s?시즌|포스트\\s?시즌|한국\\s?시리즈|가을\\s?야구|결승골|결승타");
    private static final int MIN_GAME_WORDS = 2;

    /** A company's short name: one Hangul word of three syllables or fewer, or a Latin acronym ("SK", "KIA"). */
    private static final Pattern SHORT_NAME = Pattern.compile("[가-힣]{1,3}|[A-Z]{2,4}");

    private SportsClubs() {
    }

    /** Whether {@code word} is a Korean club's nickname ("타이거즈"), particles after it allowed. */
    static boolean isNickname(String word) {
        for (String nickname : NICKNAMES) {
            if (word.startsWith(nickname) && KoreanLexicon.isParticles(word.substring(nickname.length()))) {
                return true;
            }
        }
        return false;
    }

    /** A KBO club's name ("한화", "KT"), which a sports report writes before its player's name. */
    static boolean isKboClub(String word) {
        return KBO_CLUBS.contains(word);
    }

    /**
     * Whether the text reads as a sports report at all ("프로야구", "홈런", "KBO"): enough to read a club before a
     * player's name; {@link #isGameReport} asks more before a company's name is taken for its club.
     */
    static boolean isAboutSports(String text) {
        return SPORTS_WORD.matcher(text).find();
    }

    /** Whether the text reports games: two different words of the game or more ("프로야구", "만루", "이닝"). */
    static boolean isGameReport(String text) {
        Set<String> seen = new HashSet<>();
        Matcher m = GAME_WORD.matcher(text);
        while (m.find() && seen.size() < MIN_GAME_WORDS) {
            seen.add(m.group().replace(" ", ""));
        }
        return seen.size() >= MIN_GAME_WORDS;
    }

    /** Whether {@code name}, as the text writes a company's name, is short enough to be the name of its club. */
    static boolean isShortName(String name) {
        return SHORT_NAME.matcher(name).matches();
    }
}
