package dev.sinmun.tags;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Word lists for Korean person extraction: particles, titles, surnames, and words that look like names but are not. */
final class KoreanLexicon {

    private KoreanLexicon() {
    }

    /** Particles and endings that may follow a name, alone or chained ("에게는", "과의"). */
    private static final Set<String> PARTICLES = words(
            "은", "는", "이", "가", "을", "를", "의", "에", "에게", "에게서", "에서", "께", "께서", "과", "와", "도", "만",
            "으로", "로", "으로서", "로서", "으로부터", "로부터", "부터", "까지", "이나", "나", "이랑", "랑", "하고", "측",
            "씨", "님", "이다", "다", "이라고", "라고", "이라는", "라는", "이며", "며", "이고", "고", "였다", "이었다",
            "처럼", "보다", "마저", "조차", "뿐", "이란", "란", "이지만", "지만", "등", "한테", "더러", "이야", "야", "요",
            "이었던", "였던", "이던", "던", "이자", "자", "인", "이든", "든");

    /** Titles that may follow a Korean name, longest first so "제1차관" wins over "차관". */
    private static final List<String> TITLES = Arrays.stream(new String[] {
            "대통령", "부통령", "대통령실장", "비서실장", "국무총리", "총리", "장관", "차관", "제1차관", "제2차관", "1차관",
            "2차관", "부장관", "국무장관", "차관보", "대변인", "부대변인", "의원", "국회의원", "위원장", "국무위원장",
            "부위원장", "대사", "특별대표", "대북특별대표", "본부장", "실장", "안보실장", "수석", "비서관", "보좌관",
            "안보보좌관", "교수", "명예교수", "대표", "원내대표", "사무총장", "총장", "사령관", "의장", "국회의장",
            "부장", "부부장", "제1부부장", "외무상", "외상", "박사", "회장", "부회장", "총비서", "비서", "위원", "고문", "특사", "국장",
            "과장", "차장", "1차장", "2차장", "3차장", "제1차장", "제2차장", "제3차장", "조정관", "대행",
            "지사", "시장", "원장", "국정원장", "처장", "청장", "서장", "소장", "연구소장", "연구원장", "연구위원", "연구원",
            "선임연구원", "선임연구위원", "주석", "국가주석", "군수", "구청장", "후보", "씨", "여사", "총재", "부총재",
            "변호사", "판사", "대법관", "재판관", "재판장", "검사장", "검찰총장", "특별검사", "특별검사보", "특검보", "사장", "부사장", "대표이사", "감독",
            "코치", "수석코치", "투수코치", "타격코치", "전무", "전무이사", "상무이사", "행장", "부행장",
            "이사장", "부문장", "창업자", "관장", "작가", "목사", "당선인", "당선자", "후보자", "내정자", "지명자",
            "기자", "특파원", "논설위원", "선임기자", "전문기자", "인턴기자", "객원기자", "앵커", "아나운서", "평론가", "해설위원", "부상", "제1부상",
            "부총재보", "관리관", "정책관", "감사관", "대사대리", "최고경영자", "최고운영책임자", "최고재무책임자", "최고기술책임자",
            "방위상", "재무상", "법무상", "총무상", "환경상", "담당상", "산업상", "수산상", "노동상", "교통상", "부흥상",
            "문부과학상", "교육감", "부교육감", "단장", "준장", "중장", "대장", "대령", "중령", "소령", "대위", "중위",
            "원사", "중사", "하사", "병장", "상병", "일병"})
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private static final Set<String> HONORIFICS = words("씨", "여사");

    /** Heads of an office whose name is glued before them however long it is ("목포해양경찰서장", "중앙해양특수구조단장"). */
    private static final Set<String> OFFICE_HEADS = words("서장", "청장", "처장", "국장", "원장", "소장", "단장");

    /** Titles of everyday work and study, besides "씨" and a reporter's: a stage name before one is a given name. */
    private static final Set<String> EVERYDAY_TITLES = words("연구원", "연구위원", "교수", "교사", "강사", "학생",
            "대학생", "의사", "간호사", "박사", "사원", "대리", "과장", "차장", "팀장", "주무관", "선생님");

