"""Kinds planted from the article's own material: a figure or year of one of its sentences restated
later with another value, a name it uses twice misspelt once, a month pair it writes changed, a
quotation it closes left open."""

from __future__ import annotations

import re

from . import Piece, Plant, insert, kind, other_figure, paragraph_ends, pick, sentence_ends
from .inserted import common, pair_plant, one_plant

SENTENCE = re.compile(r"[^.!?؟\n]{30,260}[.!?؟]")
FIGURE = re.compile(r"(?<![\d.,/:-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d/:-])(?:\s*%|\s+[^\s\d.,،]+)")
YEAR_IN = re.compile(r"(?:\b(?:in|since|by|until|of)\s+|(?:عام|العام|سنة|منذ)\s*)((?:19[5-9]|20[0-2])\d)(?!\d)")
LEADS = {"en": ["", "", "As reported earlier, ", "According to the figures, ", "Officials said that ", "In all, "],
         "ar": ["", "", "وكما ذكر سابقا، ", "وبحسب الأرقام، ", "وأوضح المسؤولون أن ", "وفي المجمل، "]}


def is_year_or_date(text: str, s: int, e: int, value: str) -> bool:
    if re.fullmatch(r"(19|20)\d\d", value):
        return True
    around = text[max(0, s - 12):e + 12]
    return bool(re.search(r"January|February|March|April|May|June|July|August|September|October|November|"
                          r"December|يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|"
                          r"ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين", around))


def change_value(value: str, rng, year: bool) -> str:
    if year:
        return str(int(value) + rng.choice([-5, -3, -2, -1, 1, 2, 3]))
    if "." in value:
        return f"{float(value) * rng.choice([0.7, 1.3, 1.5]):.{len(value.split('.')[1])}f}"
    n = int(value.replace(",", ""))
    m = other_figure(n, rng) if n > 1 else n + 3
    return f"{m:,}" if "," in value else str(m)


def restate(article, rng, year: bool):
    """Copy a sentence of the first two thirds, change one figure (or year), put it later."""
    text, lang = article["text"], article["lang"]
    limit = 2 * len(text) // 3
    cands = []
    for m in SENTENCE.finditer(text):
        if m.start() > limit:
            break
        pattern = YEAR_IN if year else FIGURE
        for f in pattern.finditer(m.group()):
            s, e = m.start() + f.start(1), m.start() + f.end(1)
            if re.match(r"[\d.,]|[^\W\d_\u0640]", text[s - 1:s]):
                continue   # the decimals of "4.75%" (the match began after the decimal point), a name ("E17")
            if year or not is_year_or_date(text, s, e, f.group(1)):
                cands.append((m, s, e, m.start() + f.end()))
    if not cands:
        return None
    m, s, e, end = pick(rng, cands)
    sent = m.group().strip()
    off = m.start() + (len(m.group()) - len(m.group().lstrip()))
    new_value = change_value(text[s:e], rng, year)
    restated = sent[:s - off] + new_value + sent[e - off:]
    ev_end = end - off + len(new_value) - (e - s)
    lead = pick(rng, LEADS[lang])
    if lead and lang == "en" and re.match(r"(The|A|An|It|This|There)\b", restated):
        restated = restated[0].lower() + restated[1:]
    if lead and lang == "ar" and restated.startswith("و"):
        restated = restated[1:]
    restated = lead + restated
    shift = len(lead) - (1 if lead and lang == "ar" and sent.startswith("و") else 0)
    later = [p for p in paragraph_ends(text) + sentence_ends(text) if p >= m.end()]
    pos = pick(rng, later) if later else len(text)
    as_para = pos in paragraph_ends(text)
    piece = Piece(pos, ("\n" if as_para else " ") + restated,
                  [(s - off + shift + 1, ev_end + shift + 1)])
    new, spans = insert(text, [piece])
    first = (s, end)
    return Plant("restated_year" if year else "restated_figure", "article sentence" + (" +lead" if lead else ""),
                 new, [first] + spans)


@kind("restated_figure")
def restated_figure(article, rng, data):
    if rng.random() < 0.5:
        plant = restate(article, rng, year=False)
        if plant:
            return plant
    return pair_plant("restated_figure", article, rng, data["restated_figure"][article["lang"]],
                      common(article, rng, data))


@kind("restated_year")
def restated_year(article, rng, data):
    return restate(article, rng, year=True)


# ------------------------------------------------------------------ names -----------------------

