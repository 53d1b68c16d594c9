"""Deterministic synthetic news archive for the Sinmun benchmark.

One seeded generator gives, for article i, the same article every time: its title, date, byline, people, topics
and a 600-900 word body (about 10% in Korean). The same articles are written three ways:

  * raw text dumps in the Dong-A English/Korean edition format (content/inbox/*.txt), for `sinmun import`;
  * Markdown with Sinmun front matter (content/articles/YYYY/MM/<slug>.md), for `sinmun build`;
  * a Hugo content folder (content/articles/...) with people/topics taxonomies, for `hugo`.

People (~500) and topics (~80) live in a synthetic registry (content/registry/*.yml) and are drawn per article with
a Zipf-like distribution, so a few terms have thousands of articles and most have a handful.
"""

import bisect
import datetime
import hashlib
import random
import re

SURNAMES = [("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"), ("강", "Kang"),
            ("조", "Cho"), ("윤", "Yoon"), ("장", "Jang"), ("임", "Lim"), ("한", "Han"), ("오", "Oh"),
            ("서", "Seo"), ("신", "Shin"), ("권", "Kwon"), ("황", "Hwang"), ("안", "Ahn"), ("송", "Song"),
            ("류", "Ryu"), ("홍", "Hong")]
SYLLABLES = [("민", "min"), ("수", "su"), ("지", "ji"), ("현", "hyun"), ("영", "young"), ("준", "jun"),
             ("서", "seo"), ("우", "woo"), ("진", "jin"), ("희", "hee"), ("성", "sung"), ("호", "ho"),
             ("은", "eun"), ("동", "dong"), ("상", "sang"), ("혜", "hye"), ("재", "jae"), ("태", "tae"),
             ("경", "kyung"), ("연", "yeon"), ("규", "kyu"), ("석", "seok"), ("훈", "hoon"), ("아", "a")]
ROLES = [("Foreign Minister", "외교부 장관"), ("Vice Foreign Minister", "외교부 차관"), ("Defense Minister", "국방부 장관"),
         ("Unification Minister", "통일부 장관"), ("lawmaker", "국회의원"), ("ambassador", "대사"),
         ("party leader", "당 대표"), ("special envoy", "특별대표"), ("governor", "도지사"), ("mayor", "시장")]
TOPIC_ADJ = [("maritime", "해양"), ("nuclear", "핵"), ("regional", "지역"), ("digital", "디지털"), ("trilateral", "3국"),
             ("energy", "에너지"), ("semiconductor", "반도체"), ("climate", "기후"), ("border", "국경"),
             ("financial", "금융")]
TOPIC_NOUN = [("security talks", "안보 협의"), ("trade dispute", "무역 분쟁"), ("supply chain pact", "공급망 협정"),
              ("sanctions regime", "제재 체제"), ("cooperation framework", "협력 체계"),
              ("investment fund", "투자 기금"), ("defense exercise", "방위 훈련"), ("reform package", "개혁안")]
WORDS = """the a an of to in on for with by from at about after before over under between against during without
and but or so because while although however meanwhile also still even only already again often never
government ministry officials talks meeting agreement statement proposal plan policy budget issue issues
country countries nation allies partners region economy market markets companies industry workers prices
said says told added noted stressed explained warned claimed announced confirmed denied expected
will would could should may might must can need needs wanted plans hopes seems appears remains
new next last first second recent further major key senior former current local foreign domestic public
week month year years day days time period round stage process progress result results support concern
concerns pressure response reaction position stance view views interest interests role share cost costs
discussion discussions negotiations cooperation relations ties dialogue exchange visit trip briefing
reporters press correspondents sources observers experts analysts critics lawmakers voters citizens
military defense security troops forces alliance summit deal framework schedule details matter matters
long short early late high low strong weak clear unclear difficult possible likely unlikely important
is are was were be been being has have had do does did not no more most less many much some any each
that this these those which who whom whose what when where why how there here than then as if""".split()
KO_PARTICLES = ["은", "는", "이", "가", "을", "를", "에", "에서", "와", "과", "의", "도", "로"]
KO_ENDINGS = ["했다", "밝혔다", "말했다", "전했다", "설명했다", "강조했다", "알려졌다", "보인다"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
START = datetime.datetime(2010, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=9)))
SPAN_MINUTES = 16 * 365 * 24 * 60
PEOPLE = 500
TOPICS = 80


def slugify(text):
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", text.lower())).strip("-")


def zipf_cdf(n, s=1.0):
    weights = [1.0 / (rank ** s) for rank in range(1, n + 1)]
    total, acc, cdf = sum(weights), 0.0, []
    for w in weights:
        acc += w
        cdf.append(acc / total)
    return cdf


