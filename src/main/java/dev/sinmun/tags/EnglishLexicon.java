package dev.sinmun.tags;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word lists for English person extraction: titles, romanised Korean surnames, and words that are never part of
 * a name.
 */
final class EnglishLexicon {

    private EnglishLexicon() {
    }

    /** Words English news uses for a member of the National Assembly. */
    static final Set<String> LAWMAKER_WORDS = Set.of("lawmaker", "legislator", "assemblyman", "assemblywoman");

    /** Last word of a title, compared in lower case ("Minister", "spokesperson", "Mr."). */
    private static final Set<String> HEADS = words(
            "president", "president-elect", "minister", "secretary", "secretary-general", "undersecretary",
            "ambassador", "envoy", "representative", "rep.", "chairman", "chairwoman", "chairperson",
            "leader", "spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "director",
            "director-general", "commander", "gen.", "admiral", "adm.", "governor", "gov.", "mayor",
            "senator", "sen.", "congressman", "congresswoman", "lawmaker", "legislator", "professor", "prof.",
            "dr.", "premier", "chancellor", "negotiator", "coordinator", "counselor", "colonel", "col.",
            "captain", "capt.", "prosecutor", "commissioner", "ceo", "emperor", "pope", "speaker",
            "vice-chairman", "vice-president", "vice-minister", "researcher", "analyst", "economist", "strategist",
            "executive", "reporter", "correspondent", "journalist", "columnist", "manager", "coach", "boss",
            "founder", "co-founder", "translator", "author", "novelist", "actor", "actress", "singer",
            "filmmaker", "film-maker", "screenwriter", "playwright", "poet", "composer", "pianist", "violinist",
            "rapper", "pitcher", "right-hander", "left-hander", "southpaw", "reliever", "infielder", "outfielder",
            "shortstop", "catcher", "slugger", "midfielder", "striker", "defender", "goalkeeper", "winger",
            "lawyer", "counsel", "inspector", "officer", "cfo", "coo", "cto", "sergeant", "sgt.", "fellow");

    /** Heads that are also ordinary words, so they count as titles only when capitalised. */
    private static final Set<String> CAPITALISED_HEADS = words(
            "Mr.", "Ms.", "Mrs.", "Miss", "Chief", "Head", "Judge", "Justice", "General", "Chair", "Fellow", "Lady",
            "King", "Queen");

    /** Words that may precede a head inside a title ("First Vice Foreign Minister"). */
    /** The words of government portfolios as ministries name them in lists ("Trade, Industry and Energy"). */
    private static final Set<String> PORTFOLIOS = Set.of("Science", "ICT", "Future", "Planning", "Health", "Welfare",
            "Trade", "Industry", "Energy", "Land", "Infrastructure", "Transport", "Oceans", "Fisheries", "Agriculture",
            "Food", "Rural", "Affairs", "Gender", "Equality", "Family", "SMEs", "Startups", "Employment", "Labor",
            "Labour", "Culture", "Sports", "Tourism", "Interior", "Safety", "Economy", "Finance", "Public",
            "Administration", "Security", "Education", "Human", "Resources", "Environment", "Climate", "Patriots",
            "Veterans", "Unification", "Justice", "Defense", "Foreign", "Knowledge", "Strategy", "Information",
            "Communications", "Housing", "Urban", "Development", "Commerce", "Home", "Digital");

