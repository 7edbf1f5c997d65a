"""Names in languages written with capitals: capitalised runs, less the words capitalised for
another reason, with the title before them."""

from __future__ import annotations

import re

from checker.extractors.name_mentions.builder import Builder
from checker.extractors.name_mentions.data import name_key
from checker.language.matching import phrase_key

_MAX_RUN = 6          # capitalised words in one run (longer runs are headings)


def with_capitals(b: Builder) -> None:
    nm, toks, text, vt = b.names, b.toks, b.doc.text, b.view.text
    n = len(toks)

    def capital(i: int) -> bool:
        raw = text[toks[i].s:toks[i].e]
        head, dash, rest = raw.partition("-")
        if dash and phrase_key(head) in nm.particles and rest[:1].isupper():
            return True
        return raw[:1].isupper()

    def stopped(i: int) -> bool:
        w = toks[i].norm
        if w in nm.months:
            nxt = i + 1
            return not (nxt < n and b.joined(nxt) and capital(nxt) and toks[nxt].norm not in nm.stop
                        and toks[nxt].norm not in nm.months)
        return w in nm.stop

    def initial_at(i: int) -> bool:
        """A one-letter word that is the initial of a name ("J. K. Rowling", "George W. Bush")."""
        nxt = i + 1
        return nxt < n and vt[toks[i].ne:toks[nxt].ns] == ". " and capital(nxt) and not stopped(nxt)

    # where a sentence (or a quotation, or a line) starts, a capital says nothing
    initial: set[int] = set()
    for sent in b.doc.sentences:
        i = b.index_at(b.view.from_original(sent.start))
        if i < n:
            initial.add(i)
    for i in range(n):
        p = _before(vt, toks[i].ns)
        if p == 0 or vt[p - 1] in "\n\r“‘«(:[—–-":
            initial.add(i)
        elif vt[p - 1] in "\"'" and (p == 1 or vt[p - 2].isspace()):
            initial.add(i)  # an opening straight quotation mark
    lower = {t.norm for t in toks if text[t.s:t.s + 1].islower()}   # words written in lower case
    # a title is a title when a capitalised word follows it ("Mr King said", not "Mervyn King said")
    title_by_end: dict[int, re.Match] = {}
    title_tok: set[int] = set()
    for m in (nm.titles.finditer(vt) if nm.titles is not None else ()):
        after = b.index_at(m.end("w"))
        if after >= n or vt[m.end("w"):toks[after].ns].strip(" \t") or not capital(after) or stopped(after):
            continue
        title_by_end[m.end("w")] = m
        i = b.index_at(m.start("w"))
        while i < n and toks[i].ns < m.end("w"):
            title_tok.add(i)
            i += 1
    # capitalised runs
    runs: list[list[int]] = []
    i = 0
    while i < n:
        if not capital(i) or stopped(i) or i in title_tok or (len(toks[i].norm) == 1 and not initial_at(i)):
            i += 1
            continue
        run = [i]
        j = i
        while len(run) <= _MAX_RUN:
            if toks[j].norm.endswith(nm.possessive) if nm.possessive else False:
                break
            nxt = j + 1
            if nxt < n and b.joined(nxt) and capital(nxt) and not stopped(nxt) and nxt not in title_tok:
                run.append(nxt)
                j = nxt
                continue
            # a particle or connector between capitalised words ("bin Laden", "Bank of England")
            glue = []
            k = nxt
            while k < n and b.joined(k) and (toks[k].norm in nm.particles or toks[k].norm in nm.connectors
                                              or " ".join(toks[q].norm for q in glue + [k]) in nm.connectors) \
                    and not capital(k) and len(glue) < 2:
                glue.append(k)
                k += 1
            if glue and k < n and b.joined(k) and capital(k) and not stopped(k) and k not in title_tok:
                run += glue + [k]
                j = k
                continue
            # an initial ("George W. Bush")
            if len(toks[j].norm) == 1 and initial_at(j) and nxt not in title_tok:
                run.append(nxt)
                j = nxt
                continue
            break
        i = j + 1
        if len(run) > _MAX_RUN:
            continue
        while run and (toks[run[0]].norm in nm.particles or toks[run[0]].norm in nm.connectors):
            run = run[1:]
        while run and toks[run[-1]].norm in nm.connectors:
            run = run[:-1]
        if run:
            runs.append(run)
    # what is capitalised in mid-sentence, and the last words of full names
    mid = {toks[i].norm for r in runs for i in r if i not in initial}
    surnames = {toks[r[-1]].norm for r in runs if len([i for i in r if toks[i].norm not in nm.particles]) >= 2}
    surnames |= {name_key(w, nm) for w in surnames}
    for run in runs:
        if run[0] in initial:
            w = toks[run[0]].norm
            if len(run) == 1 and (w not in mid or w in lower) and w not in surnames:
                continue
            if len(run) > 1 and w in lower and w not in mid and w not in surnames:
                run = run[1:]
        tm = title_by_end.get(_before(vt, toks[run[0]].ns))
        title = (tm.start("w"), tm.end("w"), " ".join(tm.group("w").split())) if tm is not None else None
        b.add(run, title, "title" if title else "capitals")


def _before(text: str, pos: int) -> int:
    """Where the spaces and tabs before ``pos`` begin."""
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return pos