    /** Callings and athletes' positions written before a name ("배우 오영수는", "투수 류현진", "공격수 오현규"). */
    private static final Set<String> CALLINGS = words("배우", "가수", "방송인", "개그맨", "개그우먼", "코미디언",
            "소설가", "시인", "화가", "피아니스트", "바이올리니스트", "성악가", "뮤지컬배우",
            "투수", "선발", "선발투수", "마무리", "포수", "내야수", "외야수", "유격수", "타자", "거포",
            "공격수", "수비수", "미드필더", "골키퍼", "주장", "선수");

    private static final String STARTER = "선발";

    /** Titles that are also common nouns ("부상": injury) count only behind the body that gives them ("외무성 부상"). */
    private static final Set<String> AFFILIATED_TITLES = words("부상", "제1부상");

    /** Words that extend the title before them ("대통령 당선인", "헌법재판소장 권한대행"). */
    private static final Set<String> TITLE_EXTENSIONS = words(
            "당선인", "당선자", "권한대행", "직무대행", "대행", "후보", "후보자", "내정자", "지명자");

    /** Titles that often follow a common noun ("유족 대표", "조합 위원장", "웹툰 작가") rather than a short name. */
    private static final List<String> NOUN_TITLES = List.of("대표", "위원장", "작가", "감독", "관장", "목사", "시장");

    private static final Set<String> COMPANY_TITLES = words("회장", "부회장", "의장", "대표", "대표이사", "사장", "부사장",
            "감독", "코치", "수석코치", "투수코치", "타격코치", "이사장", "부문장", "창업자", "총재", "전무", "전무이사", "상무이사", "행장", "부행장");

    private static final Set<String> BYLINE_TITLES = words(
            "기자", "특파원", "논설위원", "선임기자", "전문기자", "인턴기자", "객원기자", "앵커");

    /** First syllables of Korean family names. */
    private static final String SURNAMES =
            "김이박최정강조윤장임한오서신권황안송류홍전고문양손배백허남노하곽성차주우구민유나진지엄채원천방공현함변"
                    + "염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉태리";

    private static final Set<String> COMPOUND_SURNAMES = words("남궁", "선우", "제갈", "황보", "독고", "사공", "서문");

    /** Three-syllable words that start like a surname and often stand before a title. */
    private static final Set<String> NOT_NAMES = words("소고기",
            "고위급", "공무원", "국정원", "연구원", "안보리", "유엔군", "한미일", "남북한", "한반도", "정상들", "이번에",
            "지난해", "최고위", "국무위", "남북미", "주요국", "전세계", "하노이", "정치권", "정부의", "정부는", "정부가",
            "한국의", "한국은", "한국이", "미국의", "북한의", "북한은", "조선의", "이날은", "이번엔", "전날은",
            "부대변", "대변인", "당국자", "관계자", "고위직", "차관급", "장관급", "국회의", "외교부", "국방부", "통일부",
            "국무부", "백악관", "민주당", "공화당", "노동당", "정의당", "안보실", "기획재", "국가안", "현정부", "전정부",
            "한국당", "신임인", "전직인", "도널드", "조지프", "마이크", "스티븐", "존슨", "이들은", "이들의", "이후에",
            "주한미", "주미대", "주일대", "주중대", "유엔의", "유엔은", "전문가", "연구소", "위원회", "특위는", "방위비",
            "한수원", "금감원", "금융위", "공정위", "선관위", "방통위", "기재부", "국토부", "복지부", "산업부", "과기부",
            "한남동", "변호인", "대리인", "고소인", "고발인", "보증인", "후견인", "현대차", "기아차", "쌍용차", "한국차");

    /** Final syllables of organisation words ("국무부", "민주당", "안보실"), never the end of a person's name. */
    private static final String ORG_ENDINGS = "부당실청처관회국군대";

    /** Final syllables of organisation words that also end given names ("김두관", "유상대", "김영국"). */
    private static final String NAME_AND_ORG_ENDINGS = "관대국군";