    private static final Set<String> MODIFIERS = words(
            "first", "second", "third", "vice", "deputy", "assistant", "senior", "special", "chief", "acting",
            "principal", "under", "executive", "foreign", "defense", "defence", "unification", "finance",
            "trade", "prime", "interior", "justice", "nuclear", "national", "security", "presidential", "press",
            "supreme", "top", "lt.", "maj.", "brig.", "rear", "attorney", "science", "health", "labor",
            "education", "culture", "agriculture", "economy", "economic", "industry", "energy", "policy", "floor",
            "opposition", "ruling", "majority", "minority", "assembly", "ministry", "department",
            "state", "general", "lieutenant", "major", "commanding", "associate", "visiting", "research",
            "adjunct", "news", "political", "military", "intelligence", "secretary", "director", "permanent",
            "head", "fire", "police", "spy", "army", "navy", "air", "force", "party", "prosecution", "tax",
            "antitrust", "election", "customs", "coast", "guard", "central", "bank", "financial", "quarantine",
            "operating", "technology", "investment", "information", "marketing", "compliance", "currency", "equity",
            "market", "bond", "credit");

    /** Ranks and abbreviated forms of address ("Gen.", "Rep."), which a post given in apposition replaces. */
    private static final Set<String> RANKS = words(
            "gen.", "general", "lt.", "adm.", "admiral", "col.", "colonel", "capt.", "captain", "maj.", "brig.",
            "rep.", "sen.", "sergeant", "sgt.");

    private static final Set<String> HONORIFICS = words("Mr.", "Ms.", "Mrs.", "Miss", "Dr.");

    private static final Set<String> BYLINE_HEADS = words("reporter", "correspondent", "journalist", "columnist");

    /** Romanised Korean surnames, as written in English text. */
    static final Set<String> KOREAN_SURNAMES = words(
            "Kim", "Gim", "Lee", "Yi", "Rhee", "Ri", "Rhie", "Park", "Pak", "Bak", "Choi", "Choe", "Chey", "Jung",
            "Jeong", "Chung", "Cheong", "Jong", "Kang", "Gang", "Cho", "Jo", "Joh", "Yoon", "Yun", "Youn", "Jang",
            "Chang", "Lim", "Im", "Yim", "Rim", "Ihm", "Han", "Hahn", "Oh", "Seo", "Suh", "Sur", "Shin", "Sin", "Kwon",
            "Kweon", "Gwon", "Hwang", "Ahn", "An", "Song", "Yoo", "Yu", "Ryu", "Rhyu", "Hong", "Jeon", "Jun", "Chun",
            "Chon", "Ko", "Koh", "Go", "Moon", "Mun", "Yang", "Ryang", "Son", "Sohn", "Bae", "Pae", "Baek",
            "Paek", "Paik", "Baik", "Heo", "Huh", "Hur", "Nam", "Noh", "Roh", "No", "Ha", "Kwak", "Gwak", "Sung",
            "Seong", "Cha", "Joo", "Ju", "Choo", "Chu", "Woo", "U", "Ku", "Koo", "Gu", "Min", "Hyun", "Hyon",
            "Uhm", "Eom", "Um", "Byun", "Byeon", "Pyon", "Yeo", "Yoh", "Chae", "Won", "Bang", "Pang", "Pyo",
            "Wi", "Wee", "Gil", "Kil", "Do", "Doh", "Ban", "Thae", "Tae", "Kye", "Ryom", "Yeom", "Yum", "Seol",
            "Sul", "Na", "Nah", "Ra", "Jin", "Chin", "Ji", "Chi", "Cheon", "Kong", "Gong", "Seok", "Suk", "Sun",
            "Sunwoo", "Namgung", "Jegal", "Hwangbo", "Tak", "Maeng", "Yeon", "Ok", "Kook", "Guk", "Myung", "Ki",
            "Gi", "Geum", "Keum", "Yook", "Yuk", "Kyung", "Jon", "Ro", "Rho", "Ryo", "Yom", "Sohn", "Bong",
            "Kal", "Kuk", "Ryuk", "Rhyu", "Shim", "Sim", "Chong", "Ham", "Hahm", "Kum");

