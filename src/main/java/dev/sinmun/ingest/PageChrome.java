package dev.sinmun.ingest;

import dev.sinmun.model.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises the lines a saved news page carries around the article: skip links, edition links, footers. */
public final class PageChrome {

    private static final String SKIP_LINK =
            "(?:(?:Go|GO|Skip|SKIP) (?i:to (?:main |site )?(?:contents?|navigation|index))"
            + "|(?:본문|주\\s?메뉴|주요\\s?메뉴|메뉴|검색)\\s?(?:으로\\s?)?바로\\s?가기|(?i:accessibility links)|연결 가능 링크)";
    private static final Pattern SKIP_LINK_START = Pattern.compile("^" + SKIP_LINK + "(?=\\s*(?:$|[^\\p{Ll}\\s]))\\s*");
    private static final Pattern NEW_TAB_NOTE = Pattern.compile(",\\s?opens new tab(?=[\\s.,;:)]|$)");
    private static final Pattern SKIP_LINK_END = Pattern.compile("\\s*" + SKIP_LINK + "$");
    /** What every {@link #SKIP_LINK} starts with: a line without any has none. */
    private static final List<String> SKIP_LINK_STARTS = List.of("Go ", "GO ", "Skip ", "SKIP ", "바로", "ccessibility links", "연결 가능 링크");

    /** Edition link texts and the language they lead to (empty: an edition the archive does not keep). */
    private static final Map<String, Optional<Lang>> EDITIONS = Map.ofEntries(
            Map.entry("한국어", Optional.of(Lang.KO)), Map.entry("korean", Optional.of(Lang.KO)),
            Map.entry("english", Optional.of(Lang.EN)), Map.entry("영문", Optional.of(Lang.EN)),
            Map.entry("中文", Optional.empty()), Map.entry("中國語", Optional.empty()),
            Map.entry("简体中文", Optional.empty()), Map.entry("繁體中文", Optional.empty()),
            Map.entry("chinese", Optional.empty()), Map.entry("日本語", Optional.empty()),
            Map.entry("japanese", Optional.empty()), Map.entry("français", Optional.empty()),
            Map.entry("español", Optional.empty()), Map.entry("deutsch", Optional.empty()),
            Map.entry("русский", Optional.empty()), Map.entry("العربية", Optional.empty()),
            Map.entry("عربي", Optional.empty()), Map.entry("tiếng việt", Optional.empty()),
            Map.entry("bahasa indonesia", Optional.empty()), Map.entry("ภาษาไทย", Optional.empty()));
    private static final Pattern EDITION_SEPARATOR = Pattern.compile("\\s*[|·•/,]\\s*");

