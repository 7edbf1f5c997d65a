"""NAME001: one name written two ways that look like a slip (al-Sharaa/al-Shaara,
Kowalski/Kowlaski, Hezbollah/Hezbolah). Which spellings are compared is :mod:`.pairs`.

Long because: the rule's docstring is its whole explanation (`checker explain`), reading after reading."""

from __future__ import annotations

from functools import lru_cache

from checker import Example, rule
from checker.extractors.name_mentions import names_lexicon
from checker.extractors.name_mentions.near import edit_kind
from checker.language.matching import phrase_key, proclitic_letters
from checker.language.normalize import normalize_text

from .folded_endings import folded_ending_slips
from .introduced import both_introduced, described_apart, given_apart
from .lexicon import names_data
from .pairs import Article, Variant, content, full_pairs, lone_pairs, unknown_pairs, word_pairs
from .word_slips import word_slips


def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def _split(written: str, key: str) -> tuple[str, str]:
    """``written`` as (an article or particle before the part written ``key``, that part):
    "al-Shaara" is ("al-", "Shaara"), `الشراع` is (`ال`, `شراع`)."""
    for i in range(len(written)):
        if normalize_text(written[i:]) == key:
            return written[:i], written[i:]
    return "", written


def _occurrences(mentions, v: Variant, key: str, shape):
    """(mention, word index) of every mention that writes ``key``: as its family name, as the
    word at ``v.position`` of the full name ``shape``, as a word of a full name, or (position
    -2) as any word of any name."""
    out = []
    for m in mentions:
        if not m.person and v.position != -2:
            continue
        c = content(m)
        if v.position == -2:  # any word of any name
            out += [(m, i) for i, w in enumerate(c) if w == key]
        elif v.family:
            if c[-1] == key:
                out.append((m, len(c) - 1))
        elif shape is not None:
            if m.full and c == shape:
                out.append((m, v.position))
        elif m.full and key in c[:-1]:
            out.append((m, c.index(key)))
    return out


