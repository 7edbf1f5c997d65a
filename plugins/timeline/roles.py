"""Roles used after they ended: "chaired the board until she stepped down in 2016" … "in 2019,
as chair". Two kinds of statements for TIME001 (scope ``after``): a role said to have ended at a
date (a role word, then a word of ending and the date), and a role the subject acts in at a date
("as chair", `بصفتها رئيسة`). The words are ``[timeline.roles]``.
"""

from __future__ import annotations

from functools import lru_cache

from checker.language.matching import WS, alternation, anchor, matched_key, phrase_key, prefixes, whole_word
from checker.language.normalize import normalize_text
from checker.language.regexes import compiled

_GAP = 60   # characters between a role word, its ending and its date
_STOP = compiled(r"[.!?؟\n]")   # ends a sentence


@lru_cache(maxsize=32)
def _patterns(lex):
    r = lex.section("timeline", {}).get("roles", {})
    key_of = {phrase_key(w): key for key, words in r.get("words", {}).items() for w in words}
    if not key_of:
        return None
    role = alternation(key_of)
    nouns = [f"{lead} {poss} {noun}" for lead in r.get("ended_noun_leads", [])
             for poss in r.get("possessives", []) for noun in r.get("ended_nouns", [])]
    ended, as_ = alternation(r.get("ended", []) + nouns), alternation(r.get("as", []))
    pre = prefixes(lex)
    out = {"key_of": key_of,
           "back": compiled(whole_word(f"(?:{alternation(r.get('again', []))})", pre)) if r.get("again") else None,
           "former": compiled(whole_word(f"(?:{alternation(r.get('former', []))})", prefixes(lex, True)))
           if r.get("former") else None,
           # a word right after the role that makes it another one (`الأمين العام المساعد`)
           "not_after": compiled(rf"{WS}+(?:{alternation(r['not_after'])})(?![^\W\d_])") if r.get("not_after") else None,
           "deputy": frozenset(normalize_text(w).lower() for w in r.get("deputies", [])),
           "acting": frozenset(normalize_text(w).lower() for w in r.get("acting_as", [])),
           "anew": frozenset(normalize_text(w).lower() for w in r.get("taken_anew", [])),
           # a word of ending (of "as") in a span, else the pattern of its kind is not run there
           "ended_in": anchor(r.get("ended", []) + nouns), "as_in": anchor(r.get("as", []))}
    out["role"] = compiled(whole_word(f"(?P<role>{role})", prefixes(lex, True)))
    out["ended"] = compiled(whole_word(f"(?P<role>{role})", prefixes(lex, True)) + rf"(?P<mid>[^.!?؟\n]{{0,{_GAP}}}?)"
                            + whole_word(f"(?P<end>{ended})", pre)) if ended else None
    # a role bounded by a date ("chaired the association from 2010 until 2016", "until late 2021", `حتى أواخر عام
    # 2021`), its words between
    leads = f"(?:(?:{alternation(r['date_leads'])}){WS}+)*" if r.get("date_leads") else ""
    until = whole_word(f"(?P<end>{alternation(r['ended_by_date'])})", pre) + rf"(?={WS}*{leads}\d)" if r.get("ended_by_date") else None
    # … or by a range of years after a word that opens it ("headed the union between 2013 and 2017", `بين عامي
    # 2011 و2017`); and a word for the post told back after the role (`مدير السجن …، الذي شغل المنصب حتى 2021`)
    ranged = (whole_word(f"(?P<end>{alternation(r['ranged_by'])})", pre) + rf"(?={WS}*{leads}\d{{4}}{WS}*"
              rf"(?:{alternation(r.get('range_joiners', []))}){WS}*{leads}\d{{4}})") if r.get("ranged_by") else None
    titled, mid = whole_word(f"(?P<role>{role})", prefixes(lex, True)), rf"(?P<mid>[^.!?؟\n]{{0,{_GAP}}}?)"
    out["bounded"] = compiled(titled + mid + until) if until else None
    out["bounded_in"] = anchor(r.get("ended_by_date", []) + r.get("ranged_by", []))
    out["ranged"] = compiled(titled + mid + ranged) if ranged else None
    out["posts"] = [compiled(whole_word(f"(?P<role>{alternation(r['posts'])})", prefixes(lex, True)) + mid + x)
                    for x in (until, ranged) if x] if r.get("posts") else []
    # words of ``as_between`` ("as its chair") or up to two other words may stand between ("as market
    # director", "as chief building inspector"), but not one that makes it another role (``as_not_between``:
    # "as deputy director")
    not_between = f"(?!(?:{alternation(r['as_not_between'])}){WS})" if r.get("as_not_between") else ""
    between = f"(?:(?:(?:{alternation(r['as_between'])})|{not_between}[^\\W\\d_]+(?:['’]s)?){WS}+){{0,2}}" if r.get("as_between") else ""
    # the ending told first, the role after it ("stepped down as chair of the trust", `تنحى عن رئاسة`)
    out["ended_as"] = compiled(whole_word(f"(?P<end>{ended}){WS}+(?:{alternation(r['ended_as'])}){WS}+{between}"
                                          f"{prefixes(lex, True)}(?P<role>{role})", pre)) if ended and r.get("ended_as") else None
    out["as"] = compiled(whole_word(f"(?P<as>{as_}){WS}+{between}{prefixes(lex, True)}(?P<role>{role})", pre)) \
        if as_ else None
    return out


