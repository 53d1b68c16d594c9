package dev.sinmun.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises reporter lines: an e-mail with at most a short name around it ("Kim Min-ji kimmj@example.com",
 * "워싱턴=김민지 특파원 kimmj@donga.com"), an English "By Kim Min-ji" line, or a Korean "김민지 기자" line; and, at the
 * end of an article only, a signature of names with a role ("Kim Soon-duk, Editorial Writer").
 */
public final class BylineReader {

    /**
     * One reporter line: its e-mail addresses, the name(s) around them or the name alone, and the credit as the
     * article gives it ("Kim Do-hyung dodo@donga.com, Lee Ji-eun easy@donga.com").
     */
    public record Byline(List<String> emails, String name, String credit) {
        public Byline {
            emails = List.copyOf(emails);
        }

        Byline(List<String> emails, String name) {
            this(emails, name, name == null ? String.join(", ", emails)
                    : emails.isEmpty() ? name : name + " " + String.join(", ", emails));
        }

        /**
         * The article's byline from all its reporter lines: each credit once; names printed apart from the e-mails
         * ("By Kim Do-hyung" above, "dodo@donga.com" below) are put together. Null when there is none.
         */
        public static String join(List<Byline> reporters) {
            List<String> credits = new ArrayList<>(reporters.stream()
                    .filter(b -> b.name() != null && !b.emails().isEmpty()).map(Byline::credit).toList());
            List<String> names = reporters.stream().filter(b -> b.emails().isEmpty())
                    .filter(b -> Arrays.stream(b.name().split(",\\s*"))
                            .anyMatch(name -> credits.stream().noneMatch(c -> c.contains(name))))
                    .map(Byline::credit).distinct().toList();
            List<String> emails = reporters.stream().filter(b -> b.name() == null).flatMap(b -> b.emails().stream())
                    .filter(e -> credits.stream().noneMatch(c -> c.contains(e))).distinct().toList();
            List<String> each = names.stream().flatMap(n -> Arrays.stream(n.split(",\\s*"))).toList();
            if (emails.size() > 1 && each.size() == emails.size()) {
                for (int i = 0; i < each.size(); i++) {
                    credits.add(each.get(i) + " " + emails.get(i));
                }
            } else if (!names.isEmpty() && !emails.isEmpty()) {
                credits.add(String.join(", ", names) + " " + String.join(", ", emails));
            } else {
                credits.addAll(names);
                credits.addAll(emails);
            }
            return credits.isEmpty() ? null : String.join(", ", credits.stream().distinct().toList());
        }
    }