def draw_distinct(rng, cdf, count):
    chosen = []
    while len(chosen) < count:
        k = min(bisect.bisect_left(cdf, rng.random()), len(cdf) - 1)
        if k not in chosen:
            chosen.append(k)
    return chosen


class Registry:
    """500 people and 80 topics with English and Korean names, fixed by the seed."""

    def __init__(self, seed):
        rng = random.Random(f"registry-{seed}")
        self.people, seen = [], set()
        while len(self.people) < PEOPLE:
            (sko, sen), (g1ko, g1en), (g2ko, g2en) = rng.choice(SURNAMES), rng.choice(SYLLABLES), rng.choice(SYLLABLES)
            en = f"{sen} {g1en.capitalize()}-{g2en}"
            if en in seen:
                continue
            seen.add(en)
            role = rng.choice(ROLES)
            self.people.append({"id": slugify(en), "en": en, "ko": sko + g1ko + g2ko, "role": role})
        self.topics = []
        combos = [(a, n) for a in TOPIC_ADJ for n in TOPIC_NOUN]
        rng.shuffle(combos)
        for (aen, ako), (nen, nko) in combos[:TOPICS]:
            en = f"{aen.capitalize()} {nen}"
            self.topics.append({"id": slugify(en), "en": en, "ko": f"{ako} {nko}"})
        self.people_cdf = zipf_cdf(len(self.people))
        self.topics_cdf = zipf_cdf(len(self.topics))

    def people_yaml(self, changed=None):
        out = ["# Synthetic registry for the benchmark (bench/synth.py).", ""]
        for p in self.people:
            ko = changed if changed is not None and p is self.people[0] else p["ko"]
            out += [f"- id: {p['id']}", f"  en: {p['en']}", f"  ko: {ko}", "  aliases:", "    en: []", "    ko: []",
                    "  roles:", f"    - {{en: {p['role'][0]}, ko: {p['role'][1]}, org: Republic of Korea, "
                                f"from: 2010-01, to: null}}", "  country: KR", "  wikidata: null", ""]
        return "\n".join(out)

    def topics_yaml(self):
        out = ["# Synthetic registry for the benchmark (bench/synth.py).", ""]
        for t in self.topics:
            out += [f"- id: {t['id']}", f"  en: {t['en']}", f"  ko: {t['ko']}", "  aliases:", "    en: []",
                    "    ko: []", f"  description: {{en: Synthetic topic {t['en']}., ko: 합성 주제 {t['ko']}.}}", ""]
        return "\n".join(out)