@rule(
    id="NAME001",
    name="name-variants",
    severity="warning",
    languages=["*"],
    summary="One name written two ways one letter apart (al-Sharaa/al-Shaara, Kowalski/Kowlaski, Hezbollah/Hezbolah): a dropped, doubled, swapped or confused letter; any word written once with two letters swapped, a letter dropped or a dotted twin written into no word against its spelling elsewhere.",
    messages={
        "variant": "'{rare}' (written {rare_times}) looks like a slip for '{common}' (written {common_times}): "
                   "one name is spelt two ways.",
        "tie": "'{rare}' and '{common}' look like one name spelt two ways, each written {rare_times}.",
        "slip": "'{rare}' (written once, no word of the language) looks like a slip for '{common}' "
                "(written {common_times}): two neighbouring letters swapped.",
        "slip-dropped": "'{rare}' (written once, no word of the language) looks like a slip for '{common}' "
                        "(written {common_times}): a letter left out.",
        "slip-dotted": "'{rare}' (written once, no word of the language) looks like a slip for '{common}' "
                       "(written {common_times}): a letter written for its twin that differs only by its dots.",
        "slip-vowel": "'{rare}' (written once, no word of the language) looks like a slip for '{common}' "
                      "(written {common_times}) in the same name: a vowel changed.",
        "slip-ending": "'{rare}' (written once, no word of the language) ends in another letter than '{common}' "
                       "(written {common_times}): one name is spelt two ways.",
    },
    notes={
        "spelt": "spelt '{name}' here",
        "also-spelt": "also spelt '{name}' here",
        "write-name": "write the name as it is written elsewhere: '{name}'",
        "write-word": "write the word as it is written elsewhere: '{name}'",
    },
    examples=[
        Example("WARSAW (Reuters) - Finance Minister Jan Kowalski said the deficit would narrow. "
                "Kowalski told reporters growth would reach 3.5 percent. \"We are on track,\" Kowlaski said.",
                "en", True),
        Example("WARSAW (Reuters) - Finance Minister Jan Kowalski said the deficit would narrow. "
                "Mr Kowalski told reporters growth would reach 3.5 percent. Anna Kowalska, his deputy, agreed.",
                "en", False),
        Example("وقال الرئيس أحمد الشرع إن الحكومة ستواصل الإصلاحات. وأضاف الشرع أن الانتخابات ستجري في موعدها. "
                "وأكد الشراع أن الجيش سيبقى على الحياد.", "ar", True),
        Example("وقال وزير الإعلام حمزة المصطفى إن الحكومة ستواصل الإصلاحات. وأضاف المصطفى أن الانتخابات "
                "ستجري في موعدها. وقال معاذ مصطفى، رئيس فريق الطوارئ، إن المساعدات وصلت.", "ar", False),
    ],
)
def name_variants(ctx, name_mentions):
    """
    ## What it flags
    A name written two ways in one article, one letter apart, where the two spellings belong to
    one name: a letter dropped, doubled, swapped with its neighbour or replaced by another
    (`ت`/`ط`, `س`/`ص`); in a name written alone, two letters swapped across the one between them
    ("Kowalski" … "Kolawski", `الحنيطي` … `الحطيني`), where the swapped form is no word of the language
    (`توفيق` … `توقيف` is a name and a word). The spellings compared:
    - two full names that differ in one word ("Jan Kowalski", "Jan Kowlaski"; a family name of three letters too, one
      spelling written once against the other twice or more: `منى السقا` … `منى الصقا`); a given name
      counts when both spellings are known given names only if nothing tells two people (`هاني الشامي` …
      `هادي الشامي`, the same office both times), or as a father's name ending the name (`… بن سالم`, `… بن سلام`);
      a word whose last letter is written as one of a pair the language data lists counts too (`شذى الكلابي`, `شذا الكلابي`);
    - a family name alone, one letter from the family name of a full name written before it or
      written twice or more: after a title or a verb of saying any one-letter difference, the last
      letter too ("Dr Ingrid Halvorsen" … "Dr Halvorson said"; `وأكد الشراع`; `فواز الحمادة` …
      `وأضاف الحمادي`), anywhere one transliteration of a sound for
      another in the language data ("Thawatchai Khamdee" … "Khamdi said", "Marek Dobrzanski" … "Dobrzansky had"), and
      elsewhere a swapped or doubled
      letter ("Donnelly" … "when Donelly turned"; `وظل الشبريني` for `الشربيني`), also
      when it opens a sentence ("Kowlaski said the budget was on track"); a name after a word that says what the
      person is ends at "of" ("ornithologist Serkan Yalçınkaya of Ondokuz Mayıs University" … "Yalçınkya said");
    - in Arabic, a word written once right before the family name of a full name, one letter from
      the given name written there (`فلاديمير بوتين` … `فلاذيمير بوتين`), though no list knows it; and the given name
      of a full name before a word one letter from its family name (`عادل الشاوش` … `ونفى عادل الشاويش`), though the
      given name is also a word;
    - the name of a place, an organisation or a product written twice or more, and a long name
      one swapped, doubled or dropped letter from it ("Hezbollah" … "Hezbolah");
    - any word of a name written once with two neighbouring letters swapped against the same
      word in another name ("Vantel Communications", "Vantel Commnuications"); where names are capitalised, one
      vowel apart from a word written twice or more before the same next word ("Kestrel Vale NHS Trust" … "the
      Kestral Vale Patients' Forum").
    - any word of a name (four letters or more) written once in the whole text that is no word
      of the language (in the word lists of `wordfreq`, in the checker's fold), one letter from a
      word of a name the article settles on — written in two names or in a full name, or an
      ordinary word — or two neighbouring letters swapped or a letter doubled against any word of
      a name, with the same first and last letters unless two letters swapped places ("the
      Treasury" … "A Tleasury spokesman"; "Marion Pettigrew" … "Petigrew said"; "Tavi Reko" …
      "Rkeo said"; "Edward Brenner" … "Brennre said"; `مدينة الفلوجة` … `في الفلوحة`), or, in a
      script with capitals, a family name written twice or more in a person's full name less its
      last consonant ("Yaw Kyeremateng" … "Kyerematen showed"; not a last vowel or plural "s"). In
      Arabic a letter written for one that differs from it only by its dots (`مخمد` for `محمد`,
      `جالد` for `خالد`; the groups are language data) is such a slip even between two people's
      names. In Arabic such a word is read as a name where a name stands: after a title, a verb
      of saying, a common noun of places and organisations (`مدينة`, `منظمة`, `نادي`), a given
      name or a function word, or before a particle or a family name; and anywhere when it is
      long or differs from a found name only by a letter's dots. Two words after a title that
      are no words of the language are a name too (`المدرب زلاتكو داليتش`).
    - any word (five letters or more) written once and no word of the language in any form
      (less a proclitic, the article, a pronoun or plural ending), two neighbouring letters
      swapped against a word written elsewhere that is a word of the language or written twice
      (`ترامب` … `وكان تارمب`; not the first two letters, `السلكي`/`لاسلكي`, nor two endings of
      one word in the language data, `مشروعا`/`مشروعات`), or one inner letter short of a word
      written twice ("semiconductor" … "semiconducor"; not a letter the language data says makes
      another form, `مذكراته`/`مذكرته`, `يشتركوا`/`يشركوا`), or one letter written for its twin
      that differs only by its dots against a word written twice (`النفط` … `النفظ`), or once when
      it is a common word of the language, used ten times a million words or more (`نوفمبر` …
      `نوفمير`; not a rarer one, `المنتخبين` … `المنتحبين`; not two forms of one word the language
      data lists, `المنحدرين`/`المتحدرين`), or against the family name of a person named in full before
      it though written once (`الدكتور سمير زروقي` … `وكان زرقوي`); in a script without capitals, two
      such spellings each written once and no word of the language are one name spelt two ways, named
      both with nothing suggested (`علي فاعور` … `بأداء فاغور`; not two names listed side by side in one
      sentence, a team sheet); a capitalised word and a lower-case one are never
      compared ("Herat", "heart"); or ending in one letter of a pair the normaliser folds (ta
      marbuta, ha) where the article ends it with the other (`الخوالده` … `الخوالدة`).
    The finding is on the rarer spelling, with the other as a related span and a suggestion (not
    safe) to write the more frequent one; when both are written equally often, the finding is on
    the later one and suggests nothing.

    A family name written once with one letter put for its like-sounding one (`السنهاجي` for `الصنهاجي`, ``[names]
    sound_alike``), making no word of the language, is the name with a slip.

    Two full names of one given name and family names a letter apart, the later introduced by a description that
    tells another person than the earlier's ("The trust's chief executive, Alison Hollins" … "Alison Holins, who
    has been a paramedic in Whitby"), are two people.

    A description with a word of kinship right before the name (`ناظر جديد من ذرية الشيخ حمد المزروقي`, "a
    custodian from the descendants of") is a relative's, and tells no second person of the name.

    In Arabic `س` and `ز` are like-sounding letters too (`القندوسي` … `القندوزي`: a name heard, not read).

    In Arabic an alef swapped with a letter beside it makes another pattern of one root (`زلازل` beside `زلزال`,
    a broken plural), not a slip, unless the word is a person's family name told in full or the alef is a folded
    hamza (`األسلحة` for `الأسلحة`).

    A person's family name told in full (`عبد الحميد الزواري`) and an ordinary word of the language told once
    (`المجلس الوزاري`) are two words, whichever is read as the slip; a family name told twice still settles a
    slip that looks like an ordinary word (`البرهان` … `البرهن`).

    ## Why it matters
    A misspelt name is what readers and the people named notice first; in Arabic, with no capitals, a confused or
    dropped letter survives proofreading easily.

    ## Example
    `Finance Minister Jan Kowalski said … "We are on track," Kowlaski said.`

    ## Not flagged
    Two full names of one given name and two family names, each told with a description that names a role and
    holds a word the other lacks (`الرئيس التنفيذي للمجموعة سالم الكتبي` … `سالم الكعبي، رئيس قطاع الشحن`), or set
    off after the name and naming a place or a body the other does not ("Jonas Keller, economist at Nordwest Bank in
    Bremen" … "Jonas Kellner, chief economist at a Frankfurt bank"); two family names of two full names whose given
    names differ too (`عمر بوشناف` … `عمار بوشناق`).
    Short forms of one name (the family name alone, a title with the family name, "Mr Kowalski"); two forms of one word
    that differ only by endings of case or number (``inflections``: `الغواصون` … `الغواصين`); two spellings each
    after a word that says what its person is, the two words not the same ("marine biologist Rita Khoury" … "volunteer
    Rima Khoury", `المندوب الجهوي، علي بن ناجي` … `الفلاح علي بن ناجح`: two people; not a group before the name, the
    verb's subject: `وحمل المشجعون مرتضى العقيلي`), or each first written as a full
    name and introduced as a person of their own (the rarer spelling once), one by an age or a description set off after
    it ("Hatchery manager Teiti Kaitu, 58," … "Teiti Kautu, a fisherman", `سعيد بنحمو، رئيس قسم` … `سعيد بنحمود، بائع الخضر`,
    `مدير العيادة، الطبيب البيطري الدكتور راشد الظاهري` … `راشد الطاهري (٤٧ عاماً)`; a description after the name counts
    only where the spellings are family names: `سيلفيو برلسكوني (81 عاماً)` … `سيلقيو برلسكوني، رئيس الحكومة` is one), unless
    the two descriptions share a word ("Tiwonge Chirwa, the district's catering officer" … "Tiwonge Chriwa, the district
    catering officer"); a rarer spelling whose own sentence
    tells its person apart outright ("who is not the project's director", `وهو غير مدير المشروع`; either's when each is
    written once; or the sentence after it, before anyone else is named there: "He is not related to the officer"); two people who share
    a family name (`حمزة المصطفى` and `معاذ مصطفى`) or have similar ones with their own given names ("Gordon Brown",
    "Des Browne"); two known given names of one family name told as two people: in one sentence, next to a kinship
    word ("his brother", `شقيقه`), with two different titles, two names that differ by a long vowel (`سعد`, `سعيد`) or
    are listed as two names (`حسن`, `حسين`); spellings the normaliser folds (hamza forms, alef maqsura, diacritics,
    case, accents; a noun and itself with a pronoun, `مقابلة`, `مقابله`); the article or a particle written or left
    out ("al-Sharaa", "Sharaa"; `المصطفى`, `مصطفى`), or one spelling with the article and one without that also differ
    by a letter (`المغرب`, `مطرب`); two norms of one word ("Labour"/"Labor", "Defence"/"Defense"); a word that is the
    name plus an ending (`الشرعية`, "Germany"/"German"), or two words of one stem with two endings
    ("Faroes"/"Faroese"); a spelling written three times or more, or as often as the other at least twice (a second
    person, not a slip); names of places and organisations one changed letter apart ("Iran", "Iraq") or told in one
    sentence, and shorter than the language's length for them; a dropped or doubled letter after "in", "from"...
    against a person's name ("in Cameroon", "David Cameron"); names shorter than the language's minimum; compounds
    with a hyphen; a word written once that is no word of the language against a name whose other words differ from
    its own ("Kerri Walsh", "Kerry Doyle"; "T Brannan", "Mark Brennan"), or one letter from two names of the article;
    two forms of one Arabic word that differ in an ending letter (`رسمت`, `رسما`); in English, two full names none of
    whose mentions shows a person (a title, a verb of saying, a known given name, the family name alone) and that
    differ by more than a swap: "Candy County" and "Candy Country" may be two places. A word written once that is a word
    of the language less an inflection ("carves" beside "carvers"), and one whose sentence tells two people apart
    ("Gualberto Arango, …, who is not related to Anrango"), are no slips; nor is one spelling written twice, its accent
    folded in one name and kept in another ("Teotitlán del Valle" … "a weaver from Teotitlán").

    Long because: the docstring is the rule's explanation (`checker explain`), one reading after another.
    """
    _report_all(ctx, name_mentions)