    private static final Pattern EMAIL = EmailAddress.PATTERN;
    private static final Pattern SHOUTED_JOINER = Pattern.compile("\\band\\b");
    private static final int MAX_NAME_LENGTH = 60;
    /** No reporter line is longer: a longer line is body text, and searching it for e-mails again and again is slow. */
    private static final int MAX_LINE_LENGTH = 1000;
    private static final int MAX_NAME_WORDS = 8;
    /**
     * A "By" line of names only may run longer: "By Yoonjung Seo, Gawon Bae, Helen Regan and Mike Valerio", also with
     * their job after the last ("By Han Da-eun, Oh Ji-hoon and Seo Min-jae, staff reporters").
     */
    private static final int MAX_NAMES_LENGTH = 120;
    private static final String NAMES_SPLIT = "\\s*(?:,|·|&|\\band\\b)\\s*";
    /** The last joiner of a list of names: " and ", ", and ", " & ". */
    private static final Pattern NAMES_JOINER = Pattern.compile("\\s*,?\\s+(?:and|&)\\s+");
    /** "Reporting by …" up to the next credit: a wire's reporters, named in its staff credits under the text. */
    private static final Pattern REPORTING_CREDIT = Pattern.compile("^\\(?(?i:reporting|writing) by ([^;)]{3,120})");
    /** " in Bengaluru", " in Seoul and Tokyo": where a wire's reporter wrote from. */
    private static final Pattern WRITING_FROM = Pattern.compile("\\s+in\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?"
            + "(?:\\s+and\\s+\\p{Lu}[\\p{L}-]*)?(?=\\s*(?:,|\\band\\b|&|$))");
    private static final Pattern BY = Pattern.compile(
            "^(?:(?:[Aa]nalysis\\s+|[Oo]pinion\\s+|[Cc]ommentary\\s+)?[Bb][Yy]:?|(?:[Ss]taff\\s+)?[Rr]eporters?(?:\\s*:)?|"
                    + "[Cc]orrespondents?|[Ss]taff\\s+[Ww]riters?|[Ww]ritten\\s+by)\\s+(\\p{Lu}.*)$");
    /** ", CNN", ", The Associated Press": the outlet a "By …" line names after its reporters. */
    private static final Pattern OUTLET_AFTER_NAMES = Pattern.compile(
            ",\\s*(?:\\p{Lu}{2,5}(?:\\s(?:News|Business))?|(?:The\\s)?Associated Press|Reuters|Bloomberg)$");
    /** Text around an e-mail that holds a sentence's end ("… through April. Yoo Seo-jin"): body text, not a name. */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?。다][\"”’)]*\\s");
    private static final Pattern CONTACT_WORDS = Pattern.compile(
            "(?i)^(?:contact|write|send|call|reach|e-?mail|tel|phone|inquir\\w*|questions?)\\b|문의|제보|연락");
    private static final Set<String> NOT_NAME_WORDS = Set.of("only", "the", "chance", "invitation", "numbers", "far",
            "now", "then", "contrast", "comparison", "default", "design", "way", "all", "means", "accident", "heart",
            "hand", "night", "day", "nature", "law", "force", "popular", "demand", "request", "year", "month", "week");
    private static final Pattern END_MARK = Pattern.compile("[(\\[](?:END|MORE|끝)[)\\]]");
    private static final Pattern EMAIL_LABEL = Pattern.compile("(?i)(?:e-?mail|reporter)\\s*[:：]?|이메일\\s*[:：]?");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.\\-]*|and|&");
    private static final String KOREAN_ROLE = "(?:기자|특파원|선임기자|전문기자|객원기자|인턴기자|대기자|논설위원|통신원)";
    private static final Pattern SIGNATURE = Pattern.compile(
            "^(.+?)(?:,?\\s+((?:(?:\\p{Lu}\\p{Ll}+|staff|senior|special|chief|foreign|contributing|guest|freelance)\\s+){0,2}"
            + "(?:[Rr]eporter|[Cc]orrespondent|[Ww]riter|[Ee]ditor|[Cc]olumnist|[Jj]ournalist)s?))?$");
    /** A name a "By" line lists with others, of up to four words ("Michelle Ye Hee Lee", "Min Joo Kim"). */
    private static final Pattern LISTED_NAME = Pattern.compile("\\p{Lu}\\p{Ll}*(?:-\\p{L}\\p{Ll}*)?"
            + "(?:\\s+(?:Mc|Mac|O['’])?\\p{Lu}\\p{Ll}*(?:-\\p{L}\\p{Ll}*)?){1,3}");
    /**
     * The "다른기사 보기" (more by this reporter) button a Korean news CMS prints after the reporter's name, on English
     * pages too ("Lee Kyung-sik 다른기사 보기"): the name before it is the byline.
     */
    private static final Pattern MORE_BY_REPORTER = Pattern.compile("\\s?(?:의\\s)?다른\\s?기사\\s?(?:더\\s?)?보기$");
    /** "Write to Jeong-Soo Hwang at hjs@hankyung.com", KED Global's signature: the name and the e-mail. */
    private static final Pattern WRITE_TO = Pattern.compile("^(?i:write to)\\s+(\\p{Lu}.{1,60}?)\\s+at\\s+(?=\\S+@)");
    /** "김현경. 기자(goodjob@mbc.co.kr)": a stray dot between a reporter's name and their role, read as a space. */
    private static final Pattern DOT_BEFORE_ROLE = Pattern.compile("^([가-힣]{2,4})\\.\\s?(?=(?:기자|특파원)\\s?[(<\\[]?\\s?[\\w.+-]+@)");
    /** "<사진= 김현철 기자 khc21@…>": the photographer's credit under the text, not its byline. */
    private static final Pattern PHOTO_CREDIT = Pattern.compile("^[<〈(\\[]\\s?사진\\s?[=:：]");
    /** "Reporter Lee Kyung-sik": the label before a name, no part of it. */
    private static final Pattern ROLE_BEFORE_NAME = Pattern.compile("^(?:Reporter|Correspondent|Writer)\\s(?=\\p{Lu})");
    /** One to three name words ("Kim Yoon-jung", "Justin McCurry"), a middle initial after the first ("Benjamin R. Young"). */
    private static final Pattern BY_WORD = Pattern.compile("^(?i:by)\\s+");
    private static final Pattern SIGNATURE_NAME = Pattern.compile("\\p{Lu}\\p{Ll}*(?:-\\p{L}\\p{Ll}*)?(?:\\s\\p{Lu}\\.)?"
            + "(?:\\s+(?:Mc|Mac|O['’])?\\p{Lu}\\p{Ll}*(?:-\\p{L}\\p{Ll}*)?){1,2}");
    /**
     * A Korean dateline written with a slash and the credit's label before the reporter: "판문점/" of "판문점/정유경 기자",
     * "방콕/글·사진 " of "방콕/글·사진 김양중 기자"; the labels alone when they are several ("사진·글 " of "사진·글 김진수 기자").
     */
    private static final Pattern KOREAN_SLASH_DATELINE = Pattern.compile(
            "^\\s*(?:[가-힣]{2,8}\\s?/\\s?(?:(?:글|사진|그림)(?:\\s?[·/]\\s?(?:글|사진|그림))*\\s+)?"
                    + "|(?:글|사진|그림)(?:\\s?[·/]\\s?(?:글|사진|그림))+\\s+)(?=[가-힣]{2,4}\\s?" + KOREAN_ROLE + ")");
    /** What a credit may say before the names: "Photo by", "Interviewed by", "By". */
    private static final Pattern LEAD_IN = Pattern.compile(
            "(?i)^(?:(?:photos?|photographed|interview(?:ed)?|reported|written|compiled|translated)\\s+)?by\\s*:?\\s+");
    /** What parts a credit line's names: "·", "/", ";", "|" or an opening bracket ("Kim Min-ji (Washington …)"). */
    private static final Pattern NAME_SEPARATOR = Pattern.compile("^[\\s)\\]>]*(?:[,·/;|&(\\[]|and\\s)");
    /** A reporters' pool credited together: "Pyongyang Joint Press Corps", "Press Pool". */
    private static final Pattern PRESS_POOL = Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}(?:[Pp]ress\\s+(?:[Cc]orps|[Pp]ool)|[Pp]ool\\s+[Rr]eporters?)$");
    /** "Muan=" of "Muan=Eun-Hoo Lee, Ji-Won Kim", "Mokpo=" of "…, Mokpo=Chang-Won Jung": where a reporter wrote from. */
    private static final Pattern LATIN_PLACE_BEFORE_NAME = Pattern.compile(
            "(?:^|(?<=,\\s?))\\p{Lu}[\\p{L}.\\- ]{1,24}?\\s?=\\s?(?=\\p{Lu})");
    /**
     * A programme's staff credited under a radio or TV interview, after their outlet's name or without it ("CBS노컷뉴스
     * 김현정의 뉴스쇼 제작진", "SBS 그것이 알고싶다 제작팀"): group 1 is the credit without the outlet.
     */
    private static final Pattern PROGRAMME_STAFF = Pattern.compile("^(?:[가-힣]{0,4}[A-Z]{2,5}[가-힣]{0,8}\\s)?"
            + "((?:[가-힣A-Za-z0-9'‘’<>〈〉]{1,12}\\s){1,4}제작(?:진|팀))$");
    /** "Jindo=Kim Ho-gyun": a reporter's name after the place they report from. */
    private static final Pattern LATIN_DATELINE = Pattern.compile("^\\p{Lu}[\\p{L}.\\- ]{1,24}?\\s?=\\s?(\\p{Lu}.*)$");
    /** One syllable of a romanised Korean given name: "Sang", "Hyeon", "Ah". */
    private static final String SYLLABLE =
            "(?i:(?:[bcdghjkmnprstwy]|ch|kk|pp|ss|tt|jj|sh|ph)?[aeiouwy]{1,3}(?:ng|[hklmnpt])?)";
    private static final String GIVEN_NAME = "(?=\\p{Lu})" + SYLLABLE + "-(?=\\p{L})" + SYLLABLE;
    /**
     * A romanised Korean name as papers print it, with a hyphenated given name: "Kim Yoon-jung", or given name
     * first as the Dong-A's English edition signs its reporters, "Sang-Jun Kim".
     */
    private static final Pattern ROMANISED_KOREAN_NAME = Pattern.compile(
            "\\p{Lu}\\p{Ll}{1,6} (?=\\p{Lu}\\p{Ll}+-\\p{Ll})" + GIVEN_NAME + "|" + GIVEN_NAME + " \\p{Lu}\\p{Ll}{1,6}");
    private static final int MAX_UNSIGNED_NAMES = 3;
    /**
     * A reporter's job after their name, with the place they report from: ", staff reporter", " Stockholm
     * correspondent", "(Washington correspondent)"; an editorial writer's or columnist's title is not one.
     */
    private static final Pattern REPORTING_ROLE = Pattern.compile("^(\\P{L}*\\S+(?:\\s+\\S+)+?)(?:\\s*,\\s*|\\s+|\\s*\\(\\s*)"
            + "(?:(?:\\p{Lu}[\\p{L}.'’-]*|staff|senior|special|chief|foreign|contributing|guest|freelance)\\s+){0,2}"
            + "(?:[Cc]orrespondent|[Rr]eporter|[Jj]ournalist|[Ss]taff [Ww]riter)s?\\)?\\s*$");
    /**
     * A Korean reporter's job after their name, with their desk or rank: " 기자", " 특파원", " 사회부 기자", " 선임기자", "
     * 군사전문기자"; an editorial writer's or columnist's title ("논설위원") is not one.
     */
    private static final Pattern KOREAN_REPORTING_ROLE = Pattern.compile("^(.*?[가-힣]{2,4}(?:[\\s,·]+[가-힣]{2,4})*?)"
            + "(?:\\s+(?:[가-힣]{1,6}부\\s+)?[가-힣]{0,4}(?:기자|특파원)|\\s*(?:기자|특파원)|\\s+통신원)\\s*$");
    private static final Pattern KOREAN_NAME_LIST = Pattern.compile("[가-힣]{2,3}(?:[\\s,·]+[가-힣]{2,3}){1,3}");
    /**
     * A Korean column's signature: "박상준 일본 와세다대 국제학부 교수", "이인실 한반도미래인구연구원장·전 통계청장", a name, an
     * affiliation and a title, a former office's too ("전 통계청장", "전 주미대사", "전 주러시아 대사"), or a title after
     * another ("김지영 직장인·작가").
     */
    private static final Pattern KOREAN_SIGNATURE = Pattern.compile("^[가-힣]{2,4}(?:\\s+[가-힣A-Za-z0-9·()]{1,16}){0,5}"
            + "(?:\\s+|(?<=\\s[가-힣]{1,8})·)(?:(?:명예|객원|석좌|초빙|겸임|수석|특임|특훈)?(?:교수|연구위원|선임연구위원|연구원|소장|원장|대표|변호사|논설위원(?:실장)?|논설실장|"
            + "논설주간|주필|작가|소설가|평론가|시인|"
            + "이사장|회장|박사|칼럼니스트|전문기자)|[가-힣]{1,8}(?:청장|총장|장관|차관|대사|총재|원장))$"
            + "|^[가-힣]{2,4}(?:\\s+[가-힣A-Za-z0-9·()]{1,16}){1,5}\\s+(?:청장|총장|장관|차관|대사|총재|원장)$");
    /**
     * An English column's signature: "Kim Ho-gi, Professor of Sociology at Yonsei University", "Wi Sung-lac, Former
     * Korean Ambassador to Russia", a name and a title.
     */
    private static final Pattern ENGLISH_SIGNATURE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){1,2}),\\s+(?:an?\\s+)?"
            + "(?:(?:[Ff]ormer|[Ee]meritus|[Vv]isiting|[Aa]djunct|[Aa]ssociate|[Aa]ssistant|[Ss]enior|[Cc]hief)\\s+)*"
            + "(?:\\p{Lu}\\p{Ll}+\\s+){0,2}(?:[Pp]rofessor|[Rr]esearch [Ff]ellow|[Rr]esearcher|[Ll]ecturer|[Dd]irector|[Pp]resident|[Cc]hairman|"
            + "[Aa]ttorney|[Ll]awyer|[Nn]ovelist|[Pp]oet|[Cc]ritic|[Aa]mbassador|[Ff]ellow)\\b[^.!?]{0,100}$");
    /**
     * A contributor's note under a column that names them first: "Kim Seong-kon is a professor … -- Ed.", "Robert J.
     * Fouser, a former associate professor …, writes on Korea … -- Ed.", "… The views expressed in this column are his
     * own.", "Andrei Lankov is a professor at Kookmin University. He can be reached at …".
     */
    private static final Pattern CONTRIBUTOR_NOTE = Pattern.compile("^(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}\\.)?"
            + "(?: \\p{Lu}[\\p{L}'’-]+){1,2}),? (?:is|was|an?) .*(?:--\\s?[Ee]d\\.?|[Tt]he views expressed .{5,60}"
            + "|(?:[Hh]e|[Ss]he|[Tt]hey) can be (?:reached|contacted) at \\S+@\\S+)$");
    private static final String COMPOUND_SURNAME = "남궁|제갈|선우|황보|독고|사공|서문|동방|어금|망절|강전";
    /** "기자명 김영재 기자": a label before a Korean reporter's name. */
    private static final Pattern REPORTER_LABEL = Pattern.compile("^(?:기자명|취재기자|글)\\s*[:：]?\\s*(?=[가-힣]{2,4}\\s?기자)");
    /** "취재기자ㅣ김민경", "기자: 홍길동": a broadcast's credit for its reporter, the role before the name. */
    private static final Pattern REPORTER_CREDIT = Pattern.compile("^(?:취재\\s?기자|기자)(?:\\s*[:：ㅣ|]\\s*|\\s?l\\s?(?=[가-힣]))"
            + "([가-힣]{2,4}(?:\\s?[,·]\\s?[가-힣]{2,4}){0,2})$");
    /** "글: 신나리(dori2381)", "이경태(sneercool)": OhmyNews credits its writer by name and member id. */
    /**
     * What a team's credit prints around its reporters' names and e-mails ("특별취재팀 ", "▽팀장 ", "사회부 차장 ", " 외
     * 3명", one "기자" after the last e-mail), and the desk or section before one reporter ("디지털뉴스팀 홍길동 기자", a
     * word of four syllables or more that no compound surname starts: "/서경스타 한해선기자"): none of it a name.
     */
    private static final Pattern TEAM_MARKS = Pattern.compile("^[가-힣]{0,8}취재팀\\s+|▽\\s?|(?<=^|\\s|▽)(?:팀장|차장|부장"
            + "|[가-힣]{0,4}(?:정치|사회|경제|국제|산업|문화|스포츠|사진|과학|금융|증권|편집|사건|법조|체육|디지털|교육|복지"
            + "|영상|탐사|기획|전국|정책)\\d?부)(?=\\s)|\\s외\\s?\\d{1,2}\\s?명$|(?<=[A-Za-z])\\s+(?:기자|특파원)$"
            + "|^/?\\s?[가-힣A-Za-z0-9]{1,10}(?:부|팀|국|센터|데스크)\\s+(?=[가-힣]{2,4}\\s?(?:기자|특파원)(?:\\s|$))"
            + "|^/?\\s?(?!" + COMPOUND_SURNAME + ")[가-힣]{4,8}\\s+(?=[가-힣]{2,3}\\s?(?:기자|특파원)(?:\\s|$))");
    private static final Pattern WRITER_WITH_ID = Pattern.compile(
            "^(?:글\\s?[:：]\\s?)?([가-힣]{2,4})\\s?\\((?=[^)]*[a-z0-9])[A-Za-z0-9_.-]{3,20}\\)$");
    /** "권다온 | 사회부 기자", "권다온 사회부 기자": a column's writer line, the name before a bar or a desk, then the role. */
    private static final Pattern WRITER_WITH_DESK = Pattern.compile("^([가-힣]{2,4})(?:\\s?[|ㅣ｜]\\s?|\\s)"
            + "(?:[가-힣]{1,6}(?:부|팀|국)\\s?)?" + KOREAN_ROLE + "$");
    private static final Pattern KOREAN_NAMES = Pattern.compile(
            "^[가-힣]{2,4}\\s?" + KOREAN_ROLE + "(?:[\\s,·/]+[가-힣]{2,4}\\s?" + KOREAN_ROLE + "){0,3}$");
    /** "서울=", "(서울=뉴스1) ", "[서울=뉴시스]": the place, and the wire, a Korean byline starts with. */
    private static final String KOREAN_DATELINE =
            "(?:[가-힣]{2,6}\\s?=\\s?|[(\\[【][가-힣]{2,6}\\s?=\\s?[가-힣A-Za-z0-9]{2,8}[)\\]】]\\s?)";
    /**
     * "(서울=연합뉴스) 이름 이름 기자 = ", "【서울=뉴시스】이름 기자 =", or a paper's "[이데일리 이름 기자]", "[헤럴드경제=이름 기자]",
     * "[더팩트ㅣ국회=이름 기자]" (where the reporter was after a bar), "[ SBS 연예스포츠 | 이름 선임기자]" (a desk, then a bar).
     */
    private static final Pattern WIRE_LEAD = Pattern.compile(
            "^(?:[(\\[【][가-힣]{2,6}\\s?=\\s?[가-힣A-Za-z0-9]{2,8}[)\\]】]\\s?"
            + "((?!(?:선임|전문|객원|인턴)기자)[가-힣]{2,4}(?: (?!(?:선임|전문|객원|인턴)기자)[가-힣]{2,4}){0,3})\\s?" + KOREAN_ROLE + "\\s?=\\s?"
            + "|\\[\\s?[가-힣A-Za-z0-9]{2,10}(?:\\s[가-힣A-Za-z0-9]{2,10})?(?:\\s?[ㅣ|]\\s?[가-힣0-9]{1,8})?"
            + "(?:\\s|\\s?=\\s?|\\s?[ㅣ|]\\s?)((?!(?:선임|전문|객원|인턴)기자)[가-힣]{2,4}(?: (?!(?:선임|전문|객원|인턴)기자)[가-힣]{2,4}){0,3})\\s?" + KOREAN_ROLE + "\\s?]\\s?)");
    /**
     * "CBS노컷뉴스 ", "[오마이뉴스 ", "대구CBS ": an outlet's name, or its local station's, before its reporter's
     * ("CBS노컷뉴스 박희영 기자", "[오마이뉴스 이경태 기자]", "대구CBS 정진원 기자").
     */
    private static final Pattern OUTLET_PREFIX = Pattern.compile(
            "^\\[?(?:[가-힣]{0,4}[A-Z]{2,5}[가-힣]{0,8}|[가-힣]{1,8}(?:뉴스|일보|신문|경제|방송))\\s(?=[가-힣]{2,4}\\s?" + KOREAN_ROLE + "]?$)");
    /**
     * "워싱턴 ", "세종 ": the city a reporter files from, written without "=" before the name ("워싱턴 이재연 특파원", "세종
     * 이현정 기자", as 서울신문 signs): any place before a correspondent, a known one before other reporters.
     */
    private static final Pattern CORRESPONDENT_PLACE = Pattern.compile("^(?:[가-힣]{2,6}\\s(?=[가-힣]{2,4}\\s?특파원$)"
            + "|(?:세종|서울|부산|대구|인천|광주|대전|울산|수원|창원|청주|전주|춘천|제주|포항|안동|원주|천안|목포|여수|강릉"
            + "|워싱턴|뉴욕|베이징|도쿄|파리|런던|베를린|브뤼셀|모스크바|홍콩|상하이|하노이|방콕|싱가포르|뉴델리)"
            + "\\s(?=[가-힣]{2,4}\\s?" + KOREAN_ROLE + "$))");
    /** "뉴시스 박선정": a wire's reporter signed after its name; never a credit or a button ("연합뉴스 제공", "뉴스1 구독"). */
    private static final Pattern WIRE_SIGNED = Pattern.compile("^(?:뉴시스|연합뉴스|뉴스1)\\s"
            + "(?![가-힣]*(?:제공|자료|사진|캡처|화면|그래픽|갈무리|취재단|기자단|특약|영상|단독|속보|구독|뉴스)$)([가-힣]{2,3})$");
    /** A Korean reporter's name, with their role or without: "나현호", "김겨레 기자". */
    private static final Pattern KOREAN_REPORTER = Pattern.compile("[가-힣]{2,4}(?:\\s?" + KOREAN_ROLE + ")?");
    private static final Outlets OUTLETS = new Outlets();
    private static final Pattern CLOSING_BRACKET = Pattern.compile("(?<=" + KOREAN_ROLE + ")]$");
    /** A broadcast transcript's anchor marker: "[앵커]", "<앵커>", "◀ 앵커 ▶". */
    static final Pattern ANCHOR_MARK = Pattern.compile("^[\\[<◀【]\\s?앵커(?:\\s?멘트)?\\s?[\\]>▶】]$");
    /**
     * A broadcast transcript's label for who speaks next, on a line of its own: "[앵커]", "[리포트]", "<기자>",
     * "◀ 리포트 ▶", "[앵커 멘트]", "【 앵커멘트 】", "[인터뷰]"; a role, not text, as the English "Anchor:" label is; KBS
     * English transcripts' "[Anchor Lead]", "[Pkg]" (the reporter's package), "[Reporter]".
     */
    static final Pattern ROLE_MARK = Pattern.compile("^[\\[<◀【]\\s?(?:앵커|리포트|기자|인터뷰)(?:\\s?멘트)?\\s?[\\]>▶】]$"
            + "|^\\[(?i:anchor(?: lead)?|pkg|package|report|reporter)]$");
    /** The label where the reporter's part of a transcript starts: "[리포트]", "<기자>", "◀ 리포트 ▶". */
    static final Pattern REPORT_MARK = Pattern.compile("^[\\[<◀【]\\s?(?:리포트|기자)\\s?[\\]>▶】]$");
    /**
     * "KBS 뉴스 김민아입니다.", "채널A 뉴스 김지윤입니다.", "지금까지 관저 앞에서 MBN뉴스 김태희입니다.": a reporter's sign-off,
     * where they stand before it or not, their e-mail in brackets after it or not ("연합뉴스TV 김민아입니다.
     * (mina@yna.co.kr)"); group 1 is their name, group 2 their e-mail.
     */
    private static final Pattern BROADCAST_SIGN_OFF = Pattern.compile("^(?:(?:지금까지\\s)?(?:[가-힣A-Za-z0-9·]{1,12}\\s){1,4}?)?"
            + "(?<channel>(?:[가-힣]{0,4}[A-Z]{2,5}|채널\\s?A|TV\\s?조선|연합뉴스\\s?TV)(?:\\s?뉴스)?)\\s?(?<name>[가-힣]{2,4})"
            + "\\s?입니다\\.?(?:\\s?\\((?<email>" + EmailAddress.PATTERN.pattern() + ")\\))?$");
    /**
     * A reporter's role printed under their name above the text: "Seoul correspondent", "Senior Asia reporter", "BBC
     * News, Seoul", "BBC Korean", "Reporting from Muan".
     */
    private static final Pattern REPORTER_ROLE = Pattern.compile("(?i)^(?:[\\p{L}'’.-]+\\s+){0,4}"
            + "(?:correspondent|reporter|editor|writer|journalist|analyst|presenter|producer)s?"
            + "|^(?-i:\\p{Lu}{2,5})\\s(?:News|Korean|World Service)(?:,\\s(?-i:\\p{Lu})[\\p{L} ]{1,25})?"
            + "|^reporting from\\s(?-i:\\p{Lu})[\\p{L} ,.'-]{1,40}$");
    /** What a reporter handed over to does: "reports", "explains", "has more", "starts us off". */
    private static final String HANDED_OVER = "(?:reports|explains|has (?:more|the (?:story|details|report))"
            + "|tells us more|starts us off)";
    /**
     * "Kim Bo-kyoung reports.", "PARK Jun-han explains." (Arirang prints the surname in capitals), "Kim Bo-kyoung,
     * Arirang News.": a broadcast reporter handing over or closing.
     */
    private static final Pattern ENGLISH_SIGN_OFF = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){1,3})"
            + "(?:\\s" + HANDED_OVER + "(?:\\sfrom\\s\\p{Lu}[\\p{L} ]{1,20})?|,(?:\\s\\p{Lu}[\\p{L}]*){1,3}\\s(?:News|TV|Radio)"
            + "(?:,\\s\\p{Lu}[\\p{L} ]{1,20})?)\\.$");
    /**
     * The anchor's last sentence handing over to the reporter: "Our Kim Bo-kyoung reports.", "KBS World's Choi Min-ji
     * has more.", "Lee Ji-won has the story."; group 1 is the reporter's name.
     */
    private static final Pattern ENGLISH_HANDOVER = Pattern.compile("(?<=[.!?\"”’])\\s+"
            + "(?:Our\\s|\\p{Lu}[\\p{L}]*(?:\\s\\p{Lu}[\\p{L}]*)?['’]s?\\s)?"
            + "(\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){1,3})\\s"
            + HANDED_OVER + "(?:\\sfrom\\s\\p{Lu}[\\p{L} ]{1,20})?\\.$");
    /**
     * "… 해석됩니다. 이한주 기자입니다.", "먼저 KBC 정의진 기자가 보도합니다.", "어떤 사연인지 김봉진 기자가 보도합니다.",
     * or a live call "현장 연결합니다. 윤가람 기자!":
     * an anchor handing over to the reporter.
     */
    private static final Pattern ANCHOR_HANDOVER = Pattern.compile("(?:^|(?<=[.!?\"”’])\\s+)(?:먼저\\s|이어서\\s"
            + "|[^.!?]{0,60}연결(?:합니다|하겠습니다|해\\s?보겠습니다)\\.\\s+"
            + "|[^.!?\"“”]{1,30}[가-힣]지\\s|자세한\\s(?:내용|소식)(?:을|은)?\\s)?"
            + "(?:[A-Z]{2,5}\\s?)?([가-힣]{2,4})\\s?기자(?:(?:입니다|가 보도합니다|가 전합니다|가 취재했습니다)\\.?|\\s?!)$");
    /** "◎공감언론 뉴시스 x@newsis.com": a slogan or label marked by a symbol before an e-mail, not a name. */
    private static final Pattern SIGN_OFF = Pattern.compile("^[◎▷▶■□●○◇◆☞▣※]");
    private static final Pattern KOREAN = Pattern.compile(
            "^" + KOREAN_DATELINE + "?((?:[가-힣]{2,4}\\s?(?:" + KOREAN_ROLE + ")?[\\s,·/]*)+?)\\s?" + KOREAN_ROLE + "$");

    /**
     * The reporters a Korean wire story names in its first words ("(서울=연합뉴스) 이귀원 현혜란 기자 = …", "[서울=뉴시스]한은진
     * 기자 = …"), or empty.
     */
    public Optional<Byline> readWireLead(String paragraph) {
        Matcher m = WIRE_LEAD.matcher(Whitespace.normalize(paragraph));
        if (!m.find()) {
            return Optional.empty();
        }
        String names = m.group(1) != null ? m.group(1) : m.group(2);
        return Optional.of(new Byline(List.of(), names.replace(' ', ',').replace(",", ", ")));
    }

    /**
     * The reporter of a broadcast transcript: the last sign-off ("KBS 뉴스 이세중입니다."), else, after an anchor's
     * marker ("[앵커]"), the first reporter the anchor hands over to ("… 김지욱 기자입니다."); or empty.
     */
    public Optional<Byline> readBroadcastReporter(List<String> paragraphs) {
        return paragraphs.stream().map(this::readBroadcastSignOff).flatMap(Optional::stream).reduce((a, b) -> b)
                .or(() -> paragraphs.stream().noneMatch(p -> ANCHOR_MARK.matcher(Whitespace.normalize(p)).matches())
                        ? Optional.empty()
                        : paragraphs.stream().map(this::readAnchorHandover).flatMap(Optional::stream).findFirst());
    }

    /** The reporter a broadcast report closes with ("MBC뉴스 김상훈입니다.", "YTN 김철희입니다."), or empty. */
    public Optional<Byline> readBroadcastSignOff(String paragraph) {
        Matcher m = BROADCAST_SIGN_OFF.matcher(Whitespace.normalize(paragraph));
        return !m.matches() ? Optional.empty()
                : Optional.of(new Byline(m.group("email") == null ? List.of() : List.of(m.group("email")), m.group("name")));
    }

    /** The channel a broadcast report closes with ("KBS 뉴스" of "KBS 뉴스 김상훈입니다."), or empty. */
    public Optional<String> readBroadcastChannel(String paragraph) {
        Matcher m = BROADCAST_SIGN_OFF.matcher(Whitespace.normalize(paragraph));
        return m.matches() ? Optional.of(m.group("channel")) : Optional.empty();
    }

    /** The reporter an English broadcast report hands over to or closes with ("Kim Bo-kyoung reports."), or empty. */
    public Optional<Byline> readEnglishSignOff(String paragraph) {
        Matcher m = ENGLISH_SIGN_OFF.matcher(Whitespace.normalize(paragraph));
        return m.matches() ? Optional.of(new Byline(List.of(), withSurnameCapitalized(m.group(1)))) : Optional.empty();
    }

    /**
     * The reporter an English anchor hands over to in the paragraph's last sentence ("… Our Kim Bo-kyoung reports."),
     * or empty.
     */
    public Optional<Byline> readEnglishHandover(String paragraph) {
        Matcher m = ENGLISH_HANDOVER.matcher(Whitespace.normalize(paragraph));
        return m.find() && !m.group(1).startsWith("The ") && !OUTLETS.isOutletName(m.group(1))
                ? Optional.of(new Byline(List.of(), withSurnameCapitalized(m.group(1)))) : Optional.empty();
    }

    /** "PARK Jun-han" → "Park Jun-han": a surname in capitals before a given name that is not. */
    private static String withSurnameCapitalized(String name) {
        String[] words = name.split(" ", 2);
        return words.length == 2 && words[0].length() > 1 && isShouted(words[0]) && !isShouted(words[1])
                ? capitalized(words[0]) + " " + words[1] : name;
    }

    /** The paragraph without the anchor's hand-over to the reporter at its end ("Our Kim Bo-kyoung reports."). */
    public String withoutEnglishHandover(String paragraph) {
        return ENGLISH_HANDOVER.matcher(Whitespace.normalize(paragraph)).replaceFirst("");
    }

    /** The reporter an anchor hands over to at the end of a paragraph ("… 이한주 기자입니다."), or empty. */
    public Optional<Byline> readAnchorHandover(String paragraph) {
        Matcher m = ANCHOR_HANDOVER.matcher(Whitespace.normalize(paragraph));
        return m.find() ? Optional.of(new Byline(List.of(), m.group(1))) : Optional.empty();
    }

    /**
     * The paragraph without the anchor's hand-over at its end ("… 열어뒀습니다. 정준호 기자입니다." → "… 열어뒀습니다."), empty
     * when the hand-over is all of it: who reports next, not what is said.
     */
    public String withoutAnchorHandover(String paragraph) {
        return ANCHOR_HANDOVER.matcher(Whitespace.normalize(paragraph)).replaceFirst("").strip();
    }

    /** Whether the line is a reporter's role as a page prints it under their name ("Seoul correspondent"). */
    public boolean isReporterRole(String line) {
        return REPORTER_ROLE.matcher(Whitespace.normalize(line)).matches();
    }

    /**
     * The reporters a wire's staff credits name first ("Reporting by Rohith Nair in Bengaluru; Editing by Ed Osmond"
     * → "Rohith Nair"), without where they wrote from; empty for other credits ("Additional reporting by …").
     */
    public Optional<Byline> readReportingCredit(String line) {
        Matcher m = REPORTING_CREDIT.matcher(Whitespace.normalize(line));
        if (!m.find()) {
            return Optional.empty();
        }
        String[] names = WRITING_FROM.matcher(m.group(1).strip()).replaceAll("").split(NAMES_SPLIT);
        return Arrays.stream(names).allMatch(n -> SIGNATURE_NAME.matcher(n).matches())
                ? Optional.of(new Byline(List.of(), String.join(", ", names))) : Optional.empty();
    }

    /** The reporter line's e-mails or name, or empty when the line is not a byline. */
    public Optional<Byline> read(String line) {
        if (line.length() > MAX_LINE_LENGTH || PHOTO_CREDIT.matcher(line.strip()).find()) {
            return Optional.empty();
        }
        String s = DOT_BEFORE_ROLE.matcher(WRITE_TO.matcher(Whitespace.normalize(line)).replaceFirst("$1 "))
                .replaceFirst("$1 ");
        Matcher more = MORE_BY_REPORTER.matcher(s);
        if (more.find() && more.start() > 0) {
            String who = s.substring(0, more.start());
            return read(who).or(() -> readName(who));
        }
        List<String> emails = new ArrayList<>();
        Matcher m = EMAIL.matcher(s);
        while (s.indexOf('@') >= 0 && m.find()) {
            emails.add(m.group());
        }
        if (!emails.isEmpty()) {
            s = TEAM_MARKS.matcher(s).replaceAll(" ").replaceAll("\\s{2,}", " ").strip();
            String rest = withoutOutletBefore(
                    EMAIL.matcher(s).replaceAll(" ").replaceAll("[\\s,;/|·()<>\\[\\]]+", " ").strip());
            if (EMAIL_LABEL.matcher(rest).matches() || SIGN_OFF.matcher(rest).find()) {
                rest = "";
            }
            List<String> eachName = Arrays.stream(EMAIL.split(s)).map(BylineReader::withoutRole)
                    .map(n -> n.replaceAll("[\\s,;/|·()<>\\[\\]]+", " ").strip()).filter(n -> !n.isEmpty()).toList();
            boolean eachShort = emails.size() > 1 && eachName.size() == emails.size()
                    && eachName.stream().allMatch(BylineReader::isShortName);
            if (!isShortName(rest) && !eachShort) {
                return Optional.empty();
            }
            String name = rest.isEmpty() ? null : isShortName(rest) ? withoutRole(rest) : String.join(", ", eachName);
            return Optional.of(new Byline(emails, name == null ? null : namesBeside(s).orElse(
                    BY_WORD.matcher(name).replaceFirst("")), creditOf(s, rest.isEmpty())));
        }
        Matcher byOutlet = BY.matcher(s);
        if (byOutlet.matches()) {
            s = withoutOutletAfter(OUTLET_AFTER_NAMES.matcher(s).replaceFirst(""));
        }
        Matcher by = BY.matcher(s);
        String byNames = by.matches() ? withoutRole(by.group(1).strip()) : "";
        String[] listed = by.matches() ? byNames.split(NAMES_SPLIT) : new String[0];
        if (listed.length > 1 && s.length() <= MAX_NAMES_LENGTH && isName(byNames) && Arrays.stream(listed)
                .allMatch(n -> LISTED_NAME.matcher(isShouted(n) ? capitalized(n) : n).matches())) {
            String names = byNames;
            return Optional.of(new Byline(List.of(), listed(isShouted(names) ? capitalized(names) : names)));
        }
        if (s.length() > MAX_NAME_LENGTH || s.split(" ").length > MAX_NAME_WORDS) {
            return Optional.empty();
        }
        if (by.matches() && isName(by.group(1))) {
            String names = readNameWithRole(by.group(1)).map(Byline::name).orElse(by.group(1).strip());
            boolean shouted = isShouted(names) && names.contains(" ");
            return Optional.of(new Byline(List.of(), listed(shouted ? capitalized(names) : names)));
        }
        Matcher credit = REPORTER_CREDIT.matcher(s);
        if (credit.matches()) {
            return Optional.of(new Byline(List.of(), credit.group(1).replaceAll("\\s*[,·]\\s*", ", ")));
        }
        Matcher writer = WRITER_WITH_ID.matcher(s);
        if (writer.matches()) {
            return Optional.of(new Byline(List.of(), writer.group(1)));
        }
        Matcher wireSigned = WIRE_SIGNED.matcher(s);
        if (wireSigned.matches()) {
            return Optional.of(new Byline(List.of(), wireSigned.group(1)));
        }
        Matcher outlet = OUTLET_PREFIX.matcher(withoutOutletBefore(REPORTER_LABEL.matcher(s).replaceFirst("")));
        s = outlet.find() ? CLOSING_BRACKET.matcher(outlet.replaceFirst("")).replaceFirst("") : outlet.replaceFirst("");
        Matcher dateline = LATIN_DATELINE.matcher(s);
        if (dateline.matches() && SIGNATURE_NAME.matcher(dateline.group(1)).matches()) {
            return Optional.of(new Byline(List.of(), dateline.group(1)));
        }
        Matcher deskWriter = WRITER_WITH_DESK.matcher(s);
        if (deskWriter.matches()) {
            return Optional.of(new Byline(List.of(), deskWriter.group(1)));
        }
        Matcher korean = KOREAN.matcher(CORRESPONDENT_PLACE.matcher(s).replaceFirst(""));
        if (korean.matches()) {
            String names = korean.group(1).replaceAll(KOREAN_ROLE, " ").replaceAll("[\\s,·/]+", ", ").replaceAll(", $", "");
            return Optional.of(new Byline(List.of(), names.strip()));
        }
        return Optional.empty();
    }

    /**
     * The reporters named beside the e-mails, listed ("Park Ji-won, Lee Seo-yeon (desk@…)", "A and B (desk@…)",
     * "A a@…, B b@…" → "A, B"), when each is a name alone; empty otherwise.
     */
    private static Optional<String> namesBeside(String line) {
        String text = BY_WORD.matcher(EMAIL.matcher(line).replaceAll(" ").replaceAll("[\\s;/|·()<>\\[\\]]+", " ")
                .replaceAll("\\s+,", ",").replaceAll("[\\s,]+$", "").strip()).replaceFirst("");
        String[] each = text.split("\\s*,\\s*|\\s+(?:and|&)\\s+");
        return each.length > 1 && Arrays.stream(each).allMatch(n -> SIGNATURE_NAME.matcher(n).matches())
                ? Optional.of(String.join(", ", each)) : Optional.empty();
    }

    /** Whether the text beside an e-mail is short enough to be a reporter's name, with their role and place. */
    private static boolean isShortName(String rest) {
        return rest.length() <= MAX_NAME_LENGTH && rest.split(" ").length <= MAX_NAME_WORDS
                && !rest.matches(".*[.!?:：]$") && !rest.contains(": ") && !SENTENCE_INSIDE.matcher(rest).find()
                && !CONTACT_WORDS.matcher(rest).find();
    }

    /**
     * The name without the reporter's job printed after it ("Yoon-Deok Kim Stockholm correspondent", "Jung-Ah Shin,
     * Washington correspondent", "Kim Min-ji, staff reporter"): a byline names the reporters, as a "By" line does.
     */
    static String withoutRole(String name) {
        int dateline = name.lastIndexOf('=') + 1;
        String named = name.substring(dateline).strip();
        Matcher m = REPORTING_ROLE.matcher(named);
        Matcher korean = KOREAN_REPORTING_ROLE.matcher(named);
        return m.matches() ? name.substring(0, dateline) + m.group(1).replaceAll("[\\s,]+$", "")
                : korean.matches() ? name.substring(0, dateline) + listedKorean(korean.group(1)) : name;
    }

    /** "이강민 김혜원" → "이강민, 김혜원": reporters a credit names before one role, listed as others are. */
    private static String listedKorean(String names) {
        return KOREAN_NAME_LIST.matcher(names).matches() ? names.replaceAll("[\\s,·]+", ", ") : names;
    }

    /**
     * A line of reporters' names alone ("Kwak Yeon-soo", "이정은 기자"), read only right above a line with their
     * e-mail; empty when the line is anything else.
     */
    public Optional<Byline> readName(String line) {
        String s = ROLE_BEFORE_NAME.matcher(Whitespace.normalize(line)).replaceFirst("");
        Matcher writer = WRITER_WITH_DESK.matcher(s);
        if (writer.matches()) {
            return Optional.of(new Byline(List.of(), writer.group(1)));
        }
        if (s.length() > MAX_NAME_LENGTH) {
            return Optional.empty();
        }
        String[] names = s.split("\\s*(?:,|·|&|\\band\\b)\\s*");
        boolean latin = names.length <= 4 && Arrays.stream(names).allMatch(n -> SIGNATURE_NAME.matcher(n).matches());
        boolean korean = KOREAN_NAMES.matcher(s).matches();
        return latin || korean ? Optional.of(new Byline(List.of(), korean ? s.replaceAll("\\s*" + KOREAN_ROLE, "")
                .replaceAll("[\\s,·/]+", ", ") : String.join(", ", names))) : Optional.empty();
    }

    /**
     * The article's last paragraph read as a signature: one to four personal names followed by a role ("Editorial
     * Writer", "Washington Correspondent"; kept in the credit), or up to three romanised Korean names alone ("Kim
     * Yoon-jung, Lee Cheong-ah", "Sang-Jun Kim"), or a Korean column's signature ("박상준 일본 와세다대 국제학부 교수"),
     * or a press pool ("Pyongyang Joint Press Corps"); a lead-in ("Interviewed by") is cut. Other names alone are not
     * enough: a story may end with a list of names. Empty when the paragraph is text.
     */
    public Optional<Byline> readSignature(String paragraph) {
        String s = LATIN_PLACE_BEFORE_NAME.matcher(LEAD_IN.matcher(Whitespace.normalize(paragraph)).replaceFirst(""))
                .replaceAll("");
        boolean wholeLine = KOREAN_SIGNATURE.matcher(s).matches() || PRESS_POOL.matcher(s).matches();
        Matcher staff = PROGRAMME_STAFF.matcher(s);
        if (staff.matches()) {
            return Optional.of(new Byline(List.of(), staff.group(1)));
        }
        Matcher english = ENGLISH_SIGNATURE.matcher(s);
        if (s.length() <= 2 * MAX_NAME_LENGTH && english.matches()
                && SIGNATURE_NAME.matcher(english.group(1)).matches()) {
            return Optional.of(new Byline(List.of(), english.group(1), s));
        }
        if (s.length() <= MAX_NAME_LENGTH && wholeLine) {
            return Optional.of(new Byline(List.of(), s));
        }
        Matcher m = SIGNATURE.matcher(s);
        if (s.length() > MAX_NAME_LENGTH || !m.matches()) {
            return Optional.empty();
        }
        String[] names = m.group(1).split("\\s*(?:,|·|&|\\band\\b)\\s*");
        boolean romanisedKorean = Arrays.stream(names).allMatch(n -> ROMANISED_KOREAN_NAME.matcher(n).matches());
        if (m.group(2) == null && (!romanisedKorean || names.length > MAX_UNSIGNED_NAMES) || names.length > 4) {
            return Optional.empty();
        }
        for (String name : names) {
            if (!SIGNATURE_NAME.matcher(name).matches()) {
                return Optional.empty();
            }
        }
        String credit = String.join(", ", names);
        return Optional.of(new Byline(List.of(), credit, m.group(2) == null ? credit
                : withoutRole(credit + ", " + m.group(2))));
    }

    /**
     * Reporters' names with their role on one line, as a page prints them above the date ("KIM JAEWON, Nikkei staff
     * writer", "KIM JAEWON and CHEON JONG-HO, Nikkei staff writers", "Kim Yoon-deok, Stockholm correspondent"), or empty.
     */
    public Optional<Byline> readNameWithRole(String line) {
        Matcher m = SIGNATURE.matcher(Whitespace.normalize(line));
        if (!m.matches() || m.group(2) == null) {
            return Optional.empty();
        }
        String[] names = m.group(1).split(NAMES_SPLIT);
        List<String> read = new ArrayList<>();
        for (String name : names) {
            String n = isShouted(name) ? capitalized(name) : name;
            if (names.length > 4 || !SIGNATURE_NAME.matcher(n).matches()) {
                return Optional.empty();
            }
            read.add(n);
        }
        return Optional.of(new Byline(List.of(), String.join(", ", read)));
    }

    /** The contributor a column's closing note names first ("Kim Seong-kon is a professor … -- Ed."), or empty. */
    public Optional<Byline> readContributorNote(String paragraph) {
        Matcher m = CONTRIBUTOR_NOTE.matcher(Whitespace.normalize(paragraph));
        return m.matches() ? Optional.of(new Byline(List.of(), m.group(1))) : Optional.empty();
    }

    /**
     * An e-mail line as a credit: each address after the name printed before it, without labels, brackets or a
     * dateline ("Kim Do-hyung (dodo@donga.com)" → "Kim Do-hyung dodo@donga.com", "워싱턴=문병기 특파원 x@y" → "문병기 특파원
     * x@y").
     */
    private static String creditOf(String line, boolean addressesOnly) {
        List<String> parts = new ArrayList<>();
        Matcher m = EMAIL.matcher(line);
        List<String> paired = pairedNames(line, addressesOnly);
        int start = 0;
        for (int i = 0; !paired.isEmpty() && m.find(); i++) {
            parts.add(paired.get(i) + " " + m.group());
        }
        if (!paired.isEmpty()) {
            return String.join(", ", parts);
        }
        while (m.find()) {
            String name = addressesOnly ? "" : creditName(line.substring(start, m.start()));
            parts.add(name.isEmpty() ? m.group() : name + " " + m.group());
            start = m.end();
        }
        String tail = line.substring(start);
        String after = addressesOnly ? "" : creditName(tail);
        if (!after.isEmpty() && NAME_SEPARATOR.matcher(tail).lookingAt()) {
            parts.add(after);
        } else if (!after.isEmpty()) {
            return after + " " + String.join(", ", parts);
        }
        return String.join(", ", parts);
    }

    /**
     * The names printed together before as many e-mails, in the same order ("Song Sang-ho, Kim Eun-jung sshluck@…,
     * ejkim@…"): one for each address; else empty.
     */
    private static List<String> pairedNames(String line, boolean addressesOnly) {
        String[] between = EMAIL.split(line, -1);
        if (addressesOnly || between.length < 3 || Arrays.stream(between).skip(1).anyMatch(t -> t.matches(".*\\p{L}.*"))) {
            return List.of();
        }
        List<String> names = List.of(creditName(between[0]).split(",\\s*"));
        return names.size() == between.length - 1 ? names : List.of();
    }

    private static String creditName(String text) {
        String named = withoutRole(CORRESPONDENT_PLACE.matcher(KOREAN_SLASH_DATELINE.matcher(text).replaceFirst("")
                .strip()).replaceFirst("").replaceFirst("[\\s(\\[<]+$", ""));
        String name = END_MARK.matcher(EMAIL_LABEL.matcher(named).replaceAll(" ")).replaceAll(" ")
                .replaceAll("[(\\[]\\s*([^()\\[\\]]*\\p{L}[^()\\[\\]]*?)\\s*[)\\]]", ", $1, ")
                .replaceAll("\\s*[;/|·]\\s*", ", ").replaceAll("[\\s()<>\\[\\]]+", " ")
                .replaceAll("\\s?,(?:\\s?,)*\\s?", ", ").replaceAll("^[\\s,]+|[\\s,]+$", "")
                .replaceAll("(?:^|(?<=, ))[^=,]{1,25}?\\s?=\\s?", "").replaceFirst("^(?:and|&)\\s+", "");
        Matcher by = BY.matcher(name);
        name = LEAD_IN.matcher(by.matches() ? by.group(1).strip() : name).replaceFirst("");
        name = withoutOutletAfter(withoutRole(withoutOutletBefore(name)));
        return name.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase) ? capitalized(name) : name;
    }

    /** "YTN 나현호", "이데일리 김겨레 기자": the reporter without the known outlet named before them. */
    private static String withoutOutletBefore(String credit) {
        String[] words = credit.split(" ", 2);
        return words.length == 2 && KOREAN_REPORTER.matcher(words[1]).matches() && OUTLETS.isOutletName(words[0])
                ? words[1] : credit;
    }

    /**
     * "PAIK JI-HWAN, YONHAP": the reporter without the known outlet (a wire whose copy the story used) named after
     * them, as Korea JoongAng Daily credits a story written with an agency's reports.
     */
    private static String withoutOutletAfter(String credit) {
        int comma = credit.lastIndexOf(',');
        return comma > 0 && OUTLETS.isOutletName(credit.substring(comma + 1).strip()) ? credit.substring(0, comma).strip()
                : credit;
    }

    /** "Sam Kim and Shinhye Kang" → "Sam Kim, Shinhye Kang": names listed as every other byline lists them. */
    private static String listed(String names) {
        return NAMES_JOINER.matcher(names).replaceAll(", ");
    }

    /** Names in capitals, as AP prints its bylines ("KIM TONG-HYUNG and MARI YAMAGUCHI"). */
    static boolean isShouted(String names) {
        String letters = SHOUTED_JOINER.matcher(names).replaceAll(" ");
        return letters.chars().anyMatch(c -> c >= 'A' && c <= 'Z') && letters.chars().noneMatch(Character::isLowerCase);
    }

    /** "PARK EUN-JI" → "Park Eun-ji", as names print in running text. */
    static String capitalized(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split(" ")) {
            out.append(out.length() == 0 ? "" : " ").append(word.isEmpty() ? word
                    : word.substring(0, 1) + word.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    private static boolean isName(String text) {
        if (text.matches(".*[.!?]$") && !text.matches(".*\\b\\p{Lu}\\.$")) {
            return false;
        }
        String names = text.split(",", 2)[0].strip();
        for (String word : names.split(" ")) {
            if (!NAME_WORD.matcher(word).matches() || NOT_NAME_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
