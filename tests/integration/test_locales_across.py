"""The cross-article rules (`checker check --across`) in the reader's locale: their messages,
related notes, documentation and catalogue entries in Arabic, with the other article's id kept as
written inside directional isolates and the JSON output's message ids and arguments unchanged."""

from __future__ import annotations

import json
import re

import pytest

from checker.i18n import FSI, PDI
from tests.helpers import FIXTURES, run_cli as run

ACROSS = FIXTURES / "across"
LATIN = re.compile(r"[A-Za-z]")


def _visible(text: str) -> str:
    return re.sub(f"{FSI}.*?{PDI}", "", text)


def _json(name: str, locale: str) -> list[dict]:
    code, out, _ = run("check", "--no-cache", "--no-config", "--across", "--locale", locale,
                       "--format", "json", str(ACROSS / name))
    assert code == 1
    data = json.loads(out)
    return [f for a in data["articles"] for f in a["findings"]]


@pytest.mark.parametrize("name,rule", [("bilingual-name.jsonl", "ACROSS003"), ("ceasefire-dates-en.jsonl", "ACROSS002"),
                                       ("roles-ar-en.jsonl", "ACROSS004"), ("updates-toll-en.jsonl", "ACROSS001"),
                                       ("updates-toll-ar.jsonl", "ACROSS001")])
def test_group_findings_read_in_arabic_with_stable_ids_and_arguments(name, rule):
    [ar] = _json(name, "ar")
    [en] = _json(name, "en")
    assert ar["rule"] == en["rule"] == rule
    assert ar["message_id"] == en["message_id"] and ar["arguments"] == en["arguments"] != {}
    assert not LATIN.search(_visible(ar["message"])), ar["message"]
    [rel_ar], [rel_en] = ar["related"], en["related"]
    assert rel_ar["message_id"] == rel_en["message_id"] is not None
    assert rel_en["message"].startswith("the ") and not LATIN.search(_visible(rel_ar["message"])), rel_ar["message"]
    other = rel_en["article"]
    assert f"«{FSI}{other}{PDI}»" in ar["message"] and f"«{FSI}{other}{PDI}»" in rel_ar["message"]


def test_the_name_variant_in_arabic_word_for_word():
    [f] = _json("bilingual-name.jsonl", "ar")
    assert f["message"] == (f"«وليد منسي» هنا، لكنه «{FSI}Walid Mansour{PDI}» في «{FSI}market-blast-en{PDI}» "
                            "(2024-03-04)، وهو خبر من القصة نفسها: إما أن اسم شخص واحد كُتب بطريقتين، "
                            "وإما أن المذكور شخص آخر.")
    assert f["related"][0]["message"] == f"الاسم كما ورد في «{FSI}market-blast-en{PDI}» (2024-03-04)"


def test_the_event_kind_and_dates_are_rendered_in_arabic():
    [f] = _json("ceasefire-dates-en.jsonl", "ar")
    assert f["message"].startswith("تاريخ الحدث (وقف إطلاق النار) هنا 21 آذار/مارس 2024، لكنه 12 آذار/مارس 2024 في ")


def test_the_text_format_in_arabic_has_no_english_word_outside_isolates():
    code, out, _ = run("check", "--no-cache", "--no-config", "--across", "--locale", "ar",
                       str(ACROSS / "updates-toll-en.jsonl"))
    assert code == 1
    lines = [ln for ln in out.splitlines() if "ACROSS001" in ln]
    assert len(lines) == 1
    assert not LATIN.search(_visible(lines[0].split("ACROSS001", 1)[1])), lines[0]
    assert out.splitlines()[-1] == "3 مقالات؛ ملاحظة واحدة؛ تنبيه واحد"


def test_explain_a_group_rule_in_arabic():
    code, out, _ = run("explain", "ACROSS001", "--locale", "ar", "--no-config")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "ACROSS001 cross-article-figures"
    assert f"يُشغّلها: {FSI}checker check --across{PDI}، على أخبار القصة الواحدة" in lines
    assert "## ما تكشفه" in lines and "## ما لا تنبّه إليه" in lines
    assert "What it flags" not in out


def test_the_arabic_rule_catalogue_holds_the_group_rules():
    code, out, _ = run("rules", "--format", "markdown", "--locale", "ar", "--no-config")
    assert code == 0
    for rid in ("ACROSS001", "ACROSS002", "ACROSS003", "ACROSS004"):
        assert f"\n## {rid} cross-article-" in out
    assert out.count("- **يُشغّلها:** `checker check --across`، على أخبار القصة الواحدة\n") == 4
    assert "| across | (--across) خبران من قصة واحدة يكتبان اسم شخص" in out


def test_the_service_answers_group_findings_in_arabic():
    # the service is an optional extra (FastAPI): imported here so the other tests run without it
    TestClient = pytest.importorskip("fastapi.testclient", reason="the service needs the 'serve' extra").TestClient
    from checker.core.engine import Engine
    from checker.service.app import create_app
    from checker.service.settings import ServeSettings
    articles = [json.loads(line) for line in (ACROSS / "bilingual-name.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip()]
    with TestClient(create_app(Engine(), ServeSettings(workers=0))) as client:
        r = client.post("/v1/check/batch", json={"articles": articles, "across": True},
                        headers={"Accept-Language": "ar"})
    assert r.status_code == 200
    [f] = [f for a in r.json()["articles"] for f in a["findings"] if f["rule"] == "ACROSS003"]
    assert f["message"].startswith("«وليد منسي» هنا، لكنه ")
    assert f["related"][0]["message"].startswith("الاسم كما ورد في ")