    /** Words that are never a name: articles, pronouns, prepositions, conjunctions, auxiliaries, days, months. */
    private static final Set<String> GRAMMAR = words(
            "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "you", "his",
            "her", "their", "our", "its", "and", "but", "or", "nor", "in", "on", "at", "as", "for", "of", "to", "by",
            "with", "from", "into", "about", "according", "some", "many", "most", "amid", "when", "while", "if",
            "after", "before", "during", "meanwhile", "however", "also", "yet", "still", "then", "there", "here",
            "what", "who", "why", "how", "where", "which", "not", "no", "yes", "all", "both", "each", "other",
            "another", "such", "said", "says", "will", "would", "could", "should", "may", "might", "must", "can",
            "did", "does", "do", "is", "are", "was", "were", "be", "been", "has", "have", "had", "let", "now",
            "today", "tonight", "yesterday", "tomorrow", "even", "only", "just", "since", "until", "despite",
            "unlike", "like", "over", "under", "between", "among", "against", "without", "within", "through",
            "toward", "towards", "regarding", "late", "former", "ex", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august",
            "september", "october", "november", "december", "photo", "last", "next", "because", "although",
            "though", "whether", "unless", "whereas");

    /** Words that end a run of qualifiers before a title ("the", "under", "Mr."), as well as {@link #GRAMMAR}. */
    private static final Set<String> FUNCTION_WORDS = union(GRAMMAR, words(
            "mr.", "ms.", "mrs.", "dr.", "earlier", "later", "instead", "afterward", "afterwards", "thus",
            "therefore", "furthermore", "moreover", "besides", "again", "once", "so", "every", "whom", "whose",
            "than", "upon", "via", "per"));

    /** Capitalised words that are never part of a person's name (places, institutions, outlets, dates, events). */
    private static final Set<String> STOP = union(GRAMMAR, words(
            "more", "less", "new", "old", "early", "korea", "korean", "koreans", "seoul", "pyongyang", "washington",
            "beijing", "tokyo", "japan", "japanese", "china", "chinese", "russia", "russian", "moscow", "united",
            "states", "america", "american", "americans", "nations", "north", "south", "east", "west", "northeast",
            "asia", "asian", "pacific", "indo-pacific", "europe", "european", "incheon", "busan", "panmunjom",
            "singapore", "hanoi", "vietnam", "iran", "taiwan", "kong", "ukraine", "dmz", "peninsula", "gyeonggi",
            "jeju", "gangwon", "yongsan", "pyeongtaek", "osan", "camp", "kaesong", "geneva", "london", "paris",
            "international", "airport", "department", "ministry", "agency", "house", "blue", "white", "cheong", "wa",
            "assembly", "national", "party", "democratic", "republican", "republic", "democrats", "republicans",
            "congress", "senate", "command", "forces", "force", "army", "navy", "air", "marine", "marines", "council",
            "committee", "commission", "office", "bureau", "institute", "university", "college", "school", "center",
            "centre", "foundation", "group", "corp", "corporation", "company", "bank", "court", "government",
            "administration", "embassy", "consulate", "unification", "defense", "defence", "foreign", "affairs",
            "state", "treasury", "pentagon", "kremlin", "news", "ilbo", "times", "herald", "daily", "post", "journal",
            "yonhap", "kcna", "reuters", "press", "agency", "talks", "talk", "agreement", "summit", "alliance",
            "treaty", "declaration", "strategy", "policy", "initiative", "act", "law", "bill", "resolution", "war",
            "peace", "day", "games", "olympics", "covid-19", "coronavirus", "sept", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "oct", "nov", "dec", "spring", "summer", "fall", "autumn", "winter", "street",
            "road", "avenue", "square", "station", "bay", "river", "mountain", "mount", "island", "islands", "sea",
            "lake", "hall", "palace", "tower", "building", "stadium", "hotel", "hospital", "church", "temple",
            "bridge", "port", "province", "city", "county", "district", "region", "village", "capital", "nation",
            "country", "world", "global", "security", "economic", "economy", "trade", "nuclear", "missile",
            "missiles", "special", "measures", "operation", "operations", "exercise", "exercises", "drill", "drills",
            "program", "programme", "plan", "project", "conference", "forum", "dialogue", "meeting", "session",
            "union", "organization", "association", "society", "federation", "service", "services", "network",
            "broadcasting", "system", "media", "channel", "tv", "radio", "magazine", "review", "gazette", "chosun",
            "joongang", "hankyoreh", "kyunghyang", "hankook", "dong-a", "kbs", "mbc", "sbs", "jtbc", "ytn", "cnn",
            "bbc", "nhk", "xinhua", "ap", "afp", "bloomberg", "nikkei", "workers", "people's", "supreme", "central",
            "military", "intelligence", "nis", "joint", "chiefs", "staff", "affair", "christmas", "chuseok", "lunar",
            "liberation", "independence", "constitution", "parliament", "cabinet", "secretariat", "headquarters",
            "mission", "delegation", "task", "team", "division", "unit", "fleet", "corps", "battalion", "brigade",
            "guard", "police", "prosecution", "prosecutors", "general", "public", "private", "federal", "prime",
            "vice", "deputy", "first", "second", "third", "chief", "senior", "acting", "presidential", "royal",
            "imperial", "western", "eastern", "southern", "northern", "inter-korean", "trilateral", "bilateral",
            "covid", "virus", "pandemic", "vaccine", "vaccines", "gdp", "dollar", "dollars", "yen", "yuan", "percent",
            "jr.", "sr.", "st.", "social", "science", "technology", "industry", "industries", "energy", "business",
            "market", "markets", "stock", "exchange", "fund", "funds", "ltd", "inc", "co", "electronics", "motor",
            "motors", "samsung", "hyundai", "lg", "sk", "god", "lord", "internet", "twitter", "facebook", "youtube",
            "google", "apple", "microsoft", "indo", "pacific", "asean", "nato", "un", "eu", "us", "usfk", "unc",
            "rok", "dprk", "prc", "op-ed", "editorial", "opinion", "column", "video", "nominee", "candidate",
            "designate", "elect", "emeritus", "korean-american", "chinese-american"));