class Article:
    """Article i of the synthetic archive: every field derived from (seed, i) alone."""

    def __init__(self, registry, seed, i, edit=0):
        rng = random.Random(f"article-{seed}-{i}")
        self.i = i
        self.ko = rng.random() < 0.10
        self.people = [registry.people[k] for k in draw_distinct(rng, registry.people_cdf, rng.randint(2, 5))]
        self.topics = [registry.topics[k] for k in draw_distinct(rng, registry.topics_cdf, rng.randint(1, 4))]
        self.posted = START + datetime.timedelta(minutes=rng.randrange(SPAN_MINUTES))
        self.updated = self.posted + datetime.timedelta(minutes=rng.randrange(0, 600)) if rng.random() < 0.7 else None
        self.reporter = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(4, 9)))
        self.title = self._title(rng)
        self.paragraphs = self._korean_body(rng) if self.ko else self._english_body(rng)
        if edit:
            self.paragraphs[-1] += f" This sentence was added by benchmark edit {edit}."
        self.slug = (self._ko_slug if self.ko else slugify(self.title)) + f"-{i}"

    def _title(self, rng):
        p, t = self.people[0], self.topics[0]
        if self.ko:
            self._ko_slug = "-".join(slugify(x) for x in (p["id"], t["id"], "nonui"))
            return f"{p['ko']} “{t['ko']} 논의 {rng.choice(['본격화', '난항', '합의', '재개'])}”"
        verb = rng.choice(["stumbles over", "pushes for", "rejects", "revisits", "questions", "backs"])
        return f"{p['en']} {verb} {t['en'].lower()} {rng.choice(['again', 'amid criticism', 'before summit', 'in Seoul'])}"

    def _english_body(self, rng):
        target, words, paragraphs = rng.randint(580, 860), 0, []
        while words < target:
            sentences = []
            for _ in range(rng.randint(3, 6)):
                n = rng.randint(12, 24)
                w = [rng.choice(WORDS) for _ in range(n)]
                r = rng.random()
                if r < 0.35:
                    p = rng.choice(self.people)
                    w[rng.randrange(n)] = f"{p['role'][0]} {p['en']}"
                elif r < 0.55:
                    w[rng.randrange(n)] = "the " + rng.choice(self.topics)["en"].lower()
                sentence = " ".join(w)
                sentences.append(sentence[0].upper() + sentence[1:] + ".")
                words += len(sentence.split())
            paragraphs.append(" ".join(sentences))
        return paragraphs

    def _korean_body(self, rng):
        target, words, paragraphs = rng.randint(580, 860), 0, []
        while words < target:
            sentences = []
            for _ in range(rng.randint(3, 6)):
                w = []
                for _ in range(rng.randint(8, 16)):
                    syl = "".join(rng.choice(SYLLABLES)[0] for _ in range(rng.randint(2, 3)))
                    w.append(syl + rng.choice(KO_PARTICLES))
                r = rng.random()
                if r < 0.35:
                    p = rng.choice(self.people)
                    w.insert(0, f"{p['ko']} {p['role'][1]}은")
                elif r < 0.55:
                    w.insert(0, rng.choice(self.topics)["ko"] + "에")
                w.append(rng.choice(KO_ENDINGS) + ".")
                sentences.append(" ".join(w))
                words += len(w)
            paragraphs.append(" ".join(sentences))
        return paragraphs

    @property
    def email(self):
        return f"{self.reporter}@donga.com"

    @property
    def inbox_name(self):
        return f"{self.i:06d}_{hashlib.sha256(f'{self.i}'.encode()).hexdigest()[:16]}.txt"

    @property
    def month_dir(self):
        return f"{self.posted:%Y}/{self.posted:%m}"

    def raw_dump(self):
        """The visible text of the article page, as the inbox holds it."""
        if self.ko:
            fmt = "%Y-%m-%d %H:%M:%S"
            dates = f"입력 {self.posted.strftime(fmt)}"
            if self.updated:
                dates += f" | 수정 {self.updated.strftime(fmt)}"
            head = ["Go to contents", self.title, self.title, dates, "English"]
            tail = [f"{self.reporter} 기자 {self.email}"]
        else:
            def stamp(d):
                return f"{MONTHS[d.month - 1]}. {d.day:02d}, {d.year} {d:%H:%M}"
            head = ["Go to contents", self.title, self.title, f"Posted {stamp(self.posted)},\u00a0 \u00a0 \u00a0 "]
            if self.updated:
                head.append(f"Updated {stamp(self.updated)}")
            head.append("한국어")
            tail = ["", self.email]
        return "\n\n".join(head + self.paragraphs + tail) + "\n"

    def summary(self):
        first = self.paragraphs[0]
        cut = first.find(". ") + 1 if not self.ko else first.find("다. ") + 2
        return first[:cut] if 0 < cut <= 300 else first[:280].rsplit(" ", 1)[0] + "…"

    def words(self):
        return sum(len(p.split()) for p in self.paragraphs)

    def body(self):
        return "\n\n".join(self.paragraphs) + "\n"

    def sinmun_markdown(self):
        iso = "%Y-%m-%dT%H:%M:%S+09:00"
        other = "en" if self.ko else "ko"
        lines = ["---", f"title: {yaml_str(self.title)}", f"lang: {'ko' if self.ko else 'en'}",
                 f"posted: {self.posted.strftime(iso)}",
                 f"updated: {self.updated.strftime(iso) if self.updated else 'null'}",
                 f"byline: {self.email}",
                 f"source: {{name: {{en: The Dong-A Ilbo, ko: 동아일보}}, url: null, file: inbox/{self.inbox_name}}}",
                 f"translations: {{{other}: {{url: null}}}}", "people:"]
        for p in self.people:
            role = p["role"][1] if self.ko else p["role"][0]
            lines.append(f"  - {{id: {p['id']}, en: {p['en']}, ko: {p['ko']}, role: {role}}}")
        lines.append("topics:")
        for t in self.topics:
            lines.append(f"  - {{id: {t['id']}, en: {t['en']}, ko: {t['ko']}}}")
        lines += ["organizations: []", "places: []", f"summary: {yaml_str(self.summary())}", f"words: {self.words()}",
                  "---", ""]
        return "\n".join(lines) + "\n" + self.body()

    def hugo_markdown(self):
        iso = "%Y-%m-%dT%H:%M:%S+09:00"
        lines = ["---", f"title: {yaml_str(self.title)}", f"date: {self.posted.strftime(iso)}"]
        if self.updated:
            lines.append(f"lastmod: {self.updated.strftime(iso)}")
        lines += [f"slug: {self.slug}", f"lang: {'ko' if self.ko else 'en'}", f"byline: {self.email}",
                  f"summary: {yaml_str(self.summary())}",
                  "people: [" + ", ".join(p["id"] for p in self.people) + "]",
                  "topics: [" + ", ".join(t["id"] for t in self.topics) + "]", "---", ""]
        return "\n".join(lines) + "\n" + self.body()


def yaml_str(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