EN_STOP = set("""The This That These Those There They Their What When Where Which While With From Into About
After Before Under Over Some Many Most More Much Such Since Also Even Just Only Other Both Each Every However
Meanwhile Although Despite During Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
March April June July August September October November December Reuter Reuters""".split())
EN_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Dr|Mayor|President|Minister|Secretary|Chancellor|Judge|Senator|Governor|"
                      r"Chairman|Prince|King|Queen|Sir|Lord|coach|manager|chief|director|spokesman|"
                      r"spokeswoman)\.?\s+(?:[A-Z][a-z]+\s+)?$")
EN_SAID = re.compile(r",?\s+(?:said|says|told|added|argued|explained|insisted|warned)\b")
EN_PLACE = re.compile(r"(?:\b(?:in|from|to|at|near|across|of|with|for|against)\s+(?:the\s+)?)$")
AR_PERSON = re.compile(r"(?:الرئيس|الرئيسة|الوزير|الوزيرة|رئيس الوزراء|السفير|النائب|الشيخ|الأمير|الملك|"
                       r"الدكتور|المتحدث|اللواء|العقيد|الجنرال|المدرب|اللاعب|السيد|السيدة|المستشار|الناطق|"
                       r"نائب الرئيس|زعيم|قائد)\s+(?:ال\S+\s+){0,2}$")
AR_TOWN = re.compile(r"(?:مدينة|محافظة|ولاية|العاصمة|منطقة|بلدة|قرية|مخيم|إقليم|مطار|ميناء)\s+$")
AR_ORG = re.compile(r"(?:شركة|حزب|حركة|جماعة|منظمة|بنك|مصرف|مجموعة|جامعة|صحيفة|قناة|نادي|فريق)\s+$")
AR_COMMON = set("الرئيس الوزير الحكومة الأنباء الدولة المنطقة العالم البلاد الأمن الجيش الشرطة الوطني الدولي"
                " العربية الإسلامية المتحدة الجديدة الشرق الأوسط أيضا أيضاً وزير رئيس إنه إنها الذي التي خلال بعد قبل"
                " حول عن على إلى مع بين منذ بصورة باسم بسبب خلفا الرابعة".split())
AR_SIMILAR = [("ت", "ث"), ("س", "ص"), ("د", "ذ"), ("ح", "خ"), ("ر", "ز"), ("ع", "غ"), ("ط", "ظ"), ("ف", "ق"),
              ("ك", "ق"), ("ج", "ح"), ("ب", "ن"), ("س", "ش"), ("ض", "ص")]
AR_WORD = re.compile(r"(?<![\u0600-\u06FF])[\u0621-\u064A]{4,}(?![\u0600-\u06FF])")
EN_WORD = re.compile(r"\b[A-Z][a-z]{3,}\b")


def name_candidates(text: str, lang: str) -> dict[str, dict]:
    """Words used at least twice with the kind of name their contexts suggest: person or place."""
    occ: dict[str, list[re.Match]] = {}
    for m in (EN_WORD if lang == "en" else AR_WORD).finditer(text):
        if lang == "en" and m.group() in EN_STOP:
            continue
        occ.setdefault(m.group(), []).append(m)
    out = {}
    for word, ms in occ.items():
        if len(ms) < 2:
            continue
        before = [text[max(0, m.start() - 40):m.start()] for m in ms]
        if lang == "en":
            after = [text[m.end():m.end() + 12] for m in ms]
            person = (any(EN_TITLE.search(b) or re.search(r"(?:said|according to)\s+(?:[A-Z][a-z]+\s+)?$", b)
                          for b in before) or any(EN_SAID.match(a) for a in after))
            place = any(EN_PLACE.search(b) for b in before) and not person
        elif word in AR_COMMON or word.startswith("و") or word.endswith(("ية", "يا")):
            continue   # a common word, a word with the conjunction, a nisba adjective
        else:
            person = any(AR_PERSON.search(b) for b in before) and not word.startswith("ال")
            place = any(AR_TOWN.search(b) or (AR_ORG.search(b) and not word.startswith("ال")) for b in before)
        if person or place:
            out[word] = {"kind": "person" if person else "place", "occ": ms}
    return out


