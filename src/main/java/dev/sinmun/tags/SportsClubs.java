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