def role_hits(lex, view, spans=None) -> list[tuple]:
    """(normalised start, end, kind, role key) of the ended roles and roles acted in of a text (a post
    told back has a fifth item, the text its body is named in: :func:`_posts`)
    (of its normalised ``spans`` only, when given): kind ``ended``, ``bounded`` (by a date: "until
    2016") or ``as``; a role called
    former (`السابق`, "former") is neither, and a role the text says was taken up again
    ("returned as chair", `أعيد انتخابه رئيساً`, anywhere in the text) gives none."""
    p = _patterns(lex)
    if p is None:
        return []
    out: list = []
    ranged: list = []   # bounded by a range or told back as "the post": kept where the role is acted in too
    for ns, ne in spans if spans is not None else [(0, len(view.text))]:
        _in_span(p, view, ns, ne, out)
        if p["bounded"] is not None and (p["bounded_in"] is None or p["bounded_in"].search(view.text, ns, ne)):
            posts = _posts(p, view, ns, ne)   # (the post told back, not the role before it: `مدير السجن …، الذي شغل المنصب حتى`)
            bounded = [(m.start(), m.end("end"), "bounded", p["key_of"][matched_key(m.group("role"))])
                       for m in p["bounded"].finditer(view.text, ns, ne) if not any(m.start() < x[0] < m.end() for x in posts)]
            ranged += [(m.start(), m.end("end"), "bounded", p["key_of"][matched_key(m.group("role"))])
                       for m in p["ranged"].finditer(view.text, ns, ne) if not any(m.start() < x[0] < m.end() for x in posts)] \
                if p["ranged"] is not None else []
            ranged += posts
            # (a role acted in "as" and bounded by a date is bounded: "served as deputy governor until 2018")
            acted = {h for h in out if h[2] == "as" and any(h[0] <= x[0] < h[1] and x[3] == h[3] for x in bounded)}
            out[:] = [h for h in out if h not in acted]
            told = [(h[0], h[1]) for h in out]
            out += [x for x in bounded if not any(a <= x[0] < b for a, b in told)]
    acted = {h[3] for h in out if h[2] == "as"}
    told = [(h[0], h[1]) for h in out]
    out += [x for x in ranged if x[3] in acted and not any(a <= x[0] < b for a, b in told)]
    if p["not_after"] is not None:
        out = [h for h in out if not p["not_after"].match(view.text, h[1])]
    if p["deputy"]:   # "deputy foreign minister until 2019": a deputy's post, not the minister's
        out = [h for h in out if h[2] == "as" or not p["deputy"] & set(view.text[max(0, h[0] - 30):h[0]].split()[-2:])]
    if not out:
        return out
    ne = len(view.text)
    again, here = set(), []   # roles taken up again (anywhere), or anew in one sentence (its span and role)
    if p["back"] is not None:
        for m in p["back"].finditer(view.text):
            word = " ".join(m.group().split()).lower()
            if word in p["acting"] and p["as"] is not None and p["as"].match(view.text, m.end() + 1):
                continue   # "acting as treasurer, she signed": acting in the role, not an interim one
            stop = _STOP.search(view.text, m.end(), min(ne, m.end() + 40))   # in its own sentence
            for r in p["role"].finditer(view.text, m.end(), stop.start() if stop else min(ne, m.end() + 40)):
                key = p["key_of"][matched_key(r.group("role"))]
                if word in p["anew"]:   # "was sworn in as foreign minister on January 24": that sentence's role only
                    lo = max((x.end() for x in _STOP.finditer(view.text, max(0, m.start() - 300), m.start())), default=0)
                    here.append((lo, stop.start() if stop else ne, key))
                else:
                    again.add(key)
    return [h for h in out if h[3] not in again and not any(lo <= h[0] < hi and k == h[3] for lo, hi, k in here)]


def _posts(p, view, ns: int, ne: int) -> list[tuple[int, int, str, str]]:
    """Bounded hits of a word for the post told back (`المنصب`, "the post"): the role is the last role
    word before it in its sentence (`مدير السجن السابق، العقيد فواز الشمري، الذي شغل المنصب حتى أواخر عام
    2021`), and its body is named in the words after that role (a fifth item, the text to read it from);
    none when its sentence names no role before it."""
    out = []
    for m in (m for rx in p["posts"] for m in rx.finditer(view.text, ns, ne)):
        stop = max(ns, max((x.end() for x in _STOP.finditer(view.text, ns, m.start())), default=ns))
        roles = [r for r in p["role"].finditer(view.text, stop, m.start())]
        if roles:   # (its body: the words right after that role, up to a comma: `مدير المستشفى السابق`)
            r = roles[-1]
            out.append((m.start(), m.end("end"), "bounded", p["key_of"][matched_key(r.group("role"))],
                        _CLAUSE_END.split(view.text[r.end():m.start()], 1)[0]))
    return out


