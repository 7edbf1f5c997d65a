"""scripts/plant.py: plants are well-formed and deterministic, every kind plants on suitable text, the
scoring counts an overlapping finding as found, and a run over a tiny corpus prints its table."""

from __future__ import annotations

import importlib.util
import json
import sys

import pytest

from tests.helpers import ROOT

EN = [
    ("en-a", "2019-05-14",
     "Mayor Harlan Greer said on Monday that 42 families had left the valley since the dam opened in 2011.\n"
     "The council in Brookvale voted to rebuild the bridge. \"We cannot wait another winter,\" Greer said.\n"
     "Engineers from Brookvale expect the work to cost 3.5 million dollars. The bridge carried 900 cars a day.\n"
     "Residents will meet again next month. The river rose 2 metres in 2012, flooding 35 homes."),
    ("en-b", None,
     "Shares in the carmaker rose 4% after it reported 1,200 new orders. Chief executive Ines Vallot said "
     "the plant in Corbridge would hire 300 workers by 2006.\nVallot said demand in Corbridge was strong. "
     "\"This is a good year,\" she said. The firm was set up in 1998 and employs 5,400 people."),
]
AR = [
    ("ar-a", "2018-03-20",
     "وقال الرئيس كمال إن 25 شخصا قتلوا في مدينة تدمر عام 2010.\n"
     "وأضاف أن الحكومة ستبني 300 منزل في 5 آذار/مارس المقبل. وأكد الرئيس كمال أن \"الإعمار بدأ\".\n"
     "ووصل الوفد إلى مدينة تدمر صباحا. وبلغت كلفة المشروع 40 مليون دولار."),
    ("ar-b", "2017-11-02",
     "أعلنت شركة نوران للطيران عن 12 رحلة جديدة في تشرين الأول/أكتوبر. وقال الوزير سامي إن الشركة نقلت "
     "800 ألف مسافر منذ عام 2009.\nوأكد الوزير سامي أن «المطار سيتوسع» خلال عام 2018. وتملك شركة نوران 20 طائرة."),
]


@pytest.fixture(scope="module")
def plant():
    spec = importlib.util.spec_from_file_location("plant_script", ROOT / "scripts" / "plant.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["plant_script"] = module
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop("plant_script", None)


@pytest.fixture
def corpus_dir(tmp_path):
    for lang, rows in (("en", EN), ("ar", AR)):
        with open(tmp_path / f"{lang}.jsonl", "w", encoding="utf-8") as f:
            for aid, pub, text in rows:
                f.write(json.dumps({"id": aid, "lang": lang, "text": text, "published": pub, "title": "t"},
                                   ensure_ascii=False) + "\n")
    return tmp_path


@pytest.fixture
def corpus(plant, corpus_dir):
    return plant.load_corpus(corpus_dir, ["ar", "en"])


def test_every_kind_plants_in_each_of_its_languages(plant, corpus):
    kinds = list(plant.plant_kinds.KINDS)
    plants = plant.make_plants(corpus, kinds, 2, seed=3)
    made = {(p["kind"], p["lang"]) for p in plants}
    expected = {(k, lang) for k in kinds for lang in plant.plant_kinds.KIND_LANGS[k]}
    assert made == expected


def test_plants_are_well_formed_one_per_copy(plant, corpus):
    plants = plant.make_plants(corpus, list(plant.plant_kinds.KINDS), 2, seed=3)
    originals = {a["id"]: a["text"] for rows in corpus.values() for a in rows}
    assert len({p["id"] for p in plants}) == len(plants)
    for p in plants:
        assert p["text"] != originals[p["source"]]
        assert p["spans"] and len(p["spans"]) == len(p["evidence"])
        for (s, e), ev in zip(p["spans"], p["evidence"]):
            assert 0 <= s < e <= len(p["text"]) and p["text"][s:e] == ev
    # a name variant changes one later occurrence and nothing else
    for p in (p for p in plants if p["kind"].startswith("name_")):
        (s0, e0), (s1, e1) = p["spans"]
        assert s0 < s1 and p["evidence"][0] != p["evidence"][1]
        assert p["text"][:s1] == originals[p["source"]][:s1]


def test_plants_are_deterministic_for_a_seed(plant, corpus):
    kinds = list(plant.plant_kinds.KINDS)
    a = plant.make_plants(corpus, kinds, 2, seed=5)
    assert a == plant.make_plants(corpus, kinds, 2, seed=5)
    assert [p["text"] for p in a] != [p["text"] for p in plant.make_plants(corpus, kinds, 2, seed=6)]


def test_inserted_templates_render_their_evidence(plant):
    text, spans = plant.plant_kinds.render("A ⟦{N} b⟧ c ⟦d⟧.", {"N": 12})
    assert text == "A 12 b c d." and [text[s:e] for s, e in spans] == ["12 b", "d"]


def finding(s, e, rule="X", related=()):
    return {"rule": rule, "span": {"start": s, "end": e}, "related": [{"span": {"start": a, "end": b}}
                                                                     for a, b in related]}


def test_scoring_counts_an_overlapping_primary_or_related_span(plant):
    original = "Alpha beta. Gamma delta went home."
    copy = {"text": "Alpha beta. Seven cats. Gamma delta went home. Nine cats.", "spans": [[12, 22], [47, 56]]}
    assert [copy["text"][s:e] for s, e in copy["spans"]] == ["Seven cats", "Nine cats"]
    assert plant.score_plant(copy, [finding(50, 54, "NUM001")], [], original)["found"]
    assert plant.score_plant(copy, [finding(0, 5, related=[(21, 30)])], [], original)["found"]
    missed = plant.score_plant(copy, [finding(0, 5, "NAME001")], [], original)
    assert not missed["found"] and [n["rule"] for n in missed["new"]] == ["NAME001"]
    # the same finding on the original (other offsets, same place in the text) is not new
    old = plant.score_plant(copy, [finding(24, 29, "NAME001")], [finding(12, 17, "NAME001")], original)
    assert not old["found"] and old["new"] == []


def test_a_run_prints_recall_and_false_findings(plant, corpus_dir, tmp_path, capsys):
    out_json = tmp_path / "res.json"
    assert plant.main(["--corpus", str(corpus_dir), "--per-kind", "1", "--jobs", "1", "--json", str(out_json),
                       "--show-misses", "2", "--kinds", "weekday,residue,name_person,quantity"]) == 0
    out = capsys.readouterr().out
    assert "Recall by kind" in out and "weekday" in out and "Findings on the untouched originals" in out
    assert "New findings caused by a plant" in out
    results = json.loads(out_json.read_text(encoding="utf-8"))["plants"]
    assert {r["kind"] for r in results} == {"weekday", "residue", "name_person", "quantity"}
    assert all(isinstance(r["found"], bool) for r in results)
    assert any(r["found"] for r in results if r["kind"] == "weekday")


def test_missing_corpus_exits_2(plant, tmp_path, capsys):
    assert plant.main(["--corpus", str(tmp_path / "nowhere")]) == 2
    assert "corpus not found" in capsys.readouterr().err
