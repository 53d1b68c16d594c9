package dev.sinmun.ingest;

import dev.sinmun.model.BilingualName;
import java.util.Locale;
import java.util.Map;

/** Known news outlets by e-mail or web domain; sub-domains match their parent. */
public final class Outlets {

    private static final Map<String, BilingualName> KNOWN = Map.ofEntries(
            Map.entry("donga.com", new BilingualName("The Dong-A Ilbo", "동아일보")),
            Map.entry("yna.co.kr", new BilingualName("Yonhap News Agency", "연합뉴스")),
            Map.entry("koreaherald.com", new BilingualName("The Korea Herald", "코리아헤럴드")),
            Map.entry("koreatimes.co.kr", new BilingualName("The Korea Times", "코리아타임스")),
            Map.entry("joongang.co.kr", new BilingualName("The JoongAng", "중앙일보")),
            Map.entry("joins.com", new BilingualName("Korea JoongAng Daily", "코리아중앙데일리")),
            Map.entry("hani.co.kr", new BilingualName("The Hankyoreh", "한겨레")),
            Map.entry("chosun.com", new BilingualName("The Chosun Ilbo", "조선일보")),
            Map.entry("kbs.co.kr", new BilingualName("KBS", "KBS")),
            Map.entry("sbs.co.kr", new BilingualName("SBS", "SBS")));

    private static final BilingualName UNKNOWN = new BilingualName(null, null);

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
