#!/usr/bin/env python3
"""Plant inconsistencies into copies of the real corpus articles and score the checker's recall.

usage: plant.py [--corpus DIR] [--lang ar,en] [--kinds K,...] [--per-kind N] [--seed S]
                [--checker CMD] [--jobs N] [--json OUT] [--show-misses N]

Each planted copy holds exactly one inconsistency of one kind (see ``plant_kinds``; templates and
word lists in ``plant_templates.toml``), with its evidence spans. All copies and the untouched
originals go to one JSONL file and one ``checker check --format json`` run. A plant is found when
a finding on its copy has a primary or related span overlapping an evidence span (the rule of
../shared/devset/score.py). Printed: recall per kind and language, the rules that found each kind,
the findings on the untouched originals (for an editor to read: the corpus has real errors), and
the new findings a plant causes outside its own spans (a sign of fragile rules). Exit 0; exit 2
when the corpus is missing.
"""

from __future__ import annotations

import argparse
import json
import random
import shlex
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import plant_kinds  # noqa: E402

DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus"
DEFAULT_SEED = 12
ORDER = ["restated_figure", "restated_year", "quantity", "event_dates", "relative_date", "age", "chronology",
         "count_list", "shares", "role_conflict", "timeline", "name_person", "name_place", "month_pair", "weekday",
         "inverted_range", "unclosed_quote", "residue"]


# ------------------------------------------------------------------ generation -----------------

def load_corpus(directory: Path, langs) -> dict[str, list[dict]]:
    out = {}
    for lang in langs:
        path = directory / f"{lang}.jsonl"
        if not path.exists():
            return {}
        with open(path, encoding="utf-8") as f:
            out[lang] = [json.loads(line) for line in f if line.strip()]
    return out


def make_plants(corpus: dict[str, list[dict]], kinds, per_kind: int, seed: int, data=None) -> list[dict]:
    """Up to per_kind planted copies per kind and language, each from a different article."""
    data = data or plant_kinds.load_data()
    plants = []
    for lang, articles in corpus.items():
        for name in kinds:
            if lang not in plant_kinds.KIND_LANGS[name]:
                continue
            order = sorted(articles, key=lambda a: a["id"])
            random.Random(f"{seed}:{name}:{lang}").shuffle(order)
            made = 0
            for art in order:
                if made >= per_kind:
                    break
                p = plant_kinds.KINDS[name](art, random.Random(f"{seed}:{name}:{art['id']}"), data)
                if p is None or not p.well_formed() or p.text == art["text"]:
                    continue
                made += 1
                plants.append({"id": f"plant:{name}:{lang}:{made:03d}", "source": art["id"], "lang": lang,
                               "kind": name, "variant": p.variant, "text": p.text,
                               "published": art.get("published"),
                               "spans": [list(s) for s in p.spans], "evidence": p.evidence})
    return plants


# ------------------------------------------------------------------ checker --------------------

def default_checker() -> list[str]:
    exe = Path(sys.executable).parent / "checker"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "checker"]


