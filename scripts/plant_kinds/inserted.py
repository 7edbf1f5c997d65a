"""Kinds planted as short sentences written for the generator (templates in plant_templates.toml),
filled with invented names and figures, and placed into the article at varied positions."""

from __future__ import annotations

import datetime as dt

from . import (Plant, article_year, fmt_int, kind, other_figure, pick, place_one, place_pair, published,
               render, swap_order)

EN_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def en_words(n: int) -> str:
    if n < 20:
        return EN_UNITS[n]
    t, u = divmod(n, 10)
    return EN_TENS[t] + ("-" + EN_UNITS[u] if u else "")


def two_people(rng, words) -> tuple[str, str]:
    a = pick(rng, words["people"])
    b = pick(rng, [p for p in words["people"] if p != a])
    return a, b


def common(article, rng, data) -> dict:
    """Slots every template may use: people, places, organisations, teams, currency, two figures."""
    lang = article["lang"]
    w = data["words"][lang]
    p, _ = two_people(rng, w)
    c1 = pick(rng, w["cities"])
    c2 = pick(rng, [c for c in w["cities"] if c != c1])
    t1 = pick(rng, w["teams"])
    n1 = rng.choice([rng.randint(12, 95), rng.randint(120, 990), rng.randint(1100, 9800)])
    n2 = other_figure(n1, rng)
    a1 = rng.choice([rng.randint(2, 9), round(rng.uniform(1.2, 9.8), 1)])
    a2 = a1 + rng.choice([-1, 1]) * rng.choice([0.4, 0.6, 1, 1.5]) if a1 > 2 else a1 + 1.1
    return {
        "P": p, "P_SUR": p.split()[-1], "C": c1, "C2": c2, "O": pick(rng, w["orgs"]), "T": t1,
        "T2": pick(rng, [t for t in w["teams"] if t != t1]), "CUR": pick(rng, w["currency"]),
        "N1": fmt_int(n1, lang, rng), "N2": fmt_int(n2, lang, rng),
        "W1": en_words(n1).capitalize() if n1 < 100 else fmt_int(n1, lang, rng),
        "A1": f"{a1:g}", "A2": f"{round(a2, 1):g}",
    }


def pair_plant(name: str, article, rng, pairs, values: dict) -> Plant:
    first, second = pick(rng, pairs)
    a, b = render(first, values), render(second, values)
    if second:
        a, b = swap_order(rng, a, b) if name != "event_dates" or rng.random() < 0.3 else (a, b)
        text, spans, layout = place_pair(article["text"], rng, a, b)
    else:
        text, spans, layout = place_one(article["text"], rng, a, pick(rng, ["start", "middle", "end"]))
    return Plant(name, f"template/{layout}", text, spans)


def one_plant(name: str, article, rng, template: str, values: dict, where: str | None = None) -> Plant:
    where = where or pick(rng, ["start", "middle", "end", "any"])
    text, spans, layout = place_one(article["text"], rng, render(template, values), where)
    return Plant(name, layout, text, spans)


# ------------------------------------------------------------------ dates -----------------------

def fmt_date(d: dt.date, lang: str, rng, data, year: bool | None = None) -> str:
    w = data["words"][lang]
    year = rng.random() < 0.5 if year is None else year
    if lang == "en":
        m = w["months"][d.month - 1]
        s = f"{d.day} {m}" if rng.random() < 0.5 else f"{m} {d.day}"
        return s + (f", {d.year}" if year and not s[0].isdigit() else f" {d.year}" if year else "")
    style = rng.randrange(4)
    g, lv = w["months"][d.month - 1], w["levantine"][d.month - 1]
    m = [g, lv, f"{lv}/{g}", f"{g}/{lv}"][style]
    return f"{d.day} {m}" + (f" {d.year}" if year else "")


def fmt_month(month: int, lang: str, rng, data) -> str:
    w = data["words"][lang]
    if lang == "en":
        return w["months"][month - 1]
    return pick(rng, [w["months"][month - 1], w["levantine"][month - 1],
                      f"{w['levantine'][month - 1]}/{w['months'][month - 1]}"])


