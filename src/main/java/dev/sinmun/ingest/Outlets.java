package dev.sinmun.ingest;

import dev.sinmun.model.BilingualName;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;

/** Known news outlets, with their English and Korean names, by e-mail or web domain; sub-domains match their parent. */
public final class Outlets {

    private static final Map<String, BilingualName> KNOWN = Map.ofEntries(
            Map.entry("donga.com", new BilingualName("The Dong-A Ilbo", "동아일보")),
            Map.entry("yna.co.kr", new BilingualName("Yonhap News Agency", "연합뉴스")),
            Map.entry("koreaherald.com", new BilingualName("The Korea Herald", "코리아헤럴드")),
            Map.entry("heraldcorp.com", new BilingualName("The Korea Herald", "코리아헤럴드")),
            Map.entry("biz.heraldcorp.com", new BilingualName("Herald Business", "헤럴드경제")),
            Map.entry("yonhapnews.co.kr", new BilingualName("Yonhap News Agency", "연합뉴스")),
            Map.entry("yonhapnewstv.co.kr", new BilingualName("Yonhap News TV", "연합뉴스TV")),
            Map.entry("koreajoongangdaily.com", new BilingualName("Korea JoongAng Daily", "코리아중앙데일리")),
            Map.entry("koreatimes.co.kr", new BilingualName("The Korea Times", "코리아타임스")),
            Map.entry("joongang.co.kr", new BilingualName("The JoongAng", "중앙일보")),
            Map.entry("joins.com", new BilingualName("Korea JoongAng Daily", "코리아중앙데일리")),
            Map.entry("hani.co.kr", new BilingualName("The Hankyoreh", "한겨레")),
            Map.entry("chosun.com", new BilingualName("The Chosun Ilbo", "조선일보")),
            Map.entry("kbs.co.kr", new BilingualName("KBS", "KBS")),
            Map.entry("world.kbs.co.kr", new BilingualName("KBS World", "KBS 월드")),
            Map.entry("sports.chosun.com", new BilingualName("Sports Chosun", "스포츠조선")),
            Map.entry("sportschosun.com", new BilingualName("Sports Chosun", "스포츠조선")),
            Map.entry("sportsdonga.com", new BilingualName("Sports Donga", "스포츠동아")),
            Map.entry("isplus.com", new BilingualName("Ilgan Sports", "일간스포츠")),
            Map.entry("sportsseoul.com", new BilingualName("Sports Seoul", "스포츠서울")),
            Map.entry("sports.khan.co.kr", new BilingualName("Sports Kyunghyang", "스포츠경향")),
            Map.entry("osen.co.kr", new BilingualName("OSEN", "오센")),
            Map.entry("xportsnews.com", new BilingualName("Xports News", "엑스포츠뉴스")),
            Map.entry("mydaily.co.kr", new BilingualName("My Daily", "마이데일리")),
            Map.entry("tenasia.co.kr", new BilingualName("TenAsia", "텐아시아")),
            Map.entry("tenasia.hankyung.com", new BilingualName("TenAsia", "텐아시아")),
            Map.entry("starnewskorea.com", new BilingualName("StarNews", "스타뉴스")),
            Map.entry("star.mt.co.kr", new BilingualName("StarNews", "스타뉴스")),
            Map.entry("joynews24.com", new BilingualName("Joy News 24", "조이뉴스24")),
            Map.entry("weekly.chosun.com", new BilingualName("Weekly Chosun", "주간조선")),
            Map.entry("shindonga.donga.com", new BilingualName("Shindonga", "신동아")),
            Map.entry("weekly.donga.com", new BilingualName("Weekly Donga", "주간동아")),
            Map.entry("sbs.co.kr", new BilingualName("SBS", "SBS")),
            Map.entry("imbc.com", new BilingualName("MBC", "MBC")),
            Map.entry("mbc.co.kr", new BilingualName("MBC", "MBC")),
            Map.entry("ytn.co.kr", new BilingualName("YTN", "YTN")),
            Map.entry("jtbc.co.kr", new BilingualName("JTBC", "JTBC")),
            Map.entry("jtbc.joins.com", new BilingualName("JTBC", "JTBC")),
            Map.entry("ichannela.com", new BilingualName("Channel A", "채널A")),
            Map.entry("tvchosun.com", new BilingualName("TV Chosun", "TV조선")),
            Map.entry("mbn.co.kr", new BilingualName("MBN", "MBN")),
            Map.entry("fnnews.com", new BilingualName("The Financial News", "파이낸셜뉴스")),
            Map.entry("newsis.com", new BilingualName("Newsis", "뉴시스")),
            Map.entry("news1.kr", new BilingualName("News1", "뉴스1")),
            Map.entry("hankyung.com", new BilingualName("The Korea Economic Daily", "한국경제")),
            Map.entry("mk.co.kr", new BilingualName("Maeil Business Newspaper", "매일경제")),
            Map.entry("sedaily.com", new BilingualName("Seoul Economic Daily", "서울경제")),
            Map.entry("mt.co.kr", new BilingualName("Money Today", "머니투데이")),
            Map.entry("edaily.co.kr", new BilingualName("Edaily", "이데일리")),
            Map.entry("khan.co.kr", new BilingualName("The Kyunghyang Shinmun", "경향신문")),
            Map.entry("kyunghyang.com", new BilingualName("The Kyunghyang Shinmun", "경향신문")),
            Map.entry("hankookilbo.com", new BilingualName("The Hankook Ilbo", "한국일보")),
            Map.entry("seoul.co.kr", new BilingualName("Seoul Shinmun", "서울신문")),
            Map.entry("kmib.co.kr", new BilingualName("Kookmin Ilbo", "국민일보")),
            Map.entry("segye.com", new BilingualName("Segye Ilbo", "세계일보")),
            Map.entry("munhwa.com", new BilingualName("Munhwa Ilbo", "문화일보")),
            Map.entry("ohmynews.com", new BilingualName("OhmyNews", "오마이뉴스")),
            Map.entry("nocutnews.co.kr", new BilingualName("CBS NoCut News", "노컷뉴스")),
            Map.entry("asiae.co.kr", new BilingualName("The Asia Business Daily", "아시아경제")),
            Map.entry("pressian.com", new BilingualName("Pressian", "프레시안")),
            Map.entry("sisain.co.kr", new BilingualName("SisaIN", "시사IN")),
            Map.entry("bizwatch.co.kr", new BilingualName("Business Watch", "비즈니스워치")),
            Map.entry("nytimes.com", new BilingualName("The New York Times", "뉴욕타임스")),
            Map.entry("washingtonpost.com", new BilingualName("The Washington Post", "워싱턴포스트")),
            Map.entry("wsj.com", new BilingualName("The Wall Street Journal", "월스트리트저널")),
            Map.entry("theguardian.com", new BilingualName("The Guardian", "가디언")),
            Map.entry("ft.com", new BilingualName("Financial Times", "파이낸셜타임스")),
            Map.entry("apnews.com", new BilingualName("Associated Press", "AP통신")),
            Map.entry("ap.org", new BilingualName("Associated Press", "AP통신")),
            Map.entry("reuters.com", new BilingualName("Reuters", "로이터통신")),
            Map.entry("afp.com", new BilingualName("AFP", "AFP통신")),
            Map.entry("bloomberg.com", new BilingualName("Bloomberg", "블룸버그")),
            Map.entry("bbc.com", new BilingualName("BBC News", "BBC")),
            Map.entry("bbc.co.uk", new BilingualName("BBC News", "BBC")),
            Map.entry("cnn.com", new BilingualName("CNN", "CNN")),
            Map.entry("nhk.or.jp", new BilingualName("NHK", "NHK")),
            Map.entry("kyodonews.net", new BilingualName("Kyodo News", "교도통신")),
            Map.entry("arirang.com", new BilingualName("Arirang News", "아리랑TV")),
            Map.entry("arirang.co.kr", new BilingualName("Arirang News", "아리랑TV")),
            Map.entry("asia.nikkei.com", new BilingualName("Nikkei Asia", "닛케이 아시아")),
            Map.entry("aljazeera.com", new BilingualName("Al Jazeera", "알자지라")),
            Map.entry("koreapro.org", new BilingualName("Korea Pro", "코리아 프로")),
            Map.entry("nknews.org", new BilingualName("NK News", "NK뉴스")),
            Map.entry("france24.com", new BilingualName("France 24", "프랑스24")),
            Map.entry("kedglobal.com", new BilingualName("The Korea Economic Daily", "한국경제")),
            Map.entry("businesskorea.co.kr", new BilingualName("BusinessKorea", "비즈니스코리아")),
            Map.entry("ajunews.com", new BilingualName("Aju Business Daily", "아주경제")),
            Map.entry("ajupress.com", new BilingualName("Aju Business Daily", "아주경제")),
            Map.entry("upi.com", new BilingualName("UPI", "UPI통신")),
            Map.entry("scmp.com", new BilingualName("South China Morning Post", "사우스차이나모닝포스트")),
            Map.entry("japantimes.co.jp", new BilingualName("The Japan Times", "재팬타임스")),
            Map.entry("voakorea.com", new BilingualName("Voice of America", "미국의 소리")),
            Map.entry("voanews.com", new BilingualName("Voice of America", "미국의 소리")),
            Map.entry("rfa.org", new BilingualName("Radio Free Asia", "자유아시아방송")));
    /** Outlets whose pages print their own local time without a zone (France 24: Paris time). */
    private static final Map<String, ZoneId> HOME_ZONES = Map.of(
            "france24.com", ZoneId.of("Europe/Paris"));
    /**
     * The outlets of a media group whose domain does not show it, by their parent's domain: TV Chosun's reporters
     * write from chosun.com, JTBC's from joongang.co.kr, Yonhap News TV's from yna.co.kr. Sub-domains of a known outlet (weekly.chosun.com) belong to it.
     */
    private static final Map<String, String> GROUP_OF = Map.of("tvchosun.com", "chosun.com",
            "sportschosun.com", "chosun.com", "sportsdonga.com", "donga.com", "jtbc.co.kr", "joongang.co.kr",
            "jtbc.joins.com", "joongang.co.kr", "joins.com", "joongang.co.kr", "starnewskorea.com", "mt.co.kr",
            "heraldcorp.com", "heraldcorp.com", "yonhapnewstv.co.kr", "yna.co.kr");
    /**
     * Other names known outlets print on their pages: the Chosun Ilbo's English edition calls itself so, and the
     * papers' web sites ("동아닷컴 김민지 기자") sign so, and AP's site titles its pages so ("… | AP News").
     */
    private static final Map<String, String> OTHER_NAMES = Map.of("The Chosun Daily", "chosun.com", "동아닷컴", "donga.com",
            "조선닷컴", "chosun.com", "한경닷컴", "hankyung.com", "매경닷컴", "mk.co.kr", "AP News", "apnews.com");
    /** How much a name may add to a known one and still name it ("KBS 뉴스 9", "한국경제신문"): more is a headline. */
    private static final int MAX_NAME_SUFFIX = 6;