    private static final int MAX_COPYRIGHT_LENGTH = 200;
    /** A notice opening with its mark that forbids reproduction may run longer (UPI's, Reuters' notices). */
    private static final int MAX_REPRODUCTION_NOTICE_LENGTH = 400;
    private static final Pattern REPRODUCTION_NOTICE = Pattern.compile("(?i)^(?:copyright|ⓒ|©|\\(c\\))\\s*.*"
            + "\\b(?:reproduction|republication|redistribution|reprinting)\\b.*\\b(?:prohibited|forbidden|not permitted)\\b.*");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^(?:(?:copyright|ⓒ|©|\\(c\\))\\s*.*|.{1,40}\\scopyright\\s?[©ⓒ].*|.*all rights reserved\\.?|.*무단\\s?전재.*"
                    + "|.*재배포\\s?금지.*|"
                    + "\\*?\\s*재판매\\s?및\\s?DB\\s?금지)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COPYRIGHT_DETAIL = Pattern.compile(
            "(?i).*(\\d{4}|\\bby\\b|[a-z0-9-]\\.(?:com|co\\.kr|kr|net|org)\\b|all rights|unauthorized reproduction"
                    + "|무단|재배포|재판매|copyright\\s?[©ⓒ]).*");
    /** "Copyright to the songs is held by …": a sentence about copyright, not the page's notice. */
    private static final Pattern COPYRIGHT_SENTENCE = Pattern.compile(
            "(?i)^copyright\\s+(?:to|of|in|over|for|on)\\s+\\p{Ll}"
                    + "|\\b(?:is|are|was|were|has|have|had)\\s+(?:held|owned|been)\\b");
    private static final int MAX_BUTTONS_ON_A_LINE = 8;
    private static final int MIN_MENU_ITEMS = 4;
    private static final int MAX_MENU_ITEM = 16;
    private static final Pattern SECTION = Pattern.compile("(?i)news|politics|opinion|economy|business|national|"
            + "international|world|society|culture|sports|entertainment|photos?|editorials?|columns?|series|"
            + "science|tech|it|life|health|home|lifestyle|video|finance|markets?|industry|defen[cs]e|diplomacy|"
            + "social|foreign|affairs|life&culture|정치|경제|국제|사회|문화|연예|스포츠|오피니언|헬스동아|"
            + "전국|과학|부동산|산업|증권|국방|외교|북한|교육|건강|여행|생활|사설|칼럼|포토|영상|뉴스|홈|전체|속보|많이본|랭킹");
    private static final Pattern PRINT_MARGIN = Pattern.compile(
            "\\d{1,2}/\\d{1,2}/\\d{2}(?:\\d{2})?,?\\s\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[AaPp]\\.?[Mm]\\.?)?"
            + "|https?://\\S+\\s+\\d{1,3}/\\d{1,3}");
    private static final Pattern ADDRESS_LINE = Pattern.compile("(?i)^(?:url\\s*[:：]\\s*)?https?://\\S+$");
    private static final Pattern BUTTON = Pattern.compile(
            "^(?:print|share|facebook|twitter|kakao\\s?talk|kakao story|naver band|"
                    + "e-?mail this|url copied|link copied!?|copy link|scrap|translate|learn more|get in touch|"
                    + "skip advertisement|show key events only|pinned|see all updates|start (?:your )?free trial|"
                    + "watch (?:the )?video|"
                    + "google translate|original text|show original|rate this translation|"
                    + "your feedback will be used to help improve google translate\\.?|"
                    + "listen to (?:the|this) (?:episode|podcast)|share this(?: story| page)?|x|"
                    + "(?:show |read the |full )?transcript|"
                    + "(?:subscribe|listen|follow)(?: on| to)? (?:apple podcasts|spotify|youtube)"
                    + "(?:\\s?[|,]\\s?[\\w ]{2,20})*|"
                    + "\\d{1,2}:\\d{2}\\s?/\\s?\\d{1,2}:\\d{2}(?::\\d{2})?|0\\s?/\\s?\\d{2,5}|"
                    + "a\\+|a-|font size(?: up| down)?|print preview|text size|(?:(?:go|back|return|scroll) to (?:the )?)?top|맨\\s?위로|위로\\s?가기|"
                    + "listen(?: to (?:this|the) article)?(?:\\s?·\\s?\\d{1,2}:\\d{2}\\s?min(?:utes?)?)?(?:\\s?learn more)?"
                    + "|subscribe|bookmark|"
                    + "log ?in|sign in|sign up|(?:accept|reject|allow)(?: all)?(?: cookies)?|"
                    + "(?:manage )?cookie settings|"
                    + "(?:likes?|comments?) \\d+|save|"
                    + "share (?:full |this )?article|ad feedback|order reprints|today's paper|copy|reddit|linkedin|whatsapp|"
                    + "share this with|messenger|close share panel|(?:share this story )?about sharing|"
                    + "these are external links and will open in a new window\\.?|"
                    + "page \\d{1,2} of \\d{1,2}|(?:next|previous|prev)(?: page)?|(?:이전|다음)\\s?페이지|"
                    + "purchase licensing rights(?:, opens new tab)?|"
                    + "reuse this content|(?:.{1,30}\\s[-–|]\\s)?back to (?:the )?home\\s?page|"
                    + "(?:인쇄|프린트)(?:하기)?|(?:기사\\s?)?공유(?:하기)?|스크랩|북마크|글자\\s?크기\\s?(?:설정|변경)?|"
                    + "글씨\\s?크기|(?:기사\\s?)?듣기|음성으로 듣기|기사\\s?저장|"
                    + "(?:(?:네이버|다음)에서\\s?)?(?:[가-힣A-Za-z0-9]{2,12}\\s?){0,2}구독(?:하기|\\s?신청(?:하기)?)?"
                    + "|(?:좋아요|싫어요)\\s?\\d+|추천(?:\\s?\\d+)?|투표\\s?(?:하기|참여)|(?:투표\\s?)?결과\\s?보기|"
                    + "카카오톡|페이스북|트위터|구글|폰트|뉴스\\s?듣기|링크\\s?복사|URL\\s?복사|advertisement|광고|(?:비디오|동영상)\\s?플레이어|video player|0{1,2}:00|댓글\\s?바로\\s?가기|url copy|copy url|kakao|e-?mail|close|닫기|"
                    + "이 기사를 추천합니다\\.?|기사\\s?추천|댓글(?:\\s?\\d+)?|조회수?(?:\\s?[:：]?\\s?\\d[0-9,]*)?|이미지|가|[가-힣A-Za-z]{2,8}\\s?메인에서\\s?보기|"
                    + "읽어주기 기능은 .{1,40} 사용하실 수 있습니다\\.?|기사를\\s?읽어\\s?드립니다\\.?|기사\\s?읽어\\s?주기|다시\\s?듣기|음성\\s?재생\\s?설정|번역\\s?(?:beta|베타)(?:\\s?translated by .{1,12})?|"
                    + "글자\\s?크기\\s?설정\\s.{1,60}변경\\s?됩니다\\.?|이 글자\\s?크기로 변경\\s?됩니다\\.?|\\(예시\\)\\s.{1,100}만나보세요\\..{0,200}|[가-힣]{1,10}부\\s?기자입니다\\.?|"
                    + "읽어주기 기능은 [^.]{1,30}|[^.]{1,30}에서만 사용하실 수 있습니다\\.?|"
                    + "이 기사를 공유합니다\\.?|(?:\\S+\\s){0,3}다른\\s?기사\\s?보기|"
                    + "다른 공유 찾기|바로가기 복사하기|본문 글씨 (?:키우기|줄이기)|"
                    + "(?:기사\\s?)?원문(?:\\s?기사)?(?:\\s?보기)?|본문\\s?요약봇|SNS\\s?보내기|인쇄하기|글자\\s?크기\\s?(?:조정|조절(?:하기)?|변경하기)|"
                    + "기사\\s?스크랩|기사\\s?공유(?:\\s?및\\s?설정)?|본문\\s?듣기|"
                    + "설정|공감|후속\\s?요청|이 기사가 마음에 드시나요\\??|텍스트 음성 변환 서비스 사용하기|기사 섹션 분류 (?:안내|가이드)|"
                    + "기사의 섹션 정보는 해당 언론사의 분류를 따르고 있습니다\\.?|클린\\s?뷰|"
                    + "이 기사는 언론사에서 [가-힣A-Za-z/·]{1,12} ?섹션으로 분류했(?:습니다|어요)\\.?|더\\s?보기|(?:구독자|응원수)\\s?\\d[0-9,]*|"
                    + "[가-힣A-Za-z0-9]{2,10}의 구독 많은 기자를 구독해보세요!?|"
                    + "(?:[가-힣]{2,4}\\s?기자\\s?)?기자\\s?페이지(?:\\s?바로가기)?|"
                    + "(?:기사\\s?|[가-힣A-Za-z0-9]{2,10}에\\s?)?제보하기|구독하고\\s(?:전체\\s?)?(?:기사|본문)\\s?(?:읽기|보기)|"
                    + "(?:X\\s?\\(트위터\\)|트위터)\\s?@\\w+(?:\\s+페이스북\\s+\\S+)?|"
                    + "번역\\s?설정|요약|한국어\\s?-\\s?음성|실시간\\s?업데이트|새로고침|기사\\s?제공\\s+[가-힣A-Za-z0-9]{2,12}|이?메일(?:\\s?보내기)?|클릭|"
                    + "(?:[가-힣A-Za-z0-9]{2,10}\\s)?기자\\s?프로필|"
                    + "url\\s?공유(?:\\s?-\\s?복사)?|이 기사 (?:어떠셨나요|어땠나요)\\??|이 기사의 ['‘]?좋아요['’]?를 눌러주세요\\.?|"
                    + "해당 언론사로 이동해 기사를 확인하세요\\.?|(?:[가-힣A-Za-z0-9]{2,12}에서 직접 확인하세요\\.?\\s?)?해당 언론사로 이동합니다\\.?|"
                    + "[가-힣A-Za-z]{2,8}\\s?앱\\s?(?:설치|다운로드)(?:하기)?|글씨\\s?크기\\s?조절(?:하기)?|"
                    + "이 기사에 대해 어떻게 생각하시나요\\??|해당 언론사로 연결됩니다\\.?|"
                    + "요약\\s?보기|자동\\s?요약|음성\\s?기본\\s?설정|"
                    + "(?:좋아요|싫어요|추천해요|감동이에요|화나요|슬퍼요|훌륭해요|훈훈해요|궁금해요|후속\\s?(?:기사\\s?)?원해요|응원해요|축하해요|기대해요|"
                    + "놀랐어요|팬이에요|쏠쏠정보|흥미진진|공감백배|분석탁월)(?:\\s?\\d+개?)?|"
                    + "(?:이\\s)?기자의 다른 기사(?:\\s?보기)?|(?:이 기사의 )?기자를\\s?구독(?:해\\s?보세요|하세요)?)$",
            Pattern.CASE_INSENSITIVE);
    /**
     * Lines that are chrome above the text only: a share button that is also a word ("Line"), the font size buttons'
     * letters ("A" "A"), a reader view's reading time ("5–6 minutes", "4-5분"), the site's host ("english.donga.com"), the
     * printed edition's page ("지면 A31면", "지면 : 2면", "종합 31면", "14면", "지면보기"), a magazine's issue ("호수 905")
     * and a broadcast's programme ("뉴스 9", "뉴스데스크", "뉴스광장 1부"); a date's label on a line of its own, as phones copy it
     * ("입력", "수정"); a portal's issue the story is filed under ("이슈 · 삼성전자 실적", as Daum prints it); the clock of a
     * read-aloud player that has not started ("0:00"); OhmyNews' motto over its phone pages ("모든 시민은 기자다"); an
     * advert's label ("AD", as YTN prints it over the anchor's lead).
     */
    private static final Pattern HEADER_CHROME = Pattern.compile(
            "^(?:line|a|\\d{1,2}(?:\\s?[–~∼-]\\s?\\d{1,2})?\\s?(?:minutes?|mins?|분)(?: read)?"
                    + "|reporting from \\p{L}[\\p{L} ,.'-]{1,40}|(?-i:\\p{Lu})[\\p{L}.-]{1,30} logo"
                    + "|(?:[a-z0-9-]+\\.)+(?:com|net|org|kr|co\\.kr)"
                    + "|지면\\s?(?:보기|[:：]?\\s?[A-Z]?\\d{1,2}\\s?면?)|(?:[가-힣]{2,5}\\s?)?[A-Z]?\\d{1,2}\\s?면"
                    + "|호수\\s?[:：]?\\s?\\d{1,5}(?:\\s?호)?|뉴스\\s?\\d{1,2}|\\d{1,2}\\s?뉴스|뉴스(?:데스크|룸|광장|투데이|와이드)(?:\\s?\\d부)?"
                    + "|이슈\\s?[·ㆍ•|]\\s?[^.!?]{1,30}"
                    + "|모든 시민은 기자다|ad"
                    + "|(?:기사\\s?)?(?:입력|수정|업데이트|등록|최종\\s?수정)(?:일|시간)?\\s?[:：]?|0:00)$",
            Pattern.CASE_INSENSITIVE);
    /** The heading of readers' comments: "Comments", "Comments 3", "Reader comments (12)". */
    private static final String COMMENTS = "(?:reader |user )?comments?(?:\\s?\\(\\d+\\)|\\s\\d{1,5})?";
    private static final Pattern COMMENTS_HEADING = Pattern.compile("(?i)" + COMMENTS);
    private static final Pattern FOOTER_SECTION = Pattern.compile(
            "^(?:most viewed|most popular|most read|related articles?|related news|"
                    + "more from (?:this section|[\\p{L}\\d&.' -]{2,30})|"
                    + "latest news|top news|editor'?s picks|많이 본 뉴스|가장 많이 본 뉴스|관련 기사|관련기사|(?:오늘의\\s?)?주요\\s?뉴스|"
                    + "(?:오늘의 |[A-Z]{2,5}\\s?)?핫(?:이슈|클릭)|추천 기사|keywords?|key words|tags?|more news|you might also like|recommended|"
                    + "관련\\s?뉴스|추천\\s?뉴스|이 시각 (?:뉴스|주요뉴스)|포토\\s?뉴스|댓글(?:\\s?\\d+)?|\\[관련\\s?기사\\]|"
                    + "trending(?: now| news)?|popular (?:news|articles)|headline news|headlines|top stories|more stories|"
                    + "most shared|most commented|(?:가장 )?많이 (?:본|읽은) 기사|주요\\s?기사|읽어볼 만한 기사|지금 뜨는 뉴스|"
                    + "에디터 추천|(?:[가-힣A-Za-z0-9]{2,10}\\s)?(?:단독|추천|인기|최신)\\s?(?:뉴스|기사)|실시간 인기 기사|"
                    + "[가-힣A-Za-z0-9]{2,10}[가이] 뽑은 (?:뉴스|기사)|"
                    + "관련\\s?(?:연재|키워드)|연재\\s?기사|더\\s?중앙\\s?플러스|오늘의 추천\\s?영상|이 기사가 좋으셨다면|"
                    + "[가-힣A-Za-z]{2,8}\\s?(?:주요\\s?뉴스|헤드라인)|top \\d{1,2} (?:stories|news|articles)|most saved|"
                    + COMMENTS + "|related(?: stories| content)?|more on this story|"
                    + "terms of (?:use|service)|privacy policy|pc version|view (?:the )?(?:full|desktop|pc) (?:site|version)|"
                    + "read next|read more|topics|이런 구독물도 추천합니다!?|\\[(?:투표|설문|설문조사|독자\\s?투표)]\\s?.{0,80}|"
                    + "explore more on these topics|suggested topics:?|recommended (?:stories|articles|for you)|"
                    + "(?:[가-힣A-Za-z0-9]{2,10}\\s?)?뉴스레터(?:\\s?[A-Za-z0-9:]{1,10})?(?:\\s?(?:구독|신청)(?:하기)?)?)$",
            Pattern.CASE_INSENSITIVE);