def _report_all(ctx, name_mentions) -> None:
    """Every pair of spellings the readings of :mod:`.pairs` find, then the word slips."""
    data, proclitics = names_data(ctx.lexicon), proclitic_letters(ctx.lexicon)
    art = Article(ctx, name_mentions, data)
    seen: set = set()
    variants = full_pairs(art, proclitics, seen) + lone_pairs(art, proclitics, seen) \
        + word_pairs(art, proclitics, seen) + unknown_pairs(art, proclitics, seen)
    for v in variants:
        if _inflected(ctx.lexicon, v.a, v.b):
            continue   # (`الغواصون` … `الغواصين`: one word in two cases)
        told = sorted(([m for m in name_mentions if w in (m.key, *m.tokens)] for w in (v.a, v.b)), key=len)
        rarer = told[0] + told[1] if len(told[0]) == len(told[1]) else told[0]   # (each told once: either may say it)
        full = [next((m for m in ms if m.full), None) for ms in told]
        if not _not_same(ctx, data, rarer, name_mentions) and not both_introduced(ctx, told, (v.a, v.b)) \
                and not described_apart(ctx, *full) and not given_apart(*_family_full(name_mentions, v)) \
                and not _others_apart(*full, (v.a, v.b)):
            _report_variant(ctx, name_mentions, v)   # (the rarer spelling told as another person: "…، وهو غير مدير المشروع")
    _report_slips(ctx, data, proclitics, name_mentions)