_CLAUSE_END = compiled(r"[,،;؛:]")


def written_role(doc, start: int, end: int) -> str:
    """The first role word of original ``[start, end)`` as the text writes it (`رئاسة`, "chief executive"), or ""."""
    p, view = _patterns(doc.lexicon), doc.normalized
    m = p["role"].search(view.text, view.from_original(start), view.from_original(end)) if p is not None else None
    verbs = {normalize_text(w).lower() for w in doc.lexicon.section("timeline", {}).get("roles", {}).get("verbs", [])}
    if m is None or m.group("role").lower() in verbs:
        return ""
    s, e = view.to_original(m.start("role"), m.end("role"))
    return doc.text[s:e]


def bounded_body(lex, text: str, at: int, end: int) -> str:
    """The text that names the body of a role bounded by a date at ``[at, end)`` of normalised ``text``:
    after the role word (`أمينة الصندوق`: its words are no body's), and a name quoted before it in its
    clause (`وقاد الحربي «سلة الحي» رئيساً تنفيذياً من 2015`)."""
    p = _patterns(lex)
    m = p["role"].match(text, at) if p is not None else None
    lo = max([x.end() for x in _CLAUSE_OR_STOP.finditer(text, max(0, at - _GAP), at)], default=max(0, at - _GAP))
    return " ".join(_QUOTED.findall(text, lo, at)) + " " + text[m.end() if m is not None else at:end]


_CLAUSE_OR_STOP = compiled(r"[,،;؛:.!?؟\n]")
_QUOTED = compiled(r"[«\"“]([^»\"”\n]{1,40})[»\"”]")


def body_words(lex, text: str) -> frozenset[str]:
    """The words of a role's body told in ``text`` (normalised; the text between a role and the date
    that bounds it, or after a role acted in): words of four letters or more, no role word, stop word
    or number, without a proclitic and the article (`للصندوق`, `الصندوق`)."""
    p, stop = _patterns(lex), _stopwords(lex)
    lead = _lead_rx(lex)
    out = set()
    for w in _WORDS.findall(text.lower()):
        if p is not None and p["former"] is not None and p["former"].fullmatch(w):
            continue   # ("the former", `السابق`: no body)
        w = lead.sub("", w) if len(w) > 4 else w   # (`السجن`, `للسجن`: a word of three letters, left out)
        w = w[:-2] if w.endswith(("'s", "’s")) else w
        if len(w) >= 4 and w not in stop and (p is None or w not in p["key_of"]):
            out.add(w)
    return frozenset(out)


_WORDS = compiled(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@lru_cache(maxsize=32)
def _stopwords(lex) -> frozenset[str]:
    """The stopwords, the words that bound a role by a date ("until", `حتى`) and its terms ("two terms"): no body's."""
    r = lex.section("timeline", {}).get("roles", {})
    bounds = [x for w in r.get("ended_by_date", []) + r.get("ranged_by", []) + r.get("not_body", []) for x in w.split()]
    return frozenset(normalize_text(w).lower() for w in lex.section("stopwords", {}).get("words", []) + bounds)


@lru_cache(maxsize=32)
def _lead_rx(lex):
    """A proclitic and the article, or either, opening a word."""
    return compiled("^" + prefixes(lex, True)) if lex.proclitics else compiled(r"(?!x)x")


def _in_span(p, view, ns: int, ne: int, out: list) -> None:
    """The ended roles and roles acted in of normalised ``[ns, ne)``, added to ``out``."""
    if p["ended"] is not None and (p["ended_in"] is None or p["ended_in"].search(view.text, ns, ne)):
        for m in p["ended"].finditer(view.text, ns, ne):
            out.append((m.start(), m.end("end"), "ended", p["key_of"][matched_key(m.group("role"))]))
    if p["ended_as"] is not None and (p["ended_in"] is None or p["ended_in"].search(view.text, ns, ne)):
        for m in p["ended_as"].finditer(view.text, ns, ne):
            out.append((m.start(), m.end("role"), "ended", p["key_of"][matched_key(m.group("role"))]))
    told = [(h[0], h[1]) for h in out]   # ("as chair" in "stepped down as chair" is that ending's role)
    if p["as"] is not None and (p["as_in"] is None or p["as_in"].search(view.text, ns, ne)):
        for m in p["as"].finditer(view.text, ns, ne):
            if any(a <= m.start() < b for a, b in told):
                continue
            after = view.text[m.end("role"):m.end("role") + 24]
            before = view.text[max(0, m.start() - 24):m.start()]
            if p["former"] is not None and (p["former"].search(after.split(",")[0]) or
                                            p["former"].search(view.text[m.end("as"):m.end("role")]) or
                                            p["former"].search(before)):
                continue
            out.append((m.start(), m.end("role"), "as", p["key_of"][matched_key(m.group("role"))]))