def a_day(rng, year: int) -> dt.date:
    return dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))


# ------------------------------------------------------------------ kinds ----------------------

@kind("quantity")
def quantity(article, rng, data):
    return pair_plant("quantity", article, rng, data["quantity"][article["lang"]], common(article, rng, data))


@kind("event_dates")
def event_dates(article, rng, data):
    v = common(article, rng, data)
    y1 = article_year(article) - rng.randint(3, 30)
    v.update(Y1=y1, Y2=y1 + rng.choice([-3, -2, -1, 1, 2, 4]), M=fmt_month(rng.randint(1, 12), article["lang"], rng, data))
    return pair_plant("event_dates", article, rng, data["event_dates"][article["lang"]], v)


@kind("role_conflict")
def role_conflict(article, rng, data):
    return pair_plant("role_conflict", article, rng, data["role_conflict"][article["lang"]], common(article, rng, data))


@kind("timeline")
def timeline(article, rng, data):
    v = common(article, rng, data)
    y1 = article_year(article) - rng.randint(8, 30)
    y2 = y1 + rng.randint(4, 9)
    v.update(Y1=y1, Y2=y2, YM=rng.randint(y1 + 1, y2 - 1))
    pairs = data["timeline"][article["lang"]]
    first, second = pick(rng, pairs)
    if "stepped down" in first or "تنحيه" in first:   # a period that ended: the act comes after it
        v["YM"] = y1 + rng.randint(2, 5)
    a, b = render(first, v), render(second, v)
    text, spans, layout = place_pair(article["text"], rng, a, b)
    return Plant("timeline", f"template/{layout}", text, spans)


@kind("age")
def age(article, rng, data):
    lang, pub = article["lang"], published(article)
    v = common(article, rng, data)
    y = pub.year if pub else article_year(article) - rng.randint(0, 6)
    real_age = rng.randint(28, 70)
    by = y - real_age
    wrong = real_age + rng.choice([-9, -6, -5, -4, 4, 5, 7, 10])
    decades = rng.randint(1, 4)
    fy = y - decades * 10 + rng.choice([-6, -5, 5, 7])
    v.update(AGE=wrong, BY=by, Y=y, FY=fy, TENS=data["words"][lang]["tens"][decades])
    table = data["age"][f"{lang}_implicit"] if pub and rng.random() < 0.6 else data["age"][f"{lang}_anchored"]
    return pair_plant("age", article, rng, table, v)


def wrong_day(rel: str, pub: dt.date, rng) -> dt.date:
    """A day the relative words cannot name, seen from the publication date."""
    before, after = -rng.randint(20, 90), rng.randint(4, 40)
    offset = {"last_week": rng.choice([before, after]), "yesterday": rng.choice([before, after]),
              "next_week": -rng.randint(3, 40), "tomorrow": -rng.randint(2, 30),
              "last_month": rng.choice([-rng.randint(70, 150), rng.randint(5, 25)])}.get(rel, before)
    return pub + dt.timedelta(days=offset)


@kind("relative_date")
def relative_date(article, rng, data):
    pub = published(article)
    if not pub:
        return None
    lang = article["lang"]
    entry = pick(rng, data["relative_date"][lang])
    v = common(article, rng, data)
    rel = entry["rel"]
    d = wrong_day(rel, pub, rng)
    month = {"next_month": (pub.month + rng.choice([1, 2, 4])) % 12 + 1,
             "last_month": (pub.month - rng.choice([2, 3, 5]) - 1) % 12 + 1,
             "earlier_this_year": rng.randint(pub.month + 1, 12) if pub.month < 12 else None}.get(rel, d.month)
    if month is None:
        return None
    year = pub.year - rng.choice([0, 2, 3])
    v.update(D=fmt_date(d, lang, rng, data, year=False), M=fmt_month(month, lang, rng, data), Y=year)
    text, spans, layout = place_one(article["text"], rng, render(entry["t"], v), pick(rng, ["start", "middle", "end"]))
    return Plant("relative_date", f"{rel}/{layout}", text, spans)