@lru_cache(maxsize=8)
def _inflections(lex) -> tuple[tuple[str, str], ...]:
    pairs = lex.section("variants", {}).get("inflections", [])
    return tuple((normalize_text(a), normalize_text(b)) for a, b in pairs)


def _inflected(lex, a: str, b: str) -> bool:
    """Two forms of one word that differ only by a pair of inflecting endings."""
    for x, y in _inflections(lex):
        for p, q in ((x, y), (y, x)):
            if a.endswith(p) and b.endswith(q) and a[:-len(p)] == b[:-len(q)] and len(a) - len(p) >= 3:
                return True
    return False


def _not_same(ctx, data, mentions, names=None) -> bool:
    """Words that tell two people apart outright ([variants] not_same) are written in the sentence of
    one of ``mentions`` or in the sentence after it ("… Rusli Hamid, 52. He is not related to the officer")."""
    rx, doc = data.not_same, ctx.doc
    if rx is None:
        return False
    told = {k for m in mentions if (k := doc.sentence_index(m.start)) >= 0}
    if any(rx.search(doc.normalized_slice(s.start, s.end)) for s in (doc.sentences[k] for k in told)):
        return True
    view = doc.normalized
    for k in told:   # the sentence after, before anyone else is named in it: "He is not related to the officer"
        s = doc.sentences[k + 1] if k + 1 < len(doc.sentences) else None
        m = rx.search(view.text, view.from_original(s.start), view.from_original(s.end)) if s is not None else None
        if m is not None and not any(s.start <= n.start < view.to_original(m.start(), m.start())[0] for n in names or ()):
            return True
    return False


