"""The locale of a run, end to end: the command line (--locale, the configuration), the text, JSON
and HTML formats, `checker explain --locale ar`, and the service (a request's locale field,
Accept-Language, its errors and the review page)."""

from __future__ import annotations

import json
import re
import warnings

import pytest

from checker.i18n import FSI, PDI
from tests.helpers import FIXTURES, run_cli as run

SEED = FIXTURES / "articles" / "seed-ar-sharaa.txt"
LATIN = re.compile(r"[A-Za-z]")


def _visible(text: str) -> str:
    """Text outside directional isolates (what is not a quotation in the other script)."""
    return re.sub(f"{FSI}.*?{PDI}", "", text)


def test_the_seed_in_arabic_reads_without_an_english_word():
    code, out, _ = run("check", str(SEED), "--locale", "ar", "--no-config")
    assert code == 1
    lines = out.splitlines()
    diagnostics = [ln for ln in lines if ln.startswith(str(SEED))]
    assert len(diagnostics) == 8
    for line in diagnostics:
        rest = line.split(": ", 1)[1]
        sev, rule, message = rest.split(" ", 2)
        assert sev in ("خطأ", "تنبيه", "إفادة") and re.fullmatch(r"[A-Z]+\d{3}", rule)
        assert not LATIN.search(_visible(message)), message
    for line in lines[1:]:
        if not line.startswith(str(SEED)):
            assert not LATIN.search(_visible(line)), line
    assert lines[-1] == "مقال واحد؛ 8 ملاحظات؛ خطأ واحد، 7 تنبيهات"