    private static final BilingualName UNKNOWN = new BilingualName(null, null);
    private static final java.util.regex.Pattern HANGUL = java.util.regex.Pattern.compile("[가-힣]");
    private static final java.util.regex.Pattern GLUED_HANGUL = java.util.regex.Pattern.compile("[가-힣]+");
    /** Words a paper or broadcaster adds to its name without a space ("한국경제신문", "KBS뉴스", "서울신문사"). */
    private static final Set<String> NAME_WORDS = Set.of("신문", "신문사", "뉴스", "닷컴", "방송",
            "라디오", "사");
    private static final java.util.regex.Pattern NAME_NOISE = java.util.regex.Pattern.compile(
            "(?i)^the\\s+|\\s+(?:news agency|news|뉴스)$|[\\s.-]");
    /** Each known outlet by the {@link #key} of its English and of its Korean name, longest first (most specific). */
    private static final Map<String, BilingualName> NAME_KEYS = nameKeys();

    /**
     * The paper a group's article in {@code lang} comes from: the JoongAng's English-language articles are the Korea
     * JoongAng Daily's, the Herald group's Korean-language ones (its reporters share heraldcorp.com) Herald Business's;
     * other outlets are unchanged.
     */
    public BilingualName forLanguage(BilingualName outlet, dev.sinmun.model.Lang lang) {
        if (lang == dev.sinmun.model.Lang.EN && KNOWN.get("joongang.co.kr").equals(outlet)) {
            return KNOWN.get("joins.com");
        }
        if (lang == dev.sinmun.model.Lang.KO && KNOWN.get("heraldcorp.com").equals(outlet)) {
            return KNOWN.get("biz.heraldcorp.com");
        }
        return outlet;
    }