@lru_cache(maxsize=32)
def _twins(lex) -> dict[str, str]:
    """Each letter to the letters that differ from it only by their dots (``[names] dot_letters``)."""
    out: dict[str, str] = {}
    for pair in names_lexicon(lex).dot_pairs:
        a, b = sorted(pair)
        out[a] = out.get(a, "") + b
        out[b] = out.get(b, "") + a
    return out


def _report_slips(ctx, data, proclitics: str, name_mentions=()) -> None:
    """Words written once with two neighbouring letters swapped, or one letter left out, against
    a word written elsewhere (:mod:`.word_slips`), where no finding above already holds them."""
    taken = [(f.span.start, f.span.end) for f in ctx.findings] + \
        [(r.span.start, r.span.end) for f in ctx.findings for r in f.related if r.span is not None]
    article = data.article
    prefixes = tuple(sorted({*proclitics, *(p + article for p in proclitics if article), article} - {""},
                            key=len, reverse=True))
    toks = ctx.doc.tokens
    twins = (_twins(ctx.lexicon), data.dot_kept)
    named = frozenset(m.surname for m in name_mentions if m.full and m.person)
    for slip_at, word_at, times, how in word_slips(ctx.doc, prefixes, data.word_endings, data.swapped_endings,
                                                   data.drop_kept, data.capitals, twins, named):
        s, e = toks.original(slip_at)
        cs, ce = toks.original(word_at)
        if any(s < b and a < e or cs < b and a < ce for a, b in taken):
            continue   # a pair already told (as a finding or its related span)
        if data.not_same is not None and any((k := ctx.doc.sentence_index(x)) >= 0 and data.not_same.search(
                ctx.doc.normalized_slice(ctx.doc.sentences[k].start, ctx.doc.sentences[k].end)) for x in (s, cs)):
            continue   # "Gualberto Arango, …, who is not related to Anrango": two people told apart (in either sentence)
        held = [_full_of(name_mentions, x) for x in (s, cs)]
        if described_apart(ctx, *held) or given_apart(*held, at=(s, cs)) or _others_apart(*held, (ctx.text[s:e], ctx.text[cs:ce])):
            continue   # two people, each introduced by a description of their own, or of two given names, or two
            #            full names whose other words differ ("Petar Ivanov" … "Petra Ivanova")
        common = ctx.text[cs:ce]
        if how == "tie":   # two spellings each written once: no telling which is right
            ctx.report("tie", s, e, related=[ctx.related(cs, ce, f"spelt '{common}' here")],
                       rare=ctx.text[s:e], common=common, rare_times=_times(1), common_times=_times(1))
            continue
        ctx.report({"swap": "slip", "drop": "slip-dropped", "dot": "slip-dotted", "vowel": "slip-vowel"}[how], s, e, related=[ctx.related(cs, ce, f"spelt '{common}' here")],
                   suggestions=[ctx.suggestion(s, e, common, f"write the word as it is written elsewhere: '{common}'")],
                   rare=ctx.text[s:e], common=common, common_times=_times(times))
    pairs = ctx.lexicon.section("variants", {}).get("folded_endings", [])
    for s, e, cs, ce, times in folded_ending_slips(ctx.doc, pairs, prefixes) if pairs else ():
        if not any(s < b and a < e for a, b in taken):
            common = ctx.text[cs:ce]
            ctx.report("slip-ending", s, e, related=[ctx.related(cs, ce, f"spelt '{common}' here")],
                       rare=ctx.text[s:e], common=common, common_times=_times(times))


