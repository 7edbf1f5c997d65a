"""How TIME001 tells a state in its messages: what a statement says of its subject, with its
places as the article writes them, and its period."""

from __future__ import annotations

import calendar
import datetime as dt

from .roles import written_role
from .statements import Statement


_LABELS = {
    "wanted": "wanted by", "bounty": "under a bounty from", "sanctioned": "under sanctions of",
    "designated_terrorist": "designated a terrorist by", "at_war": "at war with",
    "imprisoned": "imprisoned by", "ally": "an ally of", "partner": "a partner of",
    "cooperating": "cooperating with", "coordinating": "coordinating with", "aboard": "at sea",
    "suspended": "suspended from office", "disqualified": "barred from holding office", "died": "said to have died", "hospital": "in hospital",
    "bedridden": "confined to bed", "on_leave": "on leave or away on service", "sport_ban": "banned from competition",
    "won_told": "said to have competed", "rode_race": "said to have competed", "ban_act": "banned from competition", "placed": "said to have competed",
    "on_duty": "on duty",
}


_PLACED = {"absent": "away from {place}", "barred": "barred from {place}", "exile": "in exile from {place}",
           "fulltime": "in a full-time post ({place})", "role_ended": "out of the post of {place}", "role_bounded": "out of the post of {place}",
           "posting": "in a diplomatic post ({place})", "consul": "in a diplomatic post ({place})",
           "chief": "chief executive of {place}",
           "chief_rival": "at the head of a rival ({place})",
           "local_office": "in office ('{word}')", "office": "in office as '{word}'", "club_member": "playing for {place}"}


def state_label(st: Statement, ctx) -> str:
    """What a statement tells of its subject, its places as the article writes them."""
    def _cased(place: str) -> str:
        return _written(ctx, st, place)

    cls = st.classes[0]
    if cls in ("imprisoned", "held", "prison_stay"):
        return "in prison"
    if cls == "exile" and not st.places:
        return "in exile"
    if cls == "moved" and st.where:
        return f"said to have moved to {_cased(st.where)}"
    if cls in ("resident", "stint", "stint_doing") and st.where:
        return f"{'living' if cls == 'resident' else 'working'} in {_cased(st.where)}"
    if cls == "post" and st.places:
        return f"at the head of {_cased(st.places[0])}"
    if cls in _PLACED:
        place = st.places[0] if st.places else st.where   # (no body named: the town, "in Nairobi")
        if place and cls in ("role_ended", "role_bounded"):   # a role: as the statement writes it (`رئاسة`), else its key
            return _PLACED[cls].format(place=written_role(ctx.doc, st.start, st.end) or place.replace("_", " "))
        label = _PLACED[cls] if place or " ({place})" not in _PLACED[cls] else _PLACED[cls].replace(" ({place})", "")
        return label.format(place=_cased(place) if place else "it", word=st.word)
    if cls in ("in_person", "own_hands"):
        return "said to have acted in person"
    if cls in ("active", "public_act", "performance", "post", "role_acted", "home_act", "club_act", "competed"):
        return f"said to have '{st.word}'" if cls != "role_acted" else f"acting '{st.word}'"
    return _LABELS.get(cls) or f"said to have '{st.word}'"   # an act the language data adds ("recital")


def _title(place: str) -> str:
    """A place as a name in a script with capitals ("Andes Pacífico Minerals"), else as read."""
    return place.title() if place.upper() != place.lower() else place


def _written(ctx, st: Statement, place: str) -> str:
    """A place of a statement as its sentences write it (`مخبز عائلته`, not the normalised key), else
    as a name."""
    doc = ctx.doc
    a, b = doc.sentence_index(st.start), doc.sentence_index(max(st.start, st.end - 1))
    if a < 0 or b < 0:
        return _title(place)
    first, last, view = doc.sentences[a], doc.sentences[b], doc.normalized
    at = view.text.find(place, view.from_original(first.start), view.from_original(last.end))
    if at < 0:
        return _title(place)
    s, e = view.to_original(at, at + len(place))
    return ctx.text[s:e] if not ctx.text[s:e].isupper() else _title(place)   # (not a dateline's capitals)


def when_label(since: dt.date | None, until: dt.date | None, ended: bool = False, published: dt.date | None = None) -> str:
    """A period as precisely as it is told: "in 2021", "in June 2021", "on 15 July 2023", "from March 2018
    to September 2019"; a period that runs to the publication, "since 2018"."""
    if ended and until:
        return f"since {until.year}"   # a role ended then: out of it since
    if since and until and published is not None and until == published and since < until:
        until = None   # ("has lived in Turkey since 2018": to the day of publication)
    if since and until:
        a, b = _told(since, True, until), _told(until, False, since)
        if a == b:
            return f"on {a}" if a.count(" ") == 2 else f"in {a}"
        pa, pb = a.split(), b.split()
        if len(pa) == len(pb) == 3 and pa[1:] == pb[1:]:
            a = pa[0]   # ("from 4 to 25 July 2023")
        elif len(pa) == len(pb) > 1 and pa[-1] == pb[-1]:
            a = " ".join(pa[:-1])   # ("from 4 June to 25 July 2023", "from March to May 2013")
        return f"from {a} to {b}"
    if since:
        return f"since {_told(since, True)}"
    if until:
        return f"until {_told(until, False)}"
    return "at an unknown time"


def _told(d: dt.date, first: bool, other: dt.date | None = None) -> str:
    """A period's end as precisely as it was told: its year when the period takes the year whole at
    that end (and the other end is no month or day of that year), its month when the month, else its day."""
    whole = (d.month, d.day) == ((1, 1) if first else (12, 31))
    if whole and (other is None or other.year != d.year or (other.month, other.day) == ((12, 31) if first else (1, 1))):
        return str(d.year)
    if d.day == 1 if first else (d + dt.timedelta(days=1)).day == 1:
        return f"{calendar.month_name[d.month]} {d.year}"
    return f"{d.day} {calendar.month_name[d.month]} {d.year}"