def misspell(word: str, lang: str, rng) -> tuple[str, str]:
    inner = range(1, len(word) - 1)
    how = pick(rng, ["swap", "drop", "change", "change"] if lang == "ar" else ["swap", "drop", "change", "double"])
    i = pick(rng, list(inner))
    if how == "swap" and word[i] != word[i + 1]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:], how
    if how == "drop":
        return word[:i] + word[i + 1:], how
    if how == "double":
        return word[:i] + word[i] + word[i:], how
    if lang == "ar":
        for j in rng.sample(list(inner), len(inner)):
            for a, b in AR_SIMILAR:
                if word[j] in (a, b):
                    return word[:j] + (b if word[j] == a else a) + word[j + 1:], "change"
        return word[:i] + word[i + 1:], "drop"
    vowels = "aeiou"
    c = word[i]
    repl = pick(rng, [v for v in vowels if v != c]) if c in vowels else pick(rng, [x for x in "bdgklmnrst" if x != c])
    return word[:i] + repl + word[i + 1:], "change"


def name_variant(article, rng, which: str):
    text, lang = article["text"], article["lang"]
    cands = {w: c for w, c in name_candidates(text, lang).items() if c["kind"] == which}
    if not cands:
        return None
    word = pick(rng, sorted(cands))
    occ = cands[word]["occ"]
    target = pick(rng, occ[1:])
    for _ in range(5):
        variant, how = misspell(word, lang, rng)
        if variant != word and variant not in text:
            break
    else:
        return None
    new = text[:target.start()] + variant + text[target.end():]
    keep = occ[0]
    return Plant(f"name_{which}", how, new, [(keep.start(), keep.end()),
                                            (target.start(), target.start() + len(variant))])


@kind("name_person")
def name_person(article, rng, data):
    return name_variant(article, rng, "person")


@kind("name_place")
def name_place(article, rng, data):
    return name_variant(article, rng, "place")


# ------------------------------------------------------------------ month pairs, quotes ---------

def pair_pattern(data) -> re.Pattern:
    w = data["words"]["ar"]
    g = "|".join(sorted(w["months"], key=len, reverse=True))
    lv = "|".join(sorted(w["levantine"], key=len, reverse=True))
    return re.compile(rf"(?P<a>{g}|{lv})(?P<sep>\s*/\s*|\s+\(|\s+)(?P<b>{g}|{lv})\)?")


@kind("month_pair", langs=("ar",))
def month_pair(article, rng, data):
    w = data["words"]["ar"]
    text = article["text"]
    pairs = []
    for m in pair_pattern(data).finditer(text):
        a, b = m.group("a"), m.group("b")
        if (a in w["months"]) != (b in w["months"]):
            pairs.append(m)
    if pairs and rng.random() < 0.6:
        m = pick(rng, pairs)
        side = "a" if m.group("a") in w["levantine"] else "b"
        month = w["levantine"].index(m.group(side))
        new_name = w["levantine"][(month + rng.choice([-1, 1, 2])) % 12]
        s, e = m.span(side)
        new = text[:s] + new_name + text[e:]
        end = m.end() + len(new_name) - (e - s)
        return Plant("month_pair", "article pair", new, [(m.start(), end)])
    d = rng.randint(1, 28)
    month = rng.randrange(12)
    wrong = (month + rng.choice([-1, 1, 2])) % 12
    pair = pick(rng, [f"{w['levantine'][wrong]}/{w['months'][month]}", f"{w['months'][month]}/{w['levantine'][wrong]}",
                      f"{w['months'][month]} ({w['levantine'][wrong]})"])
    v = common(article, rng, data)
    v.update(D=d, PAIR=pair, Y=article["published"][:4] if article.get("published") else 2017)
    return one_plant("month_pair", article, rng, pick(rng, data["month_pair"]["ar"]), v)


# a quotation as written: its opening mark before a word, its closing mark after one (not the
# stretch between two quotations, whose "closing" mark opens the next one)
QUOTE = re.compile(r"(?<![^\s:(\[])(\"|“|«)(?=[^\W_])([^\"“”«»\n]{8,200}?)(?<=\S)(\"|”|»)(?![^\W_])")


def open_a_quote(article, rng):
    """Remove the closing mark of one of the article's quotations."""
    text = article["text"]
    quotes = [m for m in QUOTE.finditer(text) if {"\"": "\"", "“": "”", "«": "»"}[m.group(1)] == m.group(3)]
    if not quotes:
        return None
    m = pick(rng, quotes)
    new = text[:m.start(3)] + text[m.end(3):]
    return Plant("unclosed_quote", "article quotation", new, [(m.start(1), m.start(3))])