    /** The zone a known outlet's pages print their times in when they give none; empty for Korean time. */
    public Optional<ZoneId> homeZone(BilingualName outlet) {
        return HOME_ZONES.entrySet().stream().filter(e -> KNOWN.get(e.getKey()).equals(outlet))
                .map(Map.Entry::getValue).findFirst();
    }

    /** An outlet Sinmun does not know, by the name its page gives: a Hangul name is its Korean name. */
    public BilingualName unknownNamed(String name) {
        return HANGUL.matcher(name).find() ? new BilingualName(null, name) : new BilingualName(name, null);
    }

    /** Whether {@code name} names a known outlet ("Yonhap", "Yonhap News Agency", "연합뉴스", "KBS 뉴스", "donga.com"). */
    public boolean isOutletName(String name) {
        return byName(name) != null;
    }

    /**
     * Whether the line is a known outlet's name alone, or in brackets as papers print it above the text ("중앙일보",
     * "[동아일보]", "donga.com"): never the article's text.
     */
    public boolean isOutletLine(String line) {
        String s = Whitespace.normalize(line).replaceFirst("^\\[\\s*(.+?)\\s*]$", "$1");
        if (s.matches("(?i)[a-z0-9.-]+\\.[a-z]{2,}")) {
            return nameFor(s).ko() != null;
        }
        String k = key(s);
        return !k.isEmpty() && NAME_KEYS.containsKey(k);
    }