def test_the_locale_can_come_from_the_configuration(tmp_path):
    (tmp_path / "checker.toml").write_text('locale = "ar"\n', encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    code, out, _ = run("check", str(article))
    assert code == 1 and "الحالتان قائمتان معاً" in out
    code, out, _ = run("check", str(article), "--locale", "en")
    assert code == 1 and "both hold from 2016 to 2023" in out


def test_auto_follows_each_article(tmp_path):
    english = tmp_path / "en.txt"
    english.write_text("Four ministers resigned: Smith, Jones and Brown.\n", encoding="utf-8")
    code, out, _ = run("check", str(SEED), str(english), "--locale", "auto", "--no-config")
    assert code == 1
    assert "الحالتان قائمتان معاً" in out and "The count 'Four' does not match" in out


def test_an_unknown_locale_is_a_usage_error():
    code, _, err = run("check", str(SEED), "--locale", "xx", "--no-config")
    assert code == 2 and "unknown locale 'xx'" in err


def test_json_keeps_message_ids_and_arguments_in_every_locale():
    docs = {}
    for locale in ("ar", "en"):
        code, out, _ = run("check", str(SEED), "--format", "json", "--locale", locale, "--no-config")
        assert code == 1
        docs[locale] = json.loads(out)["articles"][0]["findings"]

    def machine(findings):
        return [(f["rule"], f["message_id"], f["arguments"], [(r["message_id"], r["arguments"]) for r in f["related"]],
                 [(s["message_id"], s["arguments"]) for s in f["suggestions"]], f["fingerprint"]) for f in findings]

    assert machine(docs["ar"]) == machine(docs["en"])
    time001 = docs["en"][0]
    assert time001["message_id"] == "overlap" and time001["arguments"]["first_state"] == "wanted by"
    assert [r["message_id"] for r in time001["related"]] == ["ally", "cooperating", "cooperating"]


def test_explain_in_arabic():
    code, out, _ = run("explain", "TIME001", "--locale", "ar", "--no-config")
    assert code == 0
    for heading in ("## ما تكشفه", "## لماذا يهم", "## مثال", "## ما لا تنبّه إليه"):
        assert heading in out
    assert "شخص واحد في حالتين لا تجتمعان" in out
    code, out, _ = run("explain", "TIME001", "--no-config")
    assert code == 0 and "## What it flags" in out


def test_html_report_in_arabic_is_right_to_left(tmp_path):
    report = tmp_path / "r.html"
    code, _, _ = run("check", str(SEED), "--format", "html", "-o", str(report), "--locale", "ar", "--no-config")
    assert code == 1
    page = report.read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in page
    assert "<title>تقرير المدقق</title>" in page and "الحالتان قائمتان معاً" in page
    assert 'class="msg" dir="rtl"' in page
    code, _, _ = run("check", str(SEED), "--format", "html", "-o", str(report), "--no-config")
    assert '<html lang="en">' in report.read_text(encoding="utf-8")


# --- the service -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def client():
    pytest.importorskip("fastapi", reason="the service needs the 'serve' extra")
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
        from fastapi.testclient import TestClient
    from checker.core.engine import Engine
    from checker.service.app import create_app
    from checker.service.settings import ServeSettings
    with TestClient(create_app(Engine(), ServeSettings(workers=0))) as c:
        yield c


def test_the_service_answers_in_arabic_for_accept_language_ar(client):
    text = SEED.read_text(encoding="utf-8")
    r = client.post("/v1/check", json={"text": text}, headers={"Accept-Language": "ar-SY,ar;q=0.9,en;q=0.5"})
    assert r.status_code == 200 and r.headers["content-language"] == "ar"
    first = r.json()["findings"][0]
    assert first["message"].startswith("الشرع مطلوب لدى الولايات المتحدة حتى عام 2023")
    assert first["message_id"] == "overlap" and first["arguments"]["subject"] == "الشرع"
    r = client.post("/v1/check", json={"text": text, "locale": "en"}, headers={"Accept-Language": "ar"})
    assert r.json()["findings"][0]["message"].startswith(f"{FSI}الشرع{PDI} is wanted by")
    r = client.post("/v1/check", json={"text": text})
    assert "is wanted by" in r.json()["findings"][0]["message"]
    r = client.post("/v1/check/batch", json={"articles": [{"text": text}], "locale": "ar"})
    assert r.json()["articles"][0]["findings"][0]["message"].startswith("الشرع مطلوب")


def test_the_service_refuses_an_unknown_locale_and_answers_errors_in_arabic(client):
    r = client.post("/v1/check", json={"text": "x", "locale": "xx"})
    assert r.status_code == 422 and "locale" in json.dumps(r.json()["problems"])
    r = client.post("/v1/check", json={"text": "   "}, headers={"Accept-Language": "ar"})
    assert r.status_code == 422 and r.json()["error"] == "empty-article"
    assert r.json()["message"] == "الخبر بلا نص، فيه مسافات فقط."
    r = client.post("/v1/check", json={"text": "   "})
    assert r.json()["message"] == "body.text: the article has no text, only white space"


@pytest.mark.parametrize("how", [{"params": {"locale": "ar"}}, {"headers": {"Accept-Language": "ar"}}])
def test_the_review_page_in_arabic(client, how):
    r = client.get("/", **how)
    assert r.status_code == 200 and r.headers["content-language"] == "ar"
    page = r.text
    assert '<html lang="ar" dir="rtl">' in page
    assert '<button id="check" type="submit" class="primary" data-i18n="check">افحص</button>' in page
    assert 'placeholder="الصق الخبر هنا' in page
    strings = json.loads(re.search(r'<script id="ui-strings" type="application/json">(.*?)</script>', page).group(1))
    assert strings["locale"] == "ar" and strings["strings"]["no-findings"] == "لا ملاحظات."
    english = client.get("/").text
    assert '<html lang="en" dir="ltr">' in english and ">Check</button>" in english


def test_command_line_errors_in_arabic_translate_their_detail_and_isolate_its_values():
    code, _, err = run("check", str(SEED), "--locale", "ar", "--select", "NOPE", "--no-config")
    assert code == 2
    assert err.startswith(f"checker: خطأ: الإعداد «{FSI}select{PDI}» يذكر قاعدة غير معروفة «{FSI}NOPE{PDI}» "
                          f"(المعروفة: {FSI}DATE001, ")
    assert err.rstrip("\n").endswith(f"{PDI})")
    code, _, err = run("check", str(SEED), "--select", "NOPE", "--no-config")
    assert code == 2 and err.startswith("checker: error: configuration 'select' names unknown rule 'NOPE'")