    /** Words after a name that make it the name of a place or institution ("Kim Il Sung Square"). */
    private static final Set<String> NAMED_PLACES = words(
            "square", "university", "stadium", "library", "bridge", "airport", "street", "road", "avenue", "hall",
            "center", "centre", "foundation", "institute", "school", "college", "hospital", "museum", "memorial",
            "station", "building", "tower", "palace", "prize", "award", "military", "academy", "mausoleum", "statue",
            "peace", "presidential", "high", "park", "plaza", "boulevard", "youth", "children's", "socialist",
            "party", "committee", "ministry", "commission", "council", "assembly", "court", "agency", "association",
            "group", "company", "corporation", "corp.", "bank", "union", "league", "club");

    /** First words of two-word place names ("San Francisco", "Los Angeles"), also at a sentence's start. */
    private static final Set<String> PLACE_PREFIXES = Set.of("San", "Santa", "Los", "Las", "New", "Saint", "St.",
            "Sao", "Buenos", "Hong", "Kuala", "Abu", "Tel", "Rio", "Salt", "Kansas", "Tampa", "Green");

    private static final Set<String> NOT_GIVEN_SYLLABLE = words(
            "he", "we", "me", "be", "in", "on", "an", "do", "go", "so", "no", "to", "up", "am", "man", "men",
            "win", "king", "ring", "sing", "gang", "top", "pop", "hop", "him", "ham", "jam", "pal", "pan", "pin",
            "tin", "gun", "bun", "hen", "pen", "ten", "den", "ok", "oh", "ha", "hi", "ma", "pa", "ya", "eh", "um",
            "long", "sun", "run", "sung", "ban", "nam", "ten", "bang", "ping", "pong", "ding", "dong", "tong",
            "hung", "hang", "tip", "tap", "map", "mop", "lip", "hip", "dip", "nip", "rip", "sip", "hum", "gum",
            "sum", "mum", "mom", "pam", "tam", "tim", "kin", "din", "sin", "tan", "ran", "pun", "nun", "hun");