def run_checker(cmd: list[str], records: list[dict], jobs: int) -> dict[str, list[dict]]:
    """One `checker check` over every record; findings by article id."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "plants.jsonl"
        with open(path, "w", encoding="utf-8") as f:
            for r in records:
                f.write(json.dumps({"id": r["id"], "text": r["text"], "lang": r["lang"],
                                    "published": r.get("published")}, ensure_ascii=False) + "\n")
        proc = subprocess.run([*cmd, "check", "--format", "json", "--no-cache", "--quiet", "--jobs", str(jobs),
                               str(path)], capture_output=True, text=True)
    try:
        report = json.loads(proc.stdout)
    except json.JSONDecodeError:
        report = None
    if proc.returncode not in (0, 1) or report is None:
        sys.exit(f"checker failed ({shlex.join(cmd)}, exit {proc.returncode}):\n{proc.stderr[-2000:]}")
    return {a["id"]: a.get("findings") or [] for a in report.get("articles", [])}


# ------------------------------------------------------------------ scoring --------------------

def finding_spans(f: dict) -> list[tuple[int, int]]:
    spans = []
    for obj in [f] + list(f.get("related") or []):
        sp = obj.get("span") if isinstance(obj, dict) else None
        if sp and "start" in sp:
            spans.append((int(sp["start"]), int(sp["end"])))
    return spans


def overlap(a, b) -> bool:
    (s1, e1), (s2, e2) = a, b
    if s1 == e1:
        return s2 <= s1 < e2
    if s2 == e2:
        return s1 <= s2 < e1
    return s1 < e2 and s2 < e1


def anchors(f: dict, text: str, width: int = 16) -> set[tuple[str, str, str]]:
    """What identifies a finding when text is inserted elsewhere: its rule with the text just before
    its primary span, and its rule with the text the span starts with."""
    sp = finding_spans(f)
    s = sp[0][0] if sp else 0
    rule = str(f.get("rule"))
    return {(rule, "<", text[max(0, s - width):s]), (rule, ">", text[s:s + width])}


def score_plant(plant: dict, findings: list[dict], original_findings: list[dict], original_text: str) -> dict:
    """found, the rules that found it, and the findings that are neither the plant nor on the original."""
    evidence = [tuple(s) for s in plant["spans"]]
    before = set().union(*(anchors(f, original_text) for f in original_findings))
    hits, new = [], []
    for f in findings:
        spans = finding_spans(f)
        if any(overlap(a, b) for a in spans for b in evidence):
            hits.append(str(f.get("rule")))
        elif not anchors(f, plant["text"]) & before:
            s, e = spans[0] if spans else (0, 0)
            new.append({"rule": str(f.get("rule")), "span": [s, e], "text": plant["text"][s:e][:200]})
    return {"found": bool(hits), "rules": sorted(set(hits)), "new": new}


def score(plants, findings, corpus) -> list[dict]:
    originals = {a["id"]: a for arts in corpus.values() for a in arts}
    results = []
    for p in plants:
        src = originals[p["source"]]
        r = score_plant(p, findings.get(p["id"], []), findings.get("orig:" + p["source"], []), src["text"])
        results.append({**{k: p[k] for k in ("id", "source", "lang", "kind", "variant", "spans", "evidence")}, **r})
    return results


# ------------------------------------------------------------------ report ---------------------

def cell(found: int, total: int) -> str:
    return f"{found}/{total}" if total else "-"


def print_table(results, kinds):
    total, found, rules = Counter(), Counter(), defaultdict(Counter)
    for r in results:
        total[(r["lang"], r["kind"])] += 1
        found[(r["lang"], r["kind"])] += r["found"]
        rules[r["kind"]].update(r["rules"])
    print("Recall by kind (found/planted)")
    print("%-16s %9s %9s %9s %7s" % ("kind", "ar", "en", "all", "recall"))
    for k in kinds:
        fa, ta, fe, te = found[("ar", k)], total[("ar", k)], found[("en", k)], total[("en", k)]
        rec = f"{(fa + fe) / (ta + te):.2f}" if ta + te else "-"
        print("%-16s %9s %9s %9s %7s" % (k, cell(fa, ta), cell(fe, te), cell(fa + fe, ta + te), rec))
    fa = sum(v for (lang, _), v in found.items() if lang == "ar")
    ta = sum(v for (lang, _), v in total.items() if lang == "ar")
    fe, te = sum(found.values()) - fa, sum(total.values()) - ta
    rec = f"{(fa + fe) / (ta + te):.2f}" if ta + te else "-"
    print("%-16s %9s %9s %9s %7s" % ("all", cell(fa, ta), cell(fe, te), cell(fa + fe, ta + te), rec))
    if any(rules.values()):
        print("\nRules that found each kind")
        for k in kinds:
            if rules[k]:
                print("  %-16s %s" % (k, ", ".join("%s %d" % kv for kv in rules[k].most_common())))


def print_false(results, findings, corpus):
    n_orig = sum(len(a) for a in corpus.values())
    on_orig = Counter(str(f.get("rule")) for aid, fs in findings.items() if aid.startswith("orig:") for f in fs)
    with_any = sum(1 for aid, fs in findings.items() if aid.startswith("orig:") and fs)
    print(f"\nFindings on the untouched originals: {sum(on_orig.values())} on {with_any} of {n_orig} articles "
          f"(for an editor to read; the corpus holds real errors)")
    if on_orig:
        print("  by rule: " + ", ".join("%s %d" % kv for kv in on_orig.most_common()))
    new = Counter(n["rule"] for r in results for n in r["new"])
    copies = sum(1 for r in results if r["new"])
    print(f"New findings caused by a plant outside its own spans: {sum(new.values())} on {copies} of "
          f"{len(results)} planted copies")
    if new:
        print("  by rule: " + ", ".join("%s %d" % kv for kv in new.most_common()))


def context(text: str, s: int, e: int, width: int = 60) -> str:
    left, right = text[max(0, s - width):s], text[e:e + width]
    return (left + "[" + text[s:e] + "]" + right).replace("\n", " ⏎ ")


def print_misses(results, plants, n: int):
    texts = {p["id"]: p["text"] for p in plants}
    misses = [r for r in results if not r["found"]][:n]
    if misses:
        print(f"\nMissed plants (first {len(misses)})")
    for r in misses:
        print(f"  {r['id']}  ({r['variant']}, from {r['source']})")
        for s, e in r["spans"]:
            print("    " + context(texts[r["id"]], s, e))


# ------------------------------------------------------------------ main -----------------------

def parse_args(argv):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of ar.jsonl and en.jsonl")
    ap.add_argument("--lang", default="ar,en", help="languages, comma-separated (default: ar,en)")
    ap.add_argument("--kinds", default="", help="kinds to plant, comma-separated (default: all)")
    ap.add_argument("--per-kind", type=int, default=40, help="plants per kind and language (default: 40)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--checker", default="", help="checker command (default: the one beside this Python)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--json", type=Path, help="write per-plant results here")
    ap.add_argument("--show-misses", type=int, default=0, metavar="N", help="print N missed plants in context")
    return ap.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    kinds = [k for k in args.kinds.split(",") if k] or sorted(plant_kinds.KINDS, key=lambda k: (k not in ORDER,
                                                                                              ORDER.index(k) if k in ORDER else 0))
    unknown = [k for k in kinds if k not in plant_kinds.KINDS]
    if unknown:
        print(f"unknown kind(s): {', '.join(unknown)}; known: {', '.join(plant_kinds.KINDS)}", file=sys.stderr)
        return 2
    langs = [x for x in args.lang.split(",") if x]
    corpus = load_corpus(args.corpus, langs)
    if not corpus:
        print(f"corpus not found: {args.corpus} (expected {', '.join(l + '.jsonl' for l in langs)})", file=sys.stderr)
        return 2
    plants = make_plants(corpus, kinds, args.per_kind, args.seed)
    originals = [{**a, "id": "orig:" + a["id"]} for arts in corpus.values() for a in arts]
    cmd = shlex.split(args.checker) if args.checker else default_checker()
    findings = run_checker(cmd, originals + plants, args.jobs)
    results = score(plants, findings, corpus)
    n_art = sum(len(a) for a in corpus.values())
    print(f"plant.py: seed {args.seed}, {len(plants)} planted copies of {n_art} corpus articles "
          f"({', '.join(langs)}), up to {args.per_kind} per kind and language\n")
    print_table(results, kinds)
    print_false(results, findings, corpus)
    print_misses(results, plants, args.show_misses)
    if args.json:
        args.json.write_text(json.dumps({"seed": args.seed, "plants": results}, ensure_ascii=False, indent=1),
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