    /**
     * The known outlet {@code name} names (see {@link #isOutletName}), or null; a two-letter key names one only with
     * the word it dropped ("NK News", never "NK").
     */
    public BilingualName byName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = key(name);
        if (n.length() < 3) {
            return n.length() == 2 && name.strip().length() > n.length() ? NAME_KEYS.get(n) : null;
        }
        if (name.strip().matches("(?i)[a-z0-9.-]+\\.[a-z]{2,}")) {
            BilingualName byDomain = nameFor(name.strip());
            return byDomain.ko() != null ? byDomain : null;
        }
        if (NAME_KEYS.containsKey(n)) {
            return NAME_KEYS.get(n);
        }
        for (Map.Entry<String, BilingualName> known : NAME_KEYS.entrySet()) {
            String k = known.getKey();
            if (k.equals(n) || k.startsWith(n) && n.length() >= 6 && !PageChrome.isSectionName(name.strip())
                    || n.startsWith(k) && k.length() >= 3 && n.length() - k.length() <= MAX_NAME_SUFFIX
                    && !isLongerWord(name, k)) {
                return known.getValue();
            }
        }
        return null;
    }

    /**
     * Whether a Korean outlet's name {@code key} is only the start of a longer word in {@code name} ("신동아건설",
     * "동아일보사태"): Hangul glued to it that is not a word outlets add to their names ("한국경제신문").
     */
    private static boolean isLongerWord(String name, String key) {
        String s = name.strip().toLowerCase(Locale.ROOT);
        int at = s.indexOf(key);
        if (at < 0 || !HANGUL.matcher(key.substring(key.length() - 1)).matches()) {
            return false;
        }
        Matcher glued = GLUED_HANGUL.matcher(s.substring(at + key.length()));
        return glued.lookingAt() && !NAME_WORDS.contains(glued.group());
    }

    private static Map<String, BilingualName> nameKeys() {
        Map<String, BilingualName> keys = new TreeMap<>(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (BilingualName known : KNOWN.values()) {
            for (String name : new String[] {known.en(), known.ko()}) {
                if (name != null) {
                    keys.putIfAbsent(key(name), known);
                }
            }
        }
        OTHER_NAMES.forEach((name, domain) -> keys.putIfAbsent(key(name), KNOWN.get(domain)));
        return keys;
    }

    private static String key(String name) {
        String previous;
        String s = name.strip().toLowerCase(Locale.ROOT);
        do {
            previous = s;
            s = NAME_NOISE.matcher(s).replaceAll("");
        } while (!s.equals(previous));
        return s;
    }

    /**
     * Whether two known outlets are of one media group (TV Chosun and The Chosun Ilbo, Shindonga and The Dong-A
     * Ilbo, JTBC and The JoongAng).
     */
    public boolean sameGroup(BilingualName a, BilingualName b) {
        Set<String> groups = new HashSet<>();
        KNOWN.forEach((domain, name) -> {
            if (name.equals(a)) {
                groups.add(groupOf(domain));
            }
        });
        return KNOWN.entrySet().stream().anyMatch(e -> e.getValue().equals(b) && groups.contains(groupOf(e.getKey())));
    }

    /**
     * Another outlet of {@code outlet}'s media group whose whole name {@code line} gives ("Copyright ⓒ 연합뉴스TV"
     * for a yna.co.kr reporter's story), the longest if several; empty if none.
     */
    public Optional<BilingualName> groupOutletNamedIn(String line, BilingualName outlet) {
        String text = Whitespace.normalize(line).toLowerCase(Locale.ROOT);
        return KNOWN.values().stream().distinct().filter(o -> !o.equals(outlet) && sameGroup(o, outlet))
                .filter(o -> o.ko() != null && text.contains(o.ko().toLowerCase(Locale.ROOT))
                        || o.en() != null && text.contains(o.en().toLowerCase(Locale.ROOT)))
                .max(Comparator.comparingInt(o -> o.ko() == null ? 0 : o.ko().length()));
    }

    /** The domain of the group a known outlet's domain belongs to: its parent's, or the shortest known suffix of it. */
    private static String groupOf(String domain) {
        if (GROUP_OF.containsKey(domain)) {
            return GROUP_OF.get(domain);
        }
        String group = domain;
        for (String candidate = domain; candidate.contains("."); candidate = candidate.substring(candidate.indexOf('.') + 1)) {
            if (KNOWN.containsKey(candidate)) {
                group = GROUP_OF.getOrDefault(candidate, candidate);
            }
        }
        return group;
    }

    /**
     * The outlet's name for a domain ("donga.com", "news.donga.com") or an e-mail address; an unknown domain
     * gives {@code (domain, null)}, a null or blank one {@code (null, null)}.
     */
    public BilingualName nameFor(String domainOrEmail) {
        if (domainOrEmail == null || domainOrEmail.isBlank()) {
            return UNKNOWN;
        }
        String domain = domainOrEmail.substring(domainOrEmail.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
        if (domain.startsWith("www.")) {
            domain = domain.substring(4);
        }
        for (String candidate = domain; candidate.contains("."); candidate = candidate.substring(candidate.indexOf('.') + 1)) {
            BilingualName name = KNOWN.get(candidate);
            if (name != null) {
                return name;
            }
        }
        return domain.isEmpty() ? UNKNOWN : new BilingualName(domain, null);
    }
}