    private static final Pattern SYLLABLE = Pattern.compile(
            "(?:kk|tt|pp|ss|jj|ch|sh|wh|ts|[gkndtrlmbpsjhy])?y?w?"
                    + "(?:eui|a|ae|ai|e|ea|ee|eo|eu|i|ie|o|oe|oi|oo|ou|u|ue|ui|uh)"
                    + "(?:ng|k|n|l|m|p|kk)?");

    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static final Pattern LOOSE_SYLLABLE = Pattern.compile(
            "(?:kk|tt|pp|ss|jj|ch|sh|wh|ts|[gkndtrlmbpsjhy])?y?w?"
                    + "(?:eui|a|ae|ai|e|ea|ee|eo|eu|i|ie|o|oe|oi|oo|ou|u|ue|ui|uh)"
                    + "(?:ng|k|n|l|m|p|kk|g|b|t|d|s|r|ck|lk|lm|h)?");

    /** A title's main word ("Minister", "Judge"), also behind "co-" ("co-CEO"). */
    static boolean isHead(String word) {
        String head = word.regionMatches(true, 0, "co-", 0, 3) && word.length() > 3 ? word.substring(3) : word;
        return HEADS.contains(lower(head)) || CAPITALISED_HEADS.contains(head);
    }

    /** Whether {@code word} names a government portfolio ("Science", "ICT", "Welfare", "Transport"). */
    static boolean isPortfolio(String word) {
        return PORTFOLIOS.contains(word);
    }

    static boolean isModifier(String word) {
        return MODIFIERS.contains(lower(word));
    }

    static boolean isNamedPlaceWord(String word) {
        return NAMED_PLACES.contains(lower(word));
    }

    /** Whether {@code word} starts a place name of two words or more ("San" Francisco, "New" York). */
    static boolean isPlacePrefix(String word) {
        return PLACE_PREFIXES.contains(word);
    }

    static boolean isRank(String head) {
        return RANKS.contains(lower(head));
    }

    static boolean isHonorific(String head) {
        return HONORIFICS.contains(head);
    }

    static boolean isBylineHead(String head) {
        return BYLINE_HEADS.contains(lower(head));
    }

    /** Whether the word is grammar, not part of a name or a title's qualifiers ("the", "under", "Mr."). */
    static boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(lower(word));
    }

    static boolean isStop(String word) {
        return STOP.contains(lower(word));
    }

    static boolean isTitleWord(String word) {
        return isHead(word) || isModifier(word) || CAPITALISED_HEADS.contains(capitalise(word));
    }

    /** A romanised Korean syllable such as "Jong", "un", "Kyung", "hwa". */
    static boolean isKoreanSyllable(String part) {
        String p = lower(part);
        return p.length() <= 6 && SYLLABLE.matcher(p).matches();
    }

    /** A syllable inside a hyphenated given name, where spellings vary more ("Chun-sig", "Hyun-tae"). */
    private static boolean isHyphenSyllable(String part) {
        String p = lower(part);
        return p.length() <= 6 && (SYLLABLE.matcher(p).matches() || LOOSE_SYLLABLE.matcher(p).matches());
    }

    /** A syllable that can stand alone in a spaced given name ("Jong Un"), excluding common English words. */
    static boolean isSpacedGivenSyllable(String word) {
        return isKoreanSyllable(word) && !NOT_GIVEN_SYLLABLE.contains(lower(word)) && !isStop(word);
    }

    /** A hyphenated romanised given name such as "Jong-un", "Jung-Kun" or "Ki-moon". */
    static boolean isHyphenatedGivenName(String word) {
        int dash = word.indexOf('-');
        if (dash <= 0 || dash != word.lastIndexOf('-') || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        return isHyphenSyllable(word.substring(0, dash)) && isHyphenSyllable(word.substring(dash + 1));
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