@kind("chronology")
def chronology(article, rng, data):
    lang = article["lang"]
    entry = pick(rng, data["chronology"][lang])
    d1 = a_day(rng, article_year(article))
    gap = dt.timedelta(days=rng.randint(2, 9))
    d2 = d1 - gap if entry["order"] == "later" else d1 + gap
    v = common(article, rng, data)
    with_year = rng.random() < 0.3
    v.update(D1=fmt_date(d1, lang, rng, data, with_year), D2=fmt_date(d2, lang, rng, data, with_year))
    return one_plant("chronology", article, rng, entry["t"], v)


def join_list(items, w) -> str:
    return w["list_sep"].join(items[:-1]) + w["list_and"] + items[-1]


@kind("count_list")
def count_list(article, rng, data):
    lang = article["lang"]
    w = data["words"][lang]
    entry = pick(rng, data["count_list"][lang])
    count = rng.randint(3, 6)
    n = count + rng.choice([-1, 1])
    pool = w["cities"] if ("factories" in entry["t"] or "منشآت" in entry["t"]) else w["people"]
    items = rng.sample(pool, n)
    if lang == "en":
        word = w["numbers"][count]
    else:
        word = w["numbers_fem" if entry.get("gender") == "fem" else "numbers_masc"][count]
    v = common(article, rng, data)
    v.update(COUNT=word, COUNT_CAP=word.capitalize(), DIGITS=count, LIST=join_list(items, w))
    return one_plant("count_list", article, rng, entry["t"], v)


@kind("shares")
def shares(article, rng, data):
    v = common(article, rng, data)
    s1 = rng.randint(35, 60)
    s2 = rng.randint(25, 45)
    s3 = rng.randint(max(5, 112 - s1 - s2), max(12, 140 - s1 - s2))
    v.update(S1=s1, S2=s2, S3=s3)
    return one_plant("shares", article, rng, pick(rng, data["shares"][article["lang"]]), v)


@kind("inverted_range")
def inverted_range(article, rng, data):
    lang = article["lang"]
    v = common(article, rng, data)
    y2 = article_year(article) - rng.randint(2, 20)
    da = rng.randint(12, 28)
    v.update(Y1=y2 + rng.randint(2, 8), Y2=y2, DA=da, DB=da - rng.randint(3, 10),
             M=fmt_month(rng.randint(1, 12), lang, rng, data))
    return one_plant("inverted_range", article, rng, pick(rng, data["inverted_range"][lang]), v)


@kind("weekday")
def weekday(article, rng, data):
    lang = article["lang"]
    w = data["words"][lang]
    pub = published(article)
    year = pub.year if pub else article_year(article)
    d = a_day(rng, year)
    wrong = (d.weekday() + rng.randint(1, 6)) % 7
    v = common(article, rng, data)
    v.update(WD=w["weekdays"][wrong], DATE=fmt_date(d, lang, rng, data, year=not pub or rng.random() < 0.6))
    return one_plant("weekday", article, rng, pick(rng, data["weekday"][lang]), v)


@kind("unclosed_quote")
def unclosed_quote(article, rng, data):
    from .derived import open_a_quote
    if rng.random() < 0.5:
        plant = open_a_quote(article, rng)
        if plant:
            return plant
    return one_plant("unclosed_quote", article, rng, pick(rng, data["unclosed_quote"][article["lang"]]),
                     common(article, rng, data))


@kind("residue")
def residue(article, rng, data):
    lang = article["lang"]
    line = pick(rng, data["residue"][lang])
    line = line.format(H=pick(rng, data["residue"][f"headlines_{lang}"]), N=rng.randint(2, 240))
    text, where = article["text"], pick(rng, ["start", "middle", "end", "end"])
    from . import insert, paragraph_ends, piece_at
    ends = paragraph_ends(text)
    zone = {"start": ends[:2], "middle": ends[len(ends) // 3: 2 * len(ends) // 3 + 1], "end": ends[-2:]}[where]
    pos = pick(rng, zone or ends)
    new, spans = insert(text, [piece_at(text, pos, line, [(0, len(line))], True)])
    return Plant("residue", where, new, spans)