    /** Three-syllable nouns that start like a surname and end like a name of {@link #NAME_AND_ORG_ENDINGS}. */
    private static final Set<String> NOUNS_ENDING_LIKE_NAMES = words("경찰관", "도서관", "박물관", "기념관", "전시관",
            "홍보관", "지휘관", "서기관", "이사관", "주무관", "하사관", "경호관", "연구관", "조사관", "소방관", "공보관",
            "연락관", "정보국", "정책국", "기획국", "공보국", "방송국", "안보국", "방위군", "연합군", "정규군", "지상군",
            "한국군", "경찰대", "경비대", "기동대", "소방대", "방송대", "이란군", "유엔군");

    /** Syllables that hardly ever end a given name but often end common nouns ("반도체", "지역구", "어차피"). */
    private static final String NOT_GIVEN_NAME_SYLLABLES =
            "체피역업통책품값률것들씩째쯤듯럼까껏게께며냐밖끼뿐됨됐었겠습된던될했족씨";

    /** Last syllables of companies' loanword names ("이마트", "하이브", "한진칼"), never a Korean name's. */
    private static final String COMPANY_NAME_ENDINGS = "트브칼텍넷팜랩몰즈스크프드젠칩";

    /** "면" ends a given name ("홍승면") but also verb forms ("하면", "이라면") and nouns ("측면") after these syllables. */
    private static final String BEFORE_CONDITIONAL_MYEON = "하라다으보되려시이니측국장전정방";

    /** Family words before a name or a copula ("장남인 김동관", "아들 조원 씨"). */
    private static final Set<String> KINSHIP = words("장남", "차남", "삼남", "장녀", "차녀", "삼녀", "막내", "아들",
            "딸", "부인", "아내", "남편", "부친", "모친", "아버지", "어머니", "동생", "형", "누나", "언니", "오빠", "조카",
            "손자", "손녀", "사위", "며느리", "외아들", "외동딸", "형제", "자매", "장인", "장모", "시아버지", "시어머니");

    /**
     * Nouns that take "하다" and often stand, as "선출한" (elected) or "지시해" (ordered), before a title: with
     * "한"/"할"/"해" after them the word is a verb form, not a name.
     */
    private static final Set<String> ACTION_NOUNS = words("선출", "선정", "선고", "선발", "추천", "추대", "추모",
            "지명", "지휘", "지지", "지목", "기소", "기용", "구속", "구형", "방문", "제안", "제기", "공천", "경질", "고발",
            "고소", "소환", "소개", "석방", "은퇴", "연임", "임용", "위촉", "우승", "설립", "주도", "주최", "유치", "배출",
            "양성", "인정", "인수", "장악", "도입", "신청", "편성", "지시", "요구", "합의", "발표", "체포", "조사");

    /** Organisations whose names end in none of the usual syllables ("국민의힘"), and suffixes that mark one. */
    private static final Set<String> ORGANISATIONS = words("국민의힘", "청와대", "외교안보", "한은", "한전", "금감원",
            "금융위", "공정위", "선관위", "국정원", "대통령실", "당");
    private static final List<String> ORGANISATION_SUFFIXES = List.of("위원회", "은행", "대학교", "연구소", "재단", "그룹");

    private static final Set<String> NATIONALITIES = words(
            "미", "미국", "한", "한국", "북", "북한", "중", "중국", "일", "일본", "러", "러시아", "주한", "주미", "주일",
            "주중", "유엔", "전", "현", "前", "美", "北", "中", "日", "韓", "露", "英",
            "당시", "신임", "초대", "차기", "전임", "후임", "미측", "한측", "북측", "측");

    /** One-syllable nouns that follow a name without making it a given name ("트럼프 때", "바이든 쪽"). */
    private static final Set<String> BOUND_NOUNS = words("때", "땐", "쪽", "편", "탓", "덕", "뒤", "후", "앞", "말",
            "안", "집", "것", "간", "식", "판", "표", "팀", "가", "씨", "님", "일", "내", "외", "측", "전", "현");


