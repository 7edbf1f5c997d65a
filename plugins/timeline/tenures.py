"""TIME002: one office held by two people over overlapping periods; the ``office_tenures`` fact it
reads."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from checker import Example, rule
from checker.language.matching import alternation
from checker.language.normalize import normalize_text


_OFFICE_GAP = 80   # characters between an office holder and the period of the office


@dataclass(frozen=True)
class Tenure:
    start: int
    end: int
    holder: int                # the entity (name cluster)
    holder_text: str
    office: tuple[str, str, str]   # (group, office, qualifier)
    office_text: str
    since: dt.date | None
    until: dt.date | None


def _qualifier(doc, role) -> str | None:
    """What tells whose office it is: a nisba after an Arabic office (`رئيس الوزراء العراقي`), a
    capitalised word before an English one ("Iraqi Prime Minister"), or "of X" after it."""
    view = doc.normalized
    vt = view.text
    ns, ne = view.from_original(role.start), view.from_original(role.end)
    article = normalize_text(doc.lexicon.section("script", {}).get("article", ""))
    names = doc.lexicon.section("names", {})
    nisba = tuple(normalize_text(e) for e in names.get("nisba_endings", []))
    after = re.match(r"[^\S\r\n]+([^\W\d_]+)", vt[ne:ne + 40])
    if article and nisba and after and after.group(1).startswith(article) and after.group(1).endswith(nisba):
        word = after.group(1)
        return next((word[:-len(e)] + nisba[0] for e in sorted(nisba, key=len, reverse=True) if word.endswith(e)), word)
    connectors = alternation(names.get("connectors", []))
    of = re.match(rf"[^\S\r\n]+(?:{connectors})[^\S\r\n]+([^\W\d_][\w.-]+)", vt[ne:ne + 40]) if connectors else None
    if of and doc.text[view.offsets[ne + of.start(1)]].isupper():
        return of.group(1)
    before = re.search(r"([^\W\d_][\w.-]*)[^\S\r\n]+$", vt[max(0, ns - 30):ns])
    if before and not article:
        s = view.offsets[max(0, ns - 30) + before.start(1)]
        common = {normalize_text(w) for w in names.get("stopwords", []) + names.get("not_names", [])}
        if doc.text[s].isupper() and before.group(1) not in common:
            return before.group(1)
    return None


def extract_tenures(doc, facts) -> list[Tenure]:
    roles = facts["name_roles"] if "name_roles" in facts else []
    if not roles:
        return []
    range_of = {}
    for r in facts["date_ranges"]:
        range_of[id(r.first)] = range_of[id(r.second)] = r
    dated = [m for m in facts["date_mentions"] if m.year_part is not None and not m.year_inferred]
    out = []
    for role in roles:
        if role.group not in ("head", "minister") or role.joint:
            continue
        qualifier = _qualifier(doc, role)
        if qualifier is None:
            continue  # "President X" and "President Y" may head two countries
        sent = doc.sentence_at(role.start)
        if sent is None:
            continue
        lo, hi = min(role.start, role.mention.start), max(role.end, role.mention.end)
        near = [m for m in dated if sent.start <= m.start < sent.end and 0 <= m.start - hi <= _OFFICE_GAP
                and (id(m) in range_of or m.bound is not None)]
        if not near:
            continue
        m = near[0]
        rng = range_of.get(id(m))
        if rng is not None:
            iv = rng.interval()
            since, until, end = iv[0], iv[1], rng.end
        elif m.bound == "since":
            since, until, end = m.interval()[0], doc.published, m.end
        else:
            since, until, end = None, m.interval()[1], m.end
        out.append(Tenure(lo, end, role.mention.cluster, role.mention.text, (role.group, role.office, qualifier),
                          doc.text[role.start:role.end], since, until))
    return out


@rule(
    id="TIME002",
    name="one-office-two-holders",
    severity="warning",
    languages=["*"],
    summary="One office held by two people over overlapping periods (two Iraqi prime ministers in 2013).",
    messages={"overlap": "{first} and {second} are both given as {office} {overlap}."},
    notes={
        "holder-as": "{holder} as {office}",
    },
    examples=[
        Example("Iraqi Prime Minister Nouri al-Maliki held the post from 2006 to 2014. "
                "Iraqi Prime Minister Haider al-Abadi, in office from 2012 to 2018, said he would stay.", "en", True),
        Example("Iraqi Prime Minister Nouri al-Maliki held the post from 2006 to 2014. "
                "Iraqi Prime Minister Haider al-Abadi, in office from 2014 to 2018, said he would stay.", "en", False),
    ],
)
def one_office_two_holders(ctx, office_tenures):
    """
    ## What it flags
    Two people each given the same office of the same country — a head of state or government,
    a minister of one portfolio — over periods that overlap by more than a year: "Iraqi Prime
    Minister Nouri al-Maliki … from 2006 to 2014" and "Iraqi Prime Minister Haider al-Abadi … from
    2012 to 2018"; `رئيس الوزراء العراقي … بين عامي`. The office must say whose it is (a
    nationality or "of X") and each period must be written as a range or with since/until.

    ## Why it matters
    Such offices have one holder at a time: one of the two periods, or one of the names, is
    wrong.

    ## Example
    "Iraqi Prime Minister Haider al-Abadi, in office from 2012 to 2018" next to al-Maliki's
    2006–2014.

    ## Not flagged
    A handover within one year, offices that do not say whose they are ("President X" and
    "President Y" may head two countries), offices held jointly, and periods without a written
    range or bound.
    """
    for i, a in enumerate(office_tenures):
        for b in office_tenures[i + 1:]:
            if a.office != b.office or a.holder == b.holder:
                continue
            starts = [d for d in (a.since, b.since) if d]
            ends = [d for d in (a.until, b.until) if d]
            if len(starts) < 2 or not ends:
                continue
            lo, hi = max(starts), min(ends)
            if (hi - lo).days < 366:
                continue  # a handover within a year
            overlap = f"from {lo.year} to {hi.year}"
            ctx.report("overlap", b.start, b.end,
                       related=[ctx.related(a.start, a.end, f"{a.holder_text} as {a.office_text}")],
                       first=a.holder_text, second=b.holder_text, office=b.office_text, overlap=overlap)