def _others_apart(a, b, words: tuple[str, str]) -> bool:
    """Two full names of people that open with two given names a swap apart (``words``) and share no
    other word: two people, not one name with a slip ("Petar Ivanov" … "Petra Ivanova"; not "جالد
    المومني" after "خالد الروابدة", a dotted twin, nor a place's word doubled)."""
    if a is None or b is None or a is b or not (a.person and b.person) or edit_kind(*(w.lower() for w in words)) != "swap":
        return False
    if [m.tokens[0].lower() for m in (a, b)] != [w.lower() for w in words]:
        return False
    others = [{t.lower() for t in m.tokens[1:]} for m in (a, b)]
    return bool(others[0]) and bool(others[1]) and not others[0] & others[1]


def _family_full(name_mentions, v):
    """The first full names of people whose family names are the two spellings of ``v``."""
    return [next((m for m in name_mentions if m.full and m.person and len(m.tokens) >= 2 and m.tokens[-1] == w), None)
            for w in (v.a, v.b)]


def _full_of(name_mentions, at: int):
    """The mention holding ``at``, or where it is a family name alone, its full mention (the first
    full name of the same family name), so that its given name and description are read."""
    m = next((m for m in name_mentions if m.start <= at < m.end), None)
    if m is None or m.full:
        return m
    return next((f for f in name_mentions if f.full and f.person and f.surname == m.surname), m)


def _report_variant(ctx, name_mentions, v) -> None:
    """Report one pair of spellings on the rarer one, unless both are written often enough to be
    two names."""
    a, b, surname = v.a, v.b, v.family
    occ_a = _occurrences(name_mentions, v, a, v.shapes[0] if v.shapes else None)
    occ_b = _occurrences(name_mentions, v, b, v.shapes[1] if v.shapes else None)
    if not occ_a or not occ_b:
        return
    na, nb = len(occ_a), len(occ_b)
    first_a, first_b = occ_a[0][0].start, occ_b[0][0].start
    if (na, -first_a) > (nb, -first_b):
        occ_a, occ_b, na, nb = occ_b, occ_a, nb, na
    rare, common = occ_a, occ_b
    if na >= 3 or (na >= 2 and na == nb):
        return
    m, i = rare[0]
    s, e = m.spans[i]
    cm, ci = common[0]
    cs, ce = cm.spans[ci]
    rare_text, common_text = ctx.text[s:e], ctx.text[cs:ce]
    related = [ctx.related(cs, ce, f"spelt '{common_text}' here")]
    suggestions = []
    tie = na == nb
    for rm, ri in rare:
        rs, re_ = rm.spans[ri]
        if (rs, re_) != (s, e):
            related.append(ctx.related(rs, re_, f"also spelt '{ctx.text[rs:re_]}' here"))
        written = ctx.text[rs:re_]
        prefix, _ = _split(written, rm.key if surname else phrase_key(written))
        _, core = _split(common_text, cm.key if surname else phrase_key(common_text))
        if not tie:
            suggestions.append(ctx.suggestion(rs, re_, prefix + core,
                                              f"write the name as it is written elsewhere: '{common_text}'"))
    ctx.report("tie" if tie else "variant", s, e, related=related, suggestions=suggestions,
               rare=rare_text, common=common_text, rare_times=_times(na), common_times=_times(nb))


# --- NAME002 -------------------------------------------------------------------------------------