    /** A Latin acronym that names a body before a title ("KBO 총재", "KIA 감독"). */
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z][A-Z0-9]{1,5}");

    private static final java.util.regex.Pattern LATIN_LED =
            java.util.regex.Pattern.compile("[A-Za-z]+(\\p{IsHangul}+)");

    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    static boolean isHangul(int c) {
        return c >= 0xAC00 && c <= 0xD7A3;
    }

    /** True when {@code rest} is empty or a chain of particles ("", "은", "에게는"). */
    static boolean isParticles(String rest) {
        if (rest.isEmpty()) {
            return true;
        }
        for (int n = Math.min(4, rest.length()); n >= 1; n--) {
            if (PARTICLES.contains(rest.substring(0, n)) && isParticles(rest.substring(n))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The title a token holds when the rest is particles ("제1차관은" → "제1차관"), possibly behind a short
     * organisation prefix ("국가안보실장은" → "국가안보실장", "한반도평화교섭본부장"), or null.
     */
    static String title(String token) {
        int digits = 0;
        while (digits < token.length() && Character.isDigit(token.charAt(digits))) {
            digits++;
        }
        for (int prefix = 0; prefix <= 8 + digits && prefix < token.length(); prefix++) {
            String rest = token.substring(prefix);
            int letters = Math.max(0, prefix - digits);
            for (String title : TITLES) {
                boolean prefixAllowed = prefix == 0 || !HONORIFICS.contains(title)
                        && (title.length() >= 3 || title.length() == 2 && (letters <= 4 || OFFICE_HEADS.contains(title)));
                if (prefixAllowed && rest.startsWith(title) && isParticles(rest.substring(title.length()))) {
                    return token.substring(0, prefix) + title;
                }
            }
        }
        return null;
    }

    /** The word extending {@code title} ("당선인" after "대통령"), or null. */
    static String titleExtension(String token) {
        String title = title(token);
        return title != null && TITLE_EXTENSIONS.contains(title) ? title : null;
    }

    /** A title ("대표", "국가대표", "위원장") that after a two-syllable word marks a common noun, not a name. */
    static boolean followsNouns(String title) {
        return NOUN_TITLES.stream().anyMatch(title::endsWith);
    }

    /** The title of {@link #followsNouns} that {@code title} ends with ("비상대책위원장" → "위원장"), or the title. */
    static String nounTitle(String title) {
        return NOUN_TITLES.stream().filter(title::endsWith).findFirst().orElse(title);
    }

    /** A family word ("아들", "장남"): the word after it is likely a person's name. */
    static boolean isKinship(String word) {
        return KINSHIP.contains(word);
    }

    /** An artist's calling written before the name ("배우 오영수는", "가수 이찬원이"). */
    static boolean isCallingBefore(String word) {
        return CALLINGS.contains(word);
    }

    /**
     * A calling as the person's role: without "선발", which makes a pitcher the day's starter ("선발 양현종" has no
     * role, "선발투수 류현진" is "투수"); null for null.
     */
    static String lastingRole(String calling) {
        if (calling == null || !calling.startsWith(STARTER)) {
            return calling;
        }
        return calling.length() == STARTER.length() ? null : calling.substring(STARTER.length());
    }

    /**
     * A Japanese minister's title ("방위상", "경제재생담당상"; also the North's "외무상") or the Cabinet Secretary's
     * ("관방장관", "관방부장관").
     */
    static boolean isJapaneseMinisterTitle(String title) {
        return title.length() >= 3 && title.endsWith("상") || title.contains("관방");
    }

    static boolean needsAffiliation(String title) {
        return AFFILIATED_TITLES.contains(title);
    }

    /** "연구원", "교수", "씨", "기자": a title anyone may hold, unlike a singer's or an actor's. */
    static boolean isEverydayTitle(String title) {
        return EVERYDAY_TITLES.contains(title) || isHonorific(title) || isBylineTitle(title);
    }

    static boolean isHonorific(String title) {
        return HONORIFICS.contains(title);
    }

    /** "전" (former) and "현" (current) before a title ("트럼프 전 대통령", "현 정부"): never a surname there. */
    static boolean isTimeQualifier(String word) {
        return word.equals("전") || word.equals("현");
    }

    static boolean isBylineTitle(String title) {
        return BYLINE_TITLES.stream().anyMatch(title::endsWith);
    }

    /** Two-syllable words that start like a surname and often stand before a title ("정부 대변인", "주한 대사"). */
    private static final Set<String> COMMON_TWO_SYLLABLE_WORDS = words(
            "경찰", "검찰", "국회", "국민", "국방", "경제", "공군", "해군", "여당", "야당", "여야", "시민", "시장", "구청",
            "도청", "법무",
            "이번", "이날", "이후", "이전", "이어", "이미", "이제", "이들", "이상", "이런", "이와", "이에", "이는", "이를",
            "이견", "이번엔", "한은", "한전", "금감", "금통", "공정", "선관", "헌재", "정부", "정상", "정책", "정치", "정당", "정보", "정권", "정식", "정례", "정무", "정의", "정규",
            "한국", "한미", "한일", "한중", "한편", "한때", "한층", "한측", "한국측", "주한", "주미", "주일", "주중", "주러",
            "주요", "주재", "주무", "주장", "주로", "주유", "주독", "주영", "주불", "전임", "전직", "전날", "전체", "전략",
            "전원", "전문", "전후", "전시", "전쟁", "전달", "전화", "전격", "전국", "전역", "신임", "신규", "신설", "신속",
            "공동", "공식", "공개", "공화", "공군", "공사", "공약", "공석", "국방", "국무", "국회", "국가", "국내", "국제",
            "국정", "국민", "국장", "국립", "고위", "고문", "고급", "최고", "최근", "최초", "최종", "최대", "현직", "현재",
            "현지", "현역", "차기", "차관", "차석", "우리", "우선", "조선", "조만", "조기", "조속", "조사", "조약", "남북",
            "남측", "남한", "양국", "양측", "양자", "양해", "여당", "여야", "여권", "여성", "방한", "방미", "방북", "방일",
            "방중", "방위", "방송", "강경", "강력", "강조", "민주", "민간", "민정", "안보", "안팎", "안전", "원내", "원장",
            "원래", "문화", "문제", "문서", "경제", "경우", "경고", "백악", "성명", "성과", "성공", "진보", "진행", "지난",
            "지금", "지역", "지원", "지도", "지사", "지적", "지방", "유엔", "유럽", "유관", "유력", "노동", "노력", "장관",
            "장기", "장성", "기존", "기자", "기타", "기획", "반면", "반대", "금융", "금번", "인사", "인도", "인권", "소속",
            "소장", "소통", "선임", "선거", "설명", "연구", "연합", "위원", "표현", "채택", "추가", "추진", "홍보", "하원",
            "송년", "황금", "허위", "변호", "명예", "모든", "석좌", "예비", "예정", "용산", "육군", "제주", "태평", "천안",
            "함께", "왕실", "옥외", "길림", "마지", "도내", "나머", "구두", "구체", "권한", "손실", "배석", "배치", "오는",
            "오늘", "서울", "서방", "서한", "임시", "임명", "박사", "윤리", "곽", "엄중", "채널", "봉쇄", "경제부", "상임");

    /** A plausible unknown Korean name: two or three syllables (four with a two-part surname), not a common word. */
    static boolean looksLikeName(String word) {
        return looksLikeName(word, false);
    }

    /**
     * A three-syllable word that reads as a name but ends as organisation words do ("김두관", "유상대", "김정관"):
     * a name only where the article confirms it.
     */
    static boolean looksLikeNameEndingLikeOrganisation(String word) {
        return word.length() == 3 && NAME_AND_ORG_ENDINGS.indexOf(word.charAt(2)) >= 0
                && !NOUNS_ENDING_LIKE_NAMES.contains(word) && looksLikeName(word, true);
    }

    private static boolean looksLikeName(String word, boolean organisationEnding) {
        if (!word.chars().allMatch(KoreanLexicon::isHangul) || NOT_NAMES.contains(word) || title(word) != null
                || KINSHIP.contains(word)) {
            return false;
        }
        if (word.length() == 3) {
            String stem = word.substring(0, 2);
            char last = word.charAt(2);
            if ("는를을의에".indexOf(last) >= 0 || "은이가도과와로".indexOf(last) >= 0
                    && (COMMON_TWO_SYLLABLE_WORDS.contains(stem) || title(stem) != null)
                    || "한할해".indexOf(last) >= 0
                            && (ACTION_NOUNS.contains(stem) || COMMON_TWO_SYLLABLE_WORDS.contains(stem))
                    || "인상".indexOf(last) >= 0 && KINSHIP.contains(stem)
                    || last == '별' && (COMMON_TWO_SYLLABLE_WORDS.contains(stem) || title(stem) != null)) {
                return false;
            }
        }
        if (isAnonymised(word)) {
            return false;
        }
        if (!organisationEnding && ORG_ENDINGS.indexOf(word.charAt(word.length() - 1)) >= 0
                || word.chars().skip(1).anyMatch(c -> NOT_GIVEN_NAME_SYLLABLES.indexOf(c) >= 0)
                || word.length() == 3 && COMPANY_NAME_ENDINGS.indexOf(word.charAt(2)) >= 0
                || word.indexOf('면', 1) >= 0 && (word.length() != 3 || word.charAt(2) != '면'
                        || BEFORE_CONDITIONAL_MYEON.indexOf(word.charAt(1)) >= 0)) {
            return false;
        }
        if (word.length() == 4) {
            return COMPOUND_SURNAMES.contains(word.substring(0, 2));
        }
        if (word.length() == 2) {
            return SURNAMES.indexOf(word.charAt(0)) >= 0 && !COMMON_TWO_SYLLABLE_WORDS.contains(word);
        }
        return word.length() == 3 && SURNAMES.indexOf(word.charAt(0)) >= 0;
    }

    /** "이모", "김모씨는": a surname and "모" (so-and-so), as news writes a citizen it does not name. */
    static boolean isAnonymised(String word) {
        return word.length() >= 2 && word.charAt(1) == '모' && isParticles(word.substring(2));
    }

    static boolean isSurname(String word) {
        return word.length() == 1 && SURNAMES.contains(word) || COMPOUND_SURNAMES.contains(word);
    }

    /** A word that may stand between a name and its title: a nationality or an organisation ("미 국무부"). */
    static boolean isNationality(String word) {
        return NATIONALITIES.contains(word);
    }

    /** A one-syllable noun that follows a name as any noun does ("트럼프 때", "바이든 쪽"). */
    static boolean isBoundNoun(String word) {
        return BOUND_NOUNS.contains(word);
    }

    /** "전", "前": the title that follows is a former one, and the role keeps the word ("전 대통령"). */
    static boolean isFormer(String word) {
        return word.equals("전") || word.equals("前");
    }

    /** Titles a company or club gives ("하이브 의장", "현대차 회장", "KIA 감독"): the word before them names it. */
    static boolean isCompanyTitle(String title) {
        return title != null && COMPANY_TITLES.contains(title);
    }

    /** A short Hangul word that can name a company or club before its title, not a common noun. */
    static boolean isAffiliation(String word) {
        return word.length() >= 2 && word.length() <= 8 && word.chars().allMatch(KoreanLexicon::isHangul)
                && !COMMON_TWO_SYLLABLE_WORDS.contains(word) || ACRONYM.matcher(word).matches();
    }

    /** An organisation word, or Latin letters with Hangul after them ("SK하이닉스", "AI인프라"), a company's. */
    /** A political party's name ("민주노동당", "국민의힘"): a person's affiliation, never part of a smaller body. */
    static boolean isParty(String word) {
        return word.length() >= 3 && word.endsWith("당") && word.chars().allMatch(KoreanLexicon::isHangul)
                || word.equals("국민의힘");
    }

    static boolean isOrganisation(String word) {
        java.util.regex.Matcher latinLed = LATIN_LED.matcher(word);
        return latinLed.matches() && latinLed.group(1).length() >= 2 && !isParticles(latinLed.group(1))
                || word.length() >= 2 && word.length() <= 8 && word.chars().allMatch(KoreanLexicon::isHangul)
                && ORG_ENDINGS.indexOf(word.charAt(word.length() - 1)) >= 0 || ORGANISATIONS.contains(word)
                || word.length() <= 10 && ORGANISATION_SUFFIXES.stream().anyMatch(word::endsWith);
    }
}