    private static final int MAX_CAPTION_LENGTH = 400;
    /**
     * The credit Korean papers put after a caption's last sentence: "뉴스1", "/연합뉴스", "워싱턴=AP 뉴시스", "사진공동취재단",
     * "대통령실 제공", a photographer "송은석 기자 x@donga.com", also where
     * they took it ("청주=이한결 기자 x@donga.com").
     */
    private static final String KOREAN_CREDIT = "(?:[가-힣A-Za-z]{2,10}\\s?=\\s?"
            + "|[가-힣]{2,10}\\s(?=AP|AFP|EPA|UPI|로이터|신화|교도))?"
            + "(?:(?:AP|AFP|EPA|UPI|로이터|신화|교도)\\s?)?"
            + "(?:뉴시스|뉴스1|연합뉴스|동아일보\\s?DB|AP|AFP|EPA|로이터|신화(?:통신)?|교도(?:통신)?|게티이미지(?:코리아|뱅크)?|"
            + "사진공동취재단|공동취재(?:사진|단)|[가-힣]{2,8}사진기자단)"
            + "|[가-힣A-Za-z·][가-힣A-Za-z·\\s]{1,18}\\s제공"
            + "|(?:[가-힣]{2,10}\\s?=\\s?)?[가-힣]{2,4}\\s?기자(?:\\s+" + EmailAddress.PATTERN.pattern() + ")?";
    /**
     * "[연합뉴스 자료사진]", "[AFP=연합뉴스]", "[촬영 이율립]", "[삼성전자 제공. 재판매 및 DB 금지]": a wire photo's credit on a
     * line of its own, under the photo's title.
     */
    private static final String BRACKETED_CREDIT = "^\\[[^\\[\\]]{0,30}(?:자료\\s?사진|그래픽|제공|촬영\\s[가-힣]{2,4}"
            + "|=\\s?(?:연합뉴스|뉴시스|뉴스1)|재판매 및 DB 금지)[^\\[\\]]{0,30}]$";
    /** "사진공동취재단", "[국회사진기자단]", "ⓒ 뉴스1": a photo pool's or a wire's credit on a line of its own. */
    private static final String POOL_CREDIT_ALONE = "^\\[?(?:사진공동취재단|공동취재(?:사진|단)|[가-힣]{2,8}사진기자단)]?$"
            + "|^[©ⓒ]\\s?(?:뉴스1|뉴시스|연합뉴스|News1|Newsis|Yonhap)(?:\\s?DB)?$";
    /** "… 있다. 2024.11.15.": the day a wire photo was taken, ending its caption with no credit after it. */
    private static final Pattern WIRE_PHOTO_DAY_AT_END = Pattern.compile(
            "(?<=[.다])\\s+\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?$");
    /** "ⓒ 유성호": a photographer's credit alone, as OhmyNews prints it between a photo and its caption. */
    private static final String CREDIT_ABOVE_CAPTION = "^[©ⓒ]\\s?[가-힣]{2,4}$";
    /**
     * A Korean wire photo's credit: the day it was taken, then the agency or the photographer's e-mail ("… 있다.
     * (더불어민주당 제공) 2025.4.10/뉴스1", "… 있다. 2024.12.14. x@newsis.com", "… 있다. 2024.10.11 [사진공동취재단] x@yna.co.kr",
     * "… 있다. 2024.4.1 [대통령실 제공. 재판매 및 DB 금지]" with no e-mail after the bracketed source),
     * with the photographer after it on the same line ("… 2024.12.14/뉴스1 © News1 김도우 기자").
     */
    private static final String WIRE_PHOTO_DATE = "(?<=[.다])\\s+(?:\\([^()]{1,30}\\)\\s*)?"
            + "\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s*(?:\\[[^\\]]{1,30}]\\s*(?=$|[/\\w])|(?=[/\\w]))"
            + "(?:/\\s*[가-힣A-Za-z0-9]{2,10}|" + EmailAddress.PATTERN.pattern() + ")?"
            + "(?:\\s*[©ⓒ]\\s?[가-힣A-Za-z0-9]{2,10}\\s[가-힣]{2,4}\\s?기자)?$";
    /**
     * "[서울=뉴시스] 고범준 기자 = ", "(서울=연합뉴스) 사진공동취재단 = ", "[OSEN=장우영 기자] ": what a wire or an entertainment
     * outlet's photo caption starts with.
     */
    private static final Pattern WIRE_CAPTION_START = Pattern.compile(
            "^[(\\[][가-힣]{2,6}\\s?=\\s?[가-힣A-Za-z0-9]{2,8}[)\\]]\\s?"
                    + "(?:(?:[가-힣]{2,4}\\s?기자|사진공동취재단|공동취재(?:단|사진))\\s?=\\s?)?"
                    + "|^\\[[A-Za-z0-9가-힣]{2,10}\\s?=\\s?[가-힣]{2,4}\\s?기자]\\s?");
    /**
     * "[그래픽] 소비자물가 상승률 추이 (서울=연합뉴스) 김민지 기자 = x@yna.co.kr": a wire's credit after its graphic's or
     * photo's title, where it starts its captions elsewhere.
     */
    private static final String WIRE_CREDIT_AFTER_CAPTION = "(?<=\\S)\\s+[(\\[][가-힣]{2,6}\\s?=\\s?"
            + "[가-힣A-Za-z0-9]{2,8}[)\\]]\\s?(?:[가-힣]{2,4}\\s?기자|사진공동취재단|공동취재(?:단|사진))\\s?=\\s?"
            + "(?:" + EmailAddress.PATTERN.pattern() + ")?$";
    /**
     * "윤석열 대통령. [동아DB]", "… 있다. [대통령실 제공]", "… 있다. [연합]": a caption credit in brackets after its sentence,
     * after the day the photo was taken too ("… 있다. 2024.10.11 [사진공동취재단]").
     */
    private static final String BRACKETED_CREDIT_AFTER_CAPTION = "(?<=[.다])\\s+(?:\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.?\\s+)?"
            + "\\[(?:[가-힣A-Za-z]{2,6}\\s?DB|뉴시스|뉴스1|연합뉴스|연합|사진공동취재단|공동취재(?:단|사진)|[가-힣]{2,8}사진기자단"
            + "|게티이미지(?:뱅크|코리아)?|Getty\\s?Images|AP|AFP|EPA|로이터|[가-힣]{2,4}\\s?기자|[^\\[\\]]{1,30}\\s제공)]$";
    /**
     * "[사진] tvN 제공", "… 전했다. [사진] 하이지음스튜디오 제공": an entertainment wire's photo credit, its label in brackets,
     * alone or after a caption.
     */
    private static final String LABELLED_COMPANY_CREDIT = "(?:^|(?<=[.!?\"”’다])\\s+)\\[(?:사진|그래픽|영상)]\\s?"
            + "[가-힣A-Za-z0-9·&][가-힣A-Za-z0-9·&\\s]{0,30}\\s?제공$";
    private static final String AGENCY = "(?:(?:AP|AFP|EPA|Reuters)-)?(?:Yonhap|Newsis|News1|AP|AFP|EPA|Reuters|Xinhua|"
            + "Getty Images|Kyodo|Joint Press Corps|Pool Photo|Pool)";
    /**
     * "… on Monday. (Yonhap)", "… (PHOTO NOT FOR SALE) (Yonhap)", "… (Pool photo) (Yonhap)", "… (For Use Only in the
     * Republic of Korea. No Redistribution) (Yonhap)": a caption's credit with the photo's terms of use, or a wire
     * story's source after its last paragraph.
     */
    private static final String AGENCY_ALONE = "(?<=[.!?\"”’])\\s+(?:\\((?i:photo not for sale|pool photo"
            + "|[^()]{0,60}no redistribution)\\)\\s*)?"
            + "\\(" + AGENCY + "\\)$"
            + "|^\\(" + AGENCY + "\\)$";
    private static final Pattern AGENCY_ALONE_AT_END = Pattern.compile(AGENCY_ALONE);
    /**
     * AP's caption credits: "… (AP Photo/Name, File)", "… (Name/Pool Photo via AP)", "… (Korean Central News
     * Agency/Korea News Service via AP)", a photo handed on by another agency ("… (Yonhap via AFP)").
     */
    private static final String HANDED_ON_CREDIT = "(?<=[.!?\"”’])\\s+\\((?:AP Photo(?:/[^()/,]{2,40})?"
            + "|[^()]{2,80}\\svia\\s(?:AP|AFP|Reuters|Getty Images))(?:,\\s?File)?\\)$";
    /** "Samsung Group Chairman Lee Kun-hee (Yonhap)": a photo's title, no sentence, then its agency. */
    private static final String AGENCY_AFTER_PHOTO_TITLE = "(?<=^\\p{Lu}[^.!?\"“”:]{2,100})\\s+\\(" + AGENCY + "\\)$";
    /** "… in Seoul on Thursday. (Warner Bros. Korea)": a company or ministry credited after a caption's sentence. */
    private static final String NAMED_CREDIT = "(?<=[.!?\"”’])\\s+\\((?!(?:END|LEAD|MORE|UPDATED?|CORRECTED)\\))"
            + "(?:\\p{Lu}[\\p{L}\\d&'-]*\\.?)(?:\\s(?:of|and|for|the|&|\\p{Lu}[\\p{L}\\d&'-]*\\.?)){0,5}\\)$";
    /**
     * "… on Wednesday. Presidential Office", "… in Seoul. Ministry of Unification": an organisation's name alone, with
     * no label, after a caption's last sentence (the Dong-A's English captions).
     */
    private static final String ORGANISATION_CREDIT = "(?<=[.!?\"”’])\\s+(?:The\\s)?(?:\\p{Lu}[\\p{L}-]*\\s){0,4}"
            + "(?:Office|Ministry|Agency|Service|Command|Headquarters|Commission|Administration|Committee|Council|"
            + "Foundation|Corps)(?:\\sof(?:\\sthe)?(?:\\s\\p{Lu}[\\p{L}-]*){1,4})?$";
    /**
     * "… December 3, 2024. The Presidential Office/Handout via REUTERS/File Photo Purchase Licensing Rights", "….
     * REUTERS/Kim Hong-Ji/File Photo" (the photographer, then the file mark), the link's label maybe glued to it.
     */
    private static final String REUTERS_PHOTO_CREDIT = "(?<=\\.)\\s+(?:[^.!?]{1,60}\\s)?REUTERS(?:/[^.!?/]{1,40}?){0,2}"
            + "(?:\\s*Purchase Licensing Rights(?:, opens new tab)?)?$";
    /** "Item 1 of 2 …", "[1/2]…": a gallery's counter before each photo's caption (Reuters prints both). */
    private static final Pattern GALLERY_COUNTER = Pattern.compile(
            "^(?:Item \\d{1,2} of \\d{1,2}\\s+|\\[\\d{1,2}/\\d{1,2}]\\s*)");
    /**
     * A credit in capitals in brackets after a caption, as the Korea JoongAng Daily prints it ("… on Wednesday.
     * [YONHAP]", "[FOREIGN LANGUAGE NEWSPAPERS ASSOCIATION OF KOREA]"): a caption, however long, ends with it.
     */
    private static final String CAPITALS_CREDIT = "(?:(?<=[.!?\"”’])\\s*|\\s+)\\[\\p{Lu}[\\p{Lu}\\d ,.&/'-]{1,60}]$";
    private static final Pattern CAPITALS_CREDIT_AT_END = Pattern.compile(CAPITALS_CREDIT);
    private static final int MAX_CAPITALS_CREDITED_CAPTION = 1200;
    /**
     * "조수빈 아나운서(KBS 제공)", "가온대교 야경 (사진=가온시 제공)": a photo title's credit in parentheses glued to it,
     * the title short and no sentence.
     */
    private static final String CREDIT_AFTER_PHOTO_TITLE = "(?<=^[^.!?。()]{2,40})(?<=[가-힣A-Za-z0-9])(?<!다)\\s?"
            + "\\((?:사진\\s?[=:]\\s?)?[가-힣A-Za-z0-9·&]{1,15}(?:\\s[가-힣A-Za-z0-9·&]{1,15}){0,2}\\s?제공\\)$";
    /** What no credit of {@link #PHOTO_CREDIT} ends with (a name, a bracket or an address does): a sentence's end. */
    private static final String NEVER_LAST_IN_CREDIT = ".!?。";
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?:^(?i:(?:featured|top|main|header|cover|lead|hero|banner)\\s)?|\\s|\\s?/\\s?)"
                    + "[(\\[]?(?:(?i:photos?|photograph|picture|image)\\s*(?:by\\s+|[:=]\\s*|(?i:courtesy\\s+of)\\s+)"
                    + "|(?i:courtesy\\s+of)\\s+|사진\\s*[=:]\\s*)[^.!?。]{1,50}?[)\\]]?$"
                    + "|\\s/\\s*(?:Yonhap|Newsis|News1|AP|AFP|Reuters|EPA|Xinhua|Getty Images|dongA\\.com|The Dong-A Ilbo)$"
                    + "|(?<=[.다])\\s+\\[?사진\\s[가-힣A-Za-z0-9·]{2,12}(?:\\s[가-힣A-Za-z0-9·]{1,12})?]?$"
                    + "|(?:^|\\s)(?:동아일보|dongA\\.com)\\s?DB$|^[©ⓒ]\\s?[가-힣A-Za-z0-9]{2,10}\\s[가-힣]{2,4}\\s?기자$"
                    + "|" + CREDIT_ABOVE_CAPTION + "|" + LABELLED_COMPANY_CREDIT + "|" + BRACKETED_CREDIT_AFTER_CAPTION
                    + "|" + CREDIT_AFTER_PHOTO_TITLE
                    + "|" + BRACKETED_CREDIT + "|" + POOL_CREDIT_ALONE + "|" + WIRE_CREDIT_AFTER_CAPTION
                    + "|(?:(?<=\\.)\\s*/?|(?<=다)\\s*/)\\s*(?:" + KOREAN_CREDIT + ")$"
                    + "|(?<=\\.)\\s+(?:(?:AP|AFP|EPA|Reuters)\\s)?(?:Newsis|News1|Yonhap)$|(?<=\\.)\\s+Photo Pool$"
                    + "|" + CAPITALS_CREDIT
                    + "|(?<=[.!?\"”’])\\s+\\((?:[^()/]{2,40}/\\s?)?(?:The )?Korea Herald(?: DB)?\\)$"
                    + "|(?<=[.!?\"”’])\\s+\\(\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+){1,2}\\s?/\\s?(?:The )?"
                    + "\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+){0,3}\\)$"
                    + "|(?<=[.!?\"”’])\\s+\\([^()/]{2,40}/\\s?" + AGENCY + "\\)$"
                    + "|(?:\\s/|(?<=[.!?\"”’]))\\s*Korea Times (?:file|photo(?: by \\p{Lu}[^.!?/]{1,40})?)$"
                    + "|^(?:\\p{Lu}[\\p{L}-]{1,12}\\s+via\\s+)?Getty Images$|^EPA(?:-EFE)?(?:/Shutterstock)?$"
                    + "|" + AGENCY_ALONE + "|" + AGENCY_AFTER_PHOTO_TITLE + "|" + NAMED_CREDIT + "|" + HANDED_ON_CREDIT
                    + "|" + REUTERS_PHOTO_CREDIT + "|" + WIRE_PHOTO_DATE + "|" + ORGANISATION_CREDIT
                    + "|^(?i:image (?:copyright|source)),?\\s[^.!?]{1,60}$");
    private static final Pattern REPORTER_EMAIL_AT_END = Pattern.compile("(?<=[.다])\\s+(?:[가-힣]{2,10}\\s?=\\s?)?"
            + "[가-힣]{2,4}\\s?(?:기자|특파원)\\s+" + EmailAddress.PATTERN.pattern() + "$");
    /**
     * A graphic's or a photo's credit on a line of its own, "그래픽=김충민 기자 x@donga.com", "사진=송은석 기자": its maker,
     * not the article's reporter.
     */
    private static final Pattern ART_CREDIT = Pattern.compile("^(?:그래픽|사진|일러스트|인포그래픽|디자인)\\s?=\\s?"
            + "[가-힣]{2,4}\\s?기자(?:\\s+" + EmailAddress.PATTERN.pattern() + ")?$");
    /** "Summary", "Key points": the label of the points a wire lists above its text. */
    private static final Pattern SUMMARY_LABEL = Pattern.compile("(?i)^(?:summary|key points|highlights)$");
    /** The label of machine-written takeaways above the text ("Takeaways by Bloomberg AI"): its points are sentences. */
    private static final Pattern TAKEAWAYS_LABEL = Pattern.compile("(?i)^(?:key )?takeaways(?: by [\\w ]{2,30})?$"
            + "|^(?:AI\\s?(?:3줄\\s?)?요약|3줄\\s?요약)(?:\\s?보기)?$");
    /**
     * The note under a machine-written summary ("이 기사는 AI가 요약했습니다. …", "AI 요약은 기사 본문을 바탕으로 생성되며
     * …"): it ends the summary's points.
     */
    private static final Pattern MACHINE_SUMMARY_NOTE = Pattern.compile("^.{0,40}(?:AI|인공지능)\\S{0,3}\\s?"
            + "(?:\\S{1,6}\\s){0,6}?(?:요약|작성|생성)(?:했습니다|하였습니다|되며|됩니다|되었습니다|한 것입니다)[.,]?(?:\\s.{0,100})?$");

    /**
     * The label of a Korean box summing the article up above its text ("AI 요약", "핵심 요약", "기사 요약", "본문 요약봇",
     * "요약"): machine-written points, not the article's text. "요약 보기" alone is a button.
     */
    private static final Pattern KOREAN_SUMMARY_LABEL = Pattern.compile("^(?:(?:AI|핵심|기사|기사\\s?내용|3줄|세\\s?줄|"
            + "본문)\\s?)?요약(?:봇)?(?:\\s?beta|\\s?\\(beta\\))?$");
    /**
     * The disclaimer of such a box ("AI 요약은 … 제공합니다. 전체 내용을 이해하기 위해서는 기사 본문을 함께 확인하는 것을
     * 권장합니다.", "자동 추출 기술로 요약된 내용입니다. …").
     */
    private static final Pattern KOREAN_SUMMARY_DISCLAIMER = Pattern.compile("^.{0,40}요약(?:은|된 내용입니다|하였습니다"
            + "|했습니다).{0,300}(?:권장합니다|읽어야 합니다|제공합니다|있습니다|바랍니다)\\.?$");

    private static final Pattern RULE = Pattern.compile("_{3,}|-{3,}|={3,}|(?:\\*\\s?){3,}");
    /**
     * A site's notices around the article: its cookie banner, newsletter box, paywall offers ("Subscribe to read the
     * full story"), the prompt of its comments, the markers around a list of links ("list 1 of 3"), a gallery's
     * counter ("Photos 1 of 5"), the Korea JoongAng Daily's note on machine-assisted translation and the print page a
     * text ran on ("JoongAng Ilbo, Feb. 21, Page 30"), a briefing's offer ("Get Korea Pro's daily briefing") and the
     * opinion page's call for letters ("The Korea Times welcomes letters from readers. …", "Letters to the editor can
     * be sent to …", "Have an opinion on anything you've read …? Please email us your letter …"); a broadcaster's
     * credit for its subtitles' funding ("자막방송 VOD 제작지원 : …"), its call to follow it ("[엠빅뉴스]와 친구가
     * 되어주세요!") and a comment box's marker and prompt ("--comment--",
     * "첫 번째 댓글을 작성해 보세요.").
     */
    private static final Pattern SITE_NOTICE = Pattern.compile(
            "(?i)^(?:.{0,80}\\b(?:we|this (?:web)?site) uses? cookies\\b.*"
            + "|(?:sign up|subscribe) (?:for|to) (?:our|the) .{0,30}newsletters?\\b.{0,60}"
            + "|.{0,60}\\b(?:straight |directly )?(?:to|in) your inbox\\b.{0,40}|enter your e-?mail(?: address)?\\.?"
            + "|(?:please )?(?:log ?in|sign in) to (?:leave a |post a |write a )?comments?\\.?"
            + "|view (?:this (?:e-?mail|newsletter) )?in (?:your |a )?(?:web )?browser\\.?"
            + "|you(?: are|['’]re) receiving this (?:e-?mail|newsletter)\\b.{0,120}|unsubscribe(?:\\s?\\|.{0,60})?"
            + "|.{0,60} would like to send you (?:push )?notifications\\b.{0,60}"
            + "|(?:activate|allow|enable|turn on) (?:push |browser |web )?notifications\\??|web notifications"
            + "|register (?:today|now|for free)\\b.{0,60}|enjoying \\d{1,3} days of unlimited (?:content|access)\\.?"
            + "|get started!? register now\\.?|share this article (?:in|on|with) (?:your )?[\\p{L} ]{2,30}"
            + "|be the first to comment\\.?|subscribe now\\.?|already (?:a (?:subscriber|member)|subscribed)\\??.{0,20}"
            + "|get unlimited access to .{0,40}|you['’]ve read \\d{1,3} articles? in the last \\p{L}{3,6}\\.?"
            + "|.{0,60} journalism is funded by (?:its |our )?readers\\b.{0,60}"
            + "|support (?:the (?-i:\\p{Lu})\\p{L}+|us)(?: today)?\\.?"
            + "|please (?:turn on|enable) javascript.{0,40}|have a confidential tip for our reporters\\?.{0,20}"
            + "|before it['’]s here, it['’]s on the bloomberg terminal\\.?|list of \\d{1,2} items|list \\d{1,2} of \\d{1,2}"
            + "|end of list|photos? \\d{1,2} of \\d{1,2}"
            + "|get (?:the |our )?[\\p{L}'’ ]{2,30}(?:briefing|newsletter|digest)s?\\.?|get the latest\\.?"
            + "|the [\\p{L} ]{2,20} is not responsible for the content of external (?:internet )?sites\\.?.{0,60}"
            + "|(?:the )?[\\p{L} ]{2,30} welcomes (?:letters|submissions|opinion pieces|contributions)\\b.*"
            + "|letters (?:to the editor )?(?:can|may|should) be (?:sent|e-?mailed|submitted|addressed)\\b.*"
            + "|have an opinion on anything you['’]ve read\\b.{0,40}\\?.{0,160}\\bletters?\\b.*"
            + "|(?:.{0,200}\\s)?sign up here\\.?|a version of this article appears in print\\b.*"
            + "|this article was originally (?:written|published) in korean and translated\\b.*"
            + "|[\\p{L} .'-]{3,30}, \\p{L}{3,9}\\.? \\d{1,2}(?:, \\d{4})?, page \\d{1,3}\\.?"
            + "|[가-힣A-Za-z0-9]{2,12}\\s?구독하(?:고|면)\\s.{1,40}(?:(?:(?:받아|만나|읽어|즐겨)\\s?보|즐기|누리|이용하|확인하)세요"
            + "|(?:만날|즐길|누릴|읽을|이용할) 수 있습니다)[!.]?"
            + "|제?\\d{1,5}호\\s?\\(p\\.?\\s?\\d{1,3}(?:\\s?[~\\-–]\\s?\\d{1,3})?\\)|\\d{4}년\\s?\\d{1,2}월호"
            + "|[<‹〈《(\\[]?\\s?이 (?:기사|글)는 [^<>]{1,30}(?:호|판|지면)에\\s?(?:실렸습니다|실린 기사입니다|게재(?:됐|되었)습니다"
            + "|게재된 기사입니다)\\.?\\s?[>›〉》)\\]]?"
            + "|※?\\s?(?:외부\\s?)?(?:필진|기고|칼럼)[^.]{0,40}(?:편집\\s?방향|논조|견해)과\\s?다를\\s?수\\s?있습니다\\.?"
            + "|자막\\s?방송\\s?(?:VOD\\s?)?제작\\s?지원\\s?[:：].{1,60}"
            + "|\\[?[가-힣A-Za-z0-9 ]{2,20}]?\\s?(?:와|과|랑|이랑)\\s?친구가?\\s?되어\\s?주(?:세요|십시오)[.!]?"
            + "|(?:첫 번째|첫) 댓글을 (?:작성해|남겨|달아)\\s?(?:보세요|주세요)[.!]?|-{2}\\s?comments?\\s?-{2})$");
    private static final int MAX_SITE_NOTICE = 400;
    private static final Pattern CREDIT_UNDER_CAPTION = Pattern.compile("^Credit(?:\\.{3}|…|:)\\s?\\S.{0,80}$");
    private static final Pattern CONTACT_BOX = Pattern.compile(
            "(?i)^(?:to )?contact the (?:reporters?|editors?|authors?|writers?)\\b.{0,40}\\bthis story\\s?:?$");
    /** A live page's box of its key posts ("Key events"), each a post time over a headline. */
    private static final Pattern KEY_EVENTS = Pattern.compile("(?i)^key (?:events|moments|updates|developments)$");
    /** A button that shows the rest of the text ("Read more", "Continue reading") when a sentence follows it. */
    private static final Pattern EXPAND_BUTTON = Pattern.compile("(?i)^(?:read more|continue reading|show more)$");
    /** The link a social post's embed shows over the post before its script loads ("View this post on Instagram"). */
    private static final Pattern EMBED_VIEW_BUTTON = Pattern.compile(
            "(?i)^(?:view this (?:post|profile|reel) on (?:instagram|facebook|threads)"
                    + "|(?:instagram에서 )?이 (?:게시물|릴스) 보기)$");

    /** "[그래픽] 한국 기준금리 추이": the title of a wire graphic, whose caption follows. */
    private static final Pattern GRAPHIC_TITLE = Pattern.compile("^\\[(?:그래픽|인포그래픽|표)]\\s?\\S.{0,60}$");

    private static final Pattern WIRE_NOTE = Pattern.compile(
            "(?i)^\\(?\\s*(?:ATTN|ATTENTION)\\b.*|^\\((?:END|MORE|끝)\\)$|^(?:END|끝)$|^[<(]{1,2}\\s?계속\\s?[>)]{1,2}$");
    private static final Pattern END_MARK = Pattern.compile("\\s*\\((?:END|끝)\\)\\s*$");

    private static final Pattern CONTACT = Pattern.compile(
            "(?i)^.{0,60}\\b(?:questions?|comments?|tips?|feedback|inquiries)\\b.{0,40}\\b(?:to|at)\\b.{0,10}@.*"
                    + "|^.{0,30}(?:제보|문의|독자\\s?의견).{0,30}@.*|^.{0,40}(?:제보|문의)\\s*[:：].*"
                    + "|^.{0,60}제보를 기다립니다\\.?$|^.{0,60}제보(?:는|를)?\\s.{0,40}보내\\s?주(?:세요|십시오)\\.?$|^.{0,40}\\[(?:전화|메일|이메일|카카오톡)].*"
                    + "|^.{0,120}@[\\w.-]+(?:,[^()]{1,30})?\\)?\\s?(?:으로|로)\\s?보내\\s?주(?:시면|세요).*"
                    + "|^.{0,40}\\b[\\w.-]*jebo[\\w.-]*@[\\w.-]+$|^.{0,40}\\bjebo\\w{0,6}\\b.{0,40}$"
                    + "|^※?.{0,30}(?:여러분|당신)의\\s?(?:소중한\\s?)?제보.*|^(?:여러분|당신)이\\s?(?:담은|찍은)\\s?[가-힣]{1,6}이\\s?뉴스(?:입니다|가\\s?됩니다)[.!]?$|^(?:카카오톡|사이트)\\s*[:：]\\s*\\S.{0,40}$"
                    + "|^[▷◇▣■□◆☞]\\s*(?:전화|이메일|e-?mail|카카오톡|팩스|홈페이지|제보|[가-힣A-Za-z]{2,8}\\s?기사\\s?원문).*"
                    + "|^[▷◇▣■□◆☞]\\s*.{0,60}구독해\\s?주(?:세요|십시오)[.!]?$");
    /**
     * A broadcast's production credits: "촬영기자:김한빈/영상편집:이상철", "영상취재: 김신영 / 영상편집: 이정섭",
     * "(영상취재 : 박영일, 영상편집 : 김종태)".
     */
    private static final String CREDIT_ROLE_NAME = "(?:영상\\s?취재|영상\\s?편집|촬영\\s?기자|촬영|그래픽|CG|자료\\s?제공|"
            + "화면\\s?제공|자료\\s?조사|VJ|구성|자막\\s?뉴스|자막|디자인)";
    /** The mark between a credit's role and name: a colon, or "ㅣ" (the Hangul letter), "|" or "l" as YTN writes it. */
    private static final String CREDIT_MARK = "(?:\\s*[:：ㅣ|]\\s*|\\s?l\\s?(?=[가-힣]))";
    private static final String CREDIT_ROLE = CREDIT_ROLE_NAME + CREDIT_MARK + "[^:：/,()ㅣ|]{1,40}";
    /**
     * "[영상취재 박재현 / 영상편집 김동준]": JTBC's credits, two roles or more in brackets, the names without a colon; one
     * video role alone is a credit too ("[영상취재 김도현]", as Yonhap News TV prints it); a video desk's "[제작: 엠빅뉴스]",
     * after its team's name or alone.
     */
    private static final String BRACKETED_CREDIT_ROLE = CREDIT_ROLE_NAME
            + "\\s*[:：]?\\s*[가-힣]{2,4}(?:\\s?[,·]\\s?[가-힣]{2,4}|\\s[가-힣]{2,4})*";
    private static final Pattern PRODUCTION_CREDIT = Pattern.compile(
            "^\\(?\\s*" + CREDIT_ROLE + "(?:\\s*[/,·]\\s*" + CREDIT_ROLE + ")*\\s*\\)?$"
                    + "|^\\[\\s*" + BRACKETED_CREDIT_ROLE + "(?:\\s*[/,]\\s*" + BRACKETED_CREDIT_ROLE + ")+\\s*]$"
                    + "|^\\[\\s*영상\\s?(?:취재|편집)\\s*[:：]?\\s*[가-힣]{2,4}(?:\\s?[,·]\\s?[가-힣]{2,4})*\\s*]$"
                    + "|^(?:[가-힣A-Za-z0-9]{2,12}\\s?(?:팀|제작진)\\s?)?[\\[(]\\s?제작\\s?[:：]\\s?[^\\[\\]()]{2,30}[\\])]$");

    /** A name a live page credits a post to ("From CNN's Yoonjung Seo"). */
    private static final String POST_WRITER = "\\p{Lu}[\\p{L}'’-]*(?:\\s\\p{Lu}[\\p{L}'’-]*){1,2}";
    /**
     * A wire's staff credits ("Reporting by …; Editing by …", "Edited by …", "Translation by … staff.") and its
     * standards note ("Our Standards: …"), the outlet a video or a story is from ("Source: CNN", "Source: Al
     * Jazeera and news agencies"), "— With assistance from …", a live post's writers ("From CNN's Yoonjung Seo") and
     * the note naming who helped ("Associated Press writer … in Tokyo contributed to this report.", "… contributed
     * reporting.", "Nikkei staff writer … reported from Seoul.", KED Global's "Name edited this article.").
     */
    /**
     * A web desk signing for the article, after its paper's name or not, in brackets or not ("중앙일보 디지털뉴스팀",
     * "온라인뉴스부", "[디지털뉴스부]"), or a team's name alone over its members ("특별취재팀"): no person.
     */
    private static final Pattern DESK_CREDIT = Pattern.compile("^\\[?(?:[가-힣A-Za-z0-9]{2,8}\\s)?(?:디지털|온라인|인터넷)"
            + "\\s?(?:뉴스|이슈|편집|콘텐츠|뉴스편집)?\\s?(?:팀|부|국|센터)]?$|^[가-힣]{0,8}취재팀$");
    private static final Pattern STAFF_CREDIT = Pattern.compile("(?i)^\\(?(?:(?:additional )?reporting|writing|editing|"
            + "edited|translation|translated|compiled|produced|graphics?) by .{2,200}|^our standards\\s*:.{0,80}$"
            + "|^source\\s*:\\s*(?-i:[A-Z]{2,5}|\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+)? and news agencies)$"
            + "|^[—–-]*\\s*with assistance (?:from|by) .{2,200}$"
            + "|^(?-i:\\p{Lu})[\\p{L}'’-]+(?:\\s(?-i:\\p{Lu})[\\p{L}'’-]+){1,2} edited this (?:article|story|report)\\.?$"
            + "|^from (?-i:\\p{Lu}[\\p{L}&]{1,15})['’]s (?-i:" + POST_WRITER
            + "(?:(?:,\\s|,?\\sand\\s)" + POST_WRITER + ")*)"
            + "(?:\\sin\\s\\p{Lu}[\\p{L}-]*(?:\\s\\p{Lu}[\\p{L}-]*)?)?$"
            + "|^(?-i:\\p{Lu})(?:[^.!?\"“”]|(?<=\\p{Lu})\\.){2,160}\\s(?:also\\s)?contributed\\s(?:additional\\s)?(?:reporting|research"
            + "|to\\s(?:this|the)\\s(?:report|story|article))(?:\\s(?:from|in)\\s(?-i:\\p{Lu})[\\p{L}.,' -]{1,40})?\\.?$"
            + "|^(?-i:\\p{Lu})[\\p{L}&]{1,20}(?:\\s(?-i:\\p{Lu})[\\p{L}&]{1,20})?\\sstaff\\swriters?\\s[^.!?\"“”]{2,100}"
            + "\\sreported\\sfrom\\s(?-i:\\p{Lu})[\\p{L}.,' -]{1,40}\\.?$");
    /**
     * "Read in Korean", "Read the original Korean", "Go to Korean version": a link to the article's edition in that
     * language.
     */
    private static final Pattern READ_IN_LANGUAGE = Pattern.compile(
            "(?i)^(?:read|view|go to|see) (?:(?:this|the) (?:article|story) )?(?:in |the original |the )?(korean|english)"
            + "(?: (?:version|article|edition))?$");

    /** Whether the line is a wire's staff credits or standards note ("Reporting by …; Editing by …"). */
    public boolean isStaffCredit(String line) {
        String s = Whitespace.normalize(line);
        return STAFF_CREDIT.matcher(s).matches() || DESK_CREDIT.matcher(s).matches();
    }

    /** "#YTN자막뉴스", "#트럼프 #방위비": a line of hashtags only. */
    private static final Pattern HASHTAGS = Pattern.compile("^#(?=[\\p{L}\\d_]*\\p{L})[\\p{L}\\d_]{1,30}"
            + "(?:\\s+#(?=[\\p{L}\\d_]*\\p{L})[\\p{L}\\d_]{1,30})*$");

    /** Whether the line is hashtags only ("#YTN자막뉴스"), chrome wherever it appears. */
    public boolean isHashtagLine(String line) {
        return HASHTAGS.matcher(Whitespace.normalize(line)).matches();
    }

    /** Whether the line is a broadcast's production credits ("영상취재: … / 영상편집: …"), chrome wherever it appears. */
    public boolean isProductionCredit(String line) {
        return PRODUCTION_CREDIT.matcher(Whitespace.normalize(line)).matches();
    }

    /** Whether the line is the outlet's contact note ("Please direct questions or comments to […]", "제보: …", "- jebo23"). */
    public boolean isContactLine(String line) {
        String s = Whitespace.normalize(line);
        return s.length() <= 160 && CONTACT.matcher(s).matches();
    }

    private static final Pattern END_LINE = Pattern.compile("^\\((?:END|끝)\\)$|^<?(?:끝|END)>?$");
    private static final Pattern POINTER = Pattern.compile(
            "^(?:▶|☞|►|■\\s?관련|\\[관련\\s?기사\\]|>{1,2}\\s?(?i:read|related|see|also|more|watch|listen|click)\\b"
                    + "|(?i:(?:related(?: (?:articles?|stories|story|news|coverage))?|see (?:more on|also)|also read"
                    + "|read (?:more|also|next|part \\d{1,2}))\\s*[:：])).*"
                    + "|^\\[[^\\]|]{1,30}바로\\s?가기(?:\\s?\\|[^\\]|]{1,30})*]$");

    /**
     * What a "▶" line points to when it is not a subhead: other articles (a bracketed tag, "[단독] …", "Related: …"),
     * the site, its apps, channels and subscriptions.
     */
    private static final Pattern POINTER_TARGET = Pattern.compile("^\\[|관련|바로\\s?가기|구독|제보|클릭|보기|다운|설치|앱|"
            + "채널|SNS|페이스북|트위터|인스타그램|유튜브|카카오|네이버|뉴스레터|이벤트|홈페이지|(?i:https?://|www\\.)"
            + "|^(?i:related|read (?:more|also|next)|see also|also read)\\b");
    private static final Pattern ARROW = Pattern.compile("^[▶►]\\s*");

    /** "▶ 관련기사", "[관련 기사]", "Related topics": a heading over other articles' headlines or tags. */
    private static final Pattern RELATED_HEADING = Pattern.compile(
            "^(?:[▶☞►■]\\s*)?\\[?\\s*(?:관련\\s?(?:기사|뉴스)|(?i:related (?:articles?|stories|news|topics)"
                    + "|more on this story))\\s*]?\\s*[:：]?$");
    private static final int MAX_LISTED_HEADLINE = 90;
    /** The end of a sentence, not of a headline: a period, question or exclamation mark before closing quotes. */
    private static final Pattern SENTENCE_MARK = Pattern.compile("[.?!。]\\s*[\"”’')\\]]*$");

    /** Whether the line is a photo's credit under its caption as The New York Times prints it ("Credit...AP"). */
    public boolean isCreditUnderCaption(String line) {
        return CREDIT_UNDER_CAPTION.matcher(Whitespace.normalize(line)).matches();
    }

    /** Whether the line is the heading of a wire's contacts under the text ("Contact the reporters on this story:"). */
    public boolean isContactBoxHeading(String line) {
        return CONTACT_BOX.matcher(Whitespace.normalize(line)).matches();
    }

    /** Whether the line heads a live page's box of its key posts ("Key events"). */
    public boolean isKeyEventsHeading(String line) {
        return KEY_EVENTS.matcher(Whitespace.normalize(line)).matches();
    }

    /** Whether the line is "Read more" or the like: a button over more text, or the heading of other articles. */
    public boolean isExpandButton(String line) {
        return EXPAND_BUTTON.matcher(Whitespace.normalize(line)).matches();
    }

    /** Whether the line is the link an embedded social post shows before it loads ("이 게시물 보기"). */
    public boolean isEmbedViewButton(String line) {
        return EMBED_VIEW_BUTTON.matcher(Whitespace.normalize(line)).matches();
    }

    /** Whether the line heads a list of other articles' headlines ("▶ 관련기사"), wherever it stands. */
    public boolean isRelatedHeading(String line) {
        return RELATED_HEADING.matcher(Whitespace.normalize(line)).matches();
    }

    /** Whether the line can be another article's headline in such a list: short, and not ending a sentence. */
    public boolean isListedHeadline(String line) {
        String s = Whitespace.normalize(line);
        return s.length() <= MAX_LISTED_HEADLINE && !SENTENCE_MARK.matcher(s).find();
    }

    /** Whether the line only draws a rule between parts of the page ("___", "* * *", "-----"): never text. */
    public boolean isRule(String line) {
        return RULE.matcher(Whitespace.normalize(line)).matches();
    }

    /** Whether the line is a notice of the site's (cookies, newsletter, comments, translation), not the article's. */
    public boolean isSiteNotice(String line) {
        String s = Whitespace.normalize(line);
        return s.length() <= MAX_SITE_NOTICE && (SITE_NOTICE.matcher(s).matches() || isPaywallPrompt(s));
    }

    /** Whether the line is a paywall's prompt to subscribe or sign in for the rest of the text ({@link Paywall}). */
    public boolean isPaywallPrompt(String line) {
        return Paywall.isPrompt(line);
    }

    /**
     * Whether the credit {@link #withoutPhotoCredit} cuts from the line is an agency's name alone, "… (Yonhap)": a
     * caption's, unless it ends the text (the wire's name after a story's last paragraph).
     */
    public boolean endsWithAgencyAlone(String line) {
        return AGENCY_ALONE_AT_END.matcher(Whitespace.normalize(line)).find();
    }

    /** Whether the line is a wire end mark alone, "(END)": the article ends there. */
    public boolean isEndLine(String line) {
        return END_LINE.matcher(Whitespace.normalize(line)).matches();
    }

    /**
     * Whether the line points to other content ("▶ 관련기사 …", "☞ …", "[관련기사] …", "> Read more: …", "Related: …",
     * "Read Part 1: …").
     */
    public boolean isPointer(String line) {
        return POINTER.matcher(Whitespace.normalize(line)).matches();
    }

    /** Whether the line is a wire photo's credit alone in brackets ("[연합뉴스 자료사진]"), under the photo's title. */
    public boolean isBracketedCredit(String line) {
        return Whitespace.normalize(line).matches(BRACKETED_CREDIT);
    }

    /** Whether the line is a photographer's credit alone that stands above its caption ("ⓒ 유성호"). */
    public boolean isCreditAboveCaption(String line) {
        return Whitespace.normalize(line).matches(CREDIT_ABOVE_CAPTION);
    }

    /**
     * Whether a "▶" line can be a subhead of the text ("▶ 여야, 예산안 놓고 충돌") by its words: it names no other article,
     * site, app or channel. Where it stands decides.
     */
    public boolean canBeArrowSubhead(String line) {
        Matcher arrow = ARROW.matcher(Whitespace.normalize(line));
        return arrow.lookingAt() && !POINTER_TARGET.matcher(arrow.replaceFirst("")).find();
    }

    /** Whether the line is a wire graphic's title ("[그래픽] …"): the next paragraph is its caption. */
    public boolean isGraphicTitle(String line) {
        return GRAPHIC_TITLE.matcher(Whitespace.normalize(line)).matches();
    }

    /** "Image caption South Koreans watched …", "Media caption, Watch: …": a caption under the BBC's label for it. */
    private static final Pattern LABELLED_CAPTION = Pattern.compile("^(?i:image|media) caption,?\\s+(?=\\S)");

    /** The caption a line gives under its label ("Image caption …", as the BBC prints it), or empty. */
    public Optional<String> labelledCaption(String line) {
        Matcher m = LABELLED_CAPTION.matcher(Whitespace.normalize(line));
        return m.lookingAt() ? Optional.of(Whitespace.normalize(line).substring(m.end())) : Optional.empty();
    }

    /** Whether the caption starts as a wire photo's does ("(서울=연합뉴스) 사진공동취재단 = …"). */
    public boolean startsAsWireCaption(String line) {
        return WIRE_CAPTION_START.matcher(Whitespace.normalize(line)).lookingAt();
    }

    /** The caption without the place, agency and photographer or artist it starts with ("(서울=연합뉴스) 김민지 기자 = "). */
    public String withoutWireCaptionStart(String line) {
        return WIRE_CAPTION_START.matcher(line).replaceFirst("");
    }

    /** Whether the line is a wire service note: "(ATTN: UPDATES with …)", "(END)" alone. */
    public boolean isWireNote(String line) {
        return WIRE_NOTE.matcher(Whitespace.normalize(line)).matches();
    }

    /** The paragraph without a wire end mark " (END)" at its end. */
    public String withoutEndMark(String paragraph) {
        return END_MARK.matcher(paragraph).replaceFirst("");
    }

    /**
     * The line with skip links ("Go to contents", "본문 바로가기", "검색 바로가기") and their heading ("연결 가능 링크",
     * "Accessibility links") removed from its start and end, and the note a wire
     * prints after each link in its text ("Samsung Electronics (005930.KS), opens new tab said …").
     */
    public String withoutSkipLinks(String line) {
        String s = line.contains("opens new tab") ? NEW_TAB_NOTE.matcher(line).replaceAll("") : line;
        if (SKIP_LINK_STARTS.stream().noneMatch(s::contains)) {
            return s;
        }
        String previous;
        do {
            previous = s;
            s = SKIP_LINK_END.matcher(SKIP_LINK_START.matcher(s).replaceFirst("")).replaceFirst("");
        } while (!s.equals(previous));
        return s;
    }

    /**
     * The editions a line links to when the whole line is edition links ("한국어", "English | 中文 | 日本語");
     * empty entries stand for editions the archive does not keep. Empty list: the line is something else.
     */
    public List<Optional<Lang>> editionLinks(String line) {
        return isVersionLink(line) ? List.of(EDITIONS.get(versionLanguage(line))) : parts(line);
    }

    /**
     * Whether the line links to this article in another language in words ("Go to Korean version", "Read in
     * English"), as a page may print above its headline too; a bare "English" there is the other edition's home.
     */
    public boolean isVersionLink(String line) {
        return READ_IN_LANGUAGE.matcher(Whitespace.normalize(line)).matches();
    }

    private static String versionLanguage(String line) {
        Matcher readIn = READ_IN_LANGUAGE.matcher(Whitespace.normalize(line));
        return readIn.matches() ? readIn.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private List<Optional<Lang>> parts(String line) {
        List<Optional<Lang>> found = new ArrayList<>();
        for (String part : EDITION_SEPARATOR.split(Whitespace.normalize(line).toLowerCase(Locale.ROOT))) {
            if (part.isEmpty()) {
                continue;
            }
            Optional<Lang> lang = EDITIONS.get(part);
            if (lang == null) {
                return List.of();
            }
            found.add(lang);
        }
        return found;
    }

    /** Whether the line is a copyright notice ("Copyright by donga.com", "ⓒ 동아일보 & donga.com, 무단 전재 …"). */
    public boolean isCopyrightLine(String line) {
        String s = Whitespace.normalize(line);
        return (s.length() <= MAX_COPYRIGHT_LENGTH || s.length() <= MAX_REPRODUCTION_NOTICE_LENGTH
                && REPRODUCTION_NOTICE.matcher(s).matches()) && COPYRIGHT.matcher(s).matches()
                && COPYRIGHT_DETAIL.matcher(s).matches() && !COPYRIGHT_SENTENCE.matcher(s).find()
                && !CAPTION_WITH_NOTICE.matcher(s).matches();
    }

    /**
     * Whether the copyright line opens with its mark ("< Copyright ⓒ MBN …>", "ⓒ 연합뉴스TV, 무단 전재…", "저작권자 ©
     * …"): the notice under the text, after which the page lists other articles; not a caption ending with one.
     */
    public boolean opensWithCopyright(String line) {
        return NOTICE_OPENING.matcher(Whitespace.normalize(line)).lookingAt();
    }

    private static final Pattern NOTICE_OPENING = Pattern.compile("(?i)^[<\\[(]?\\s?(?:copyright\\b|[ⓒ©]|\\(c\\)|저작권자)");

    /**
     * A caption whose credit carries the agency's copyright notice ("▲ … 허가가 필요하다. ⓒ뉴시스. 무단전재 및 재배포 금지."):
     * a caption, not a copyright line; group 1 is its text, without the list's bullet and the caption's "▲".
     */
    private static final Pattern CAPTION_WITH_NOTICE = Pattern.compile("^(?:[-•]\\s?)?(?:▲\\s?)?(.{10,}?[.!?다])\\s*[ⓒ©]\\s?[^.\\s][^.]{0,20}?"
            + "[.,]?\\s*(?:무단\\s?전재|재배포\\s?금지).{0,30}$");

    /**
     * A photo caption's text without the credit at its end ("… at the ceremony. Photo by Kim Min-ji", "… 사진=뉴시스",
     * "… / Yonhap", a photographer alone, "ⓒ 유성호", "ⓒ뉴시스. 무단전재 및 재배포 금지."): an empty string when the line is a credit alone, null when the
     * line ends with no credit.
     */
    public String withoutPhotoCredit(String line) {
        String s = Whitespace.normalize(line);
        Matcher notice = CAPTION_WITH_NOTICE.matcher(s);
        if (s.length() <= MAX_CAPTION_LENGTH && notice.matches()) {
            return notice.group(1).strip();
        }
        Matcher day = WIRE_PHOTO_DAY_AT_END.matcher(s);
        if (s.length() <= MAX_CAPTION_LENGTH && startsAsWireCaption(s) && day.find()) {
            return WIRE_CAPTION_START.matcher(s.substring(0, day.start())).replaceFirst("").strip();
        }
        if (s.length() > MAX_CAPITALS_CREDITED_CAPTION || s.isEmpty()
                || s.length() > MAX_CAPTION_LENGTH && !CAPITALS_CREDIT_AT_END.matcher(s).find()
                || NEVER_LAST_IN_CREDIT.indexOf(s.charAt(s.length() - 1)) >= 0) {
            return null;
        }
        Matcher m = PHOTO_CREDIT.matcher(s);
        if (!m.find()) {
            return null;
        }
        String caption = GALLERY_COUNTER.matcher(s.substring(0, m.start())).replaceFirst("").strip();
        return m.group().strip().matches("(?s)[(\\[\\d].*") ? WIRE_CAPTION_START.matcher(caption).replaceFirst("") : caption;
    }

    /**
     * Whether the line ends with a reporter and their e-mail ("… 말했다. 청주=이한결 기자 x@donga.com"): a photo's credit
     * under a caption, or the byline glued to the last paragraph.
     */
    public boolean endsWithReporterEmail(String line) {
        return REPORTER_EMAIL_AT_END.matcher(Whitespace.normalize(line)).find();
    }

    /**
     * Whether the line is a graphic's or photo's maker alone ("그래픽=김충민 기자 x@donga.com"): no reporter of a text
     * whose reporters sign under it (a photo story's photographer is its byline).
     */
    public boolean isArtCredit(String line) {
        return ART_CREDIT.matcher(Whitespace.normalize(line)).matches();
    }

    /** Whether the word is a section's name as site menus print it ("News", "Politics", "정치"). */
    static boolean isSectionName(String word) {
        return SECTION.matcher(word).matches();
    }

    /**
     * Whether the line is a site's section menu copied as one line ("정치 경제 국제 사회 문화 연예 스포츠", "News Politics
     * Opinion Economy National Culture Sports"): at least four items, most of them section names.
     */
    public boolean isSectionMenu(String line) {
        String[] items = Whitespace.normalize(line).split("\\s*[\\s|·•/]\\s*");
        if (items.length < MIN_MENU_ITEMS) {
            return false;
        }
        long sections = Arrays.stream(items).filter(i -> SECTION.matcher(i).matches()).count();
        return sections * 2 > items.length && Arrays.stream(items).allMatch(i -> i.length() <= MAX_MENU_ITEM);
    }

    /** Whether the line is a web address alone ("https://www.donga.com/news/…"), as some tools save above a page. */
    public boolean isAddressLine(String line) {
        return ADDRESS_LINE.matcher(Whitespace.normalize(line)).matches();
    }

    /**
     * Whether the line is a browser's print margin copied with the page: the time it was printed ("11/29/25, 2:41 AM")
     * or the page's address with the page number ("https://… 1/3").
     */
    public boolean isPrintMargin(String line) {
        return PRINT_MARGIN.matcher(Whitespace.normalize(line)).matches();
    }

    /**
     * Whether the line is the label of a page button ("Print", "Share", "URL 복사"), chrome wherever it appears; a
     * terminal browser prints a row of buttons as bullets ("* Print").
     */
    public boolean isButton(String line) {
        String normalized = Whitespace.normalize(line);
        String s = ListItem.of(normalized).filter(item -> !item.ordered()).map(ListItem::text).orElse(normalized);
        if (BUTTON.matcher(s).matches()) {
            return true;
        }
        return areButtons(s.split("\\s*[|·•]\\s*")) || areButtons(s.split("\\s*[\\s|·•]\\s*"));
    }

    /** Whether the labels, two or more, are all buttons' ("Order Reprints | Today's Paper | Subscribe"). */
    private static boolean areButtons(String[] labels) {
        return labels.length > 1 && labels.length <= MAX_BUTTONS_ON_A_LINE
                && Arrays.stream(labels).allMatch(label -> BUTTON.matcher(label).matches());
    }

    /** Whether the line is the label of the points a wire lists above its text ("Summary"). */
    public boolean isSummaryLabel(String line) {
        return SUMMARY_LABEL.matcher(Whitespace.normalize(line)).matches();
    }

    /** Whether the line is the label of takeaways in whole sentences above the text ("Takeaways by Bloomberg AI"). */
    public boolean isTakeawaysLabel(String line) {
        return TAKEAWAYS_LABEL.matcher(Whitespace.normalize(line)).matches();
    }

    /** Whether the line is the note under a machine-written summary ("이 기사는 AI가 요약했습니다."). */
    public boolean isMachineSummaryNote(String line) {
        return MACHINE_SUMMARY_NOTE.matcher(Whitespace.normalize(line)).matches();
    }

    /** Whether the line labels a Korean box of summary points above the text ("AI 요약", "핵심 요약", "본문 요약봇"). */
    public boolean isKoreanSummaryLabel(String line) {
        return KOREAN_SUMMARY_LABEL.matcher(Whitespace.normalize(line)).matches();
    }

    /** Whether the line is the disclaimer of such a box ("자동 추출 기술로 요약된 내용입니다. …"). */
    public boolean isKoreanSummaryDisclaimer(String line) {
        return KOREAN_SUMMARY_DISCLAIMER.matcher(Whitespace.normalize(line)).matches();
    }

    /** Whether the line is chrome when it stands above the article's text ("Line", "A", "5–6 minutes"). */
    public boolean isHeaderChrome(String line) {
        return HEADER_CHROME.matcher(Whitespace.normalize(line)).matches();
    }

    /** Whether the line heads the readers' comments ("Comments 3"): what follows is theirs, never the article's. */
    public boolean isCommentsHeading(String line) {
        return COMMENTS_HEADING.matcher(Whitespace.normalize(line)).matches();
    }

    /** Whether the line heads a list of other articles ("Most Viewed", "많이 본 뉴스") or a newsletter's promotion. */
    public boolean isFooterSection(String line) {
        return FOOTER_SECTION.matcher(Whitespace.normalize(line)).matches();
    }
}
