"""Errors in the reader's locale: the service's API-key refusal under Accept-Language, and the
details of the command line's common input errors under --locale ar (their exit codes and the
machine-readable codes unchanged)."""

from __future__ import annotations

import json

import pytest

from checker.core.engine import Engine
from checker.i18n import FSI, PDI
from tests.helpers import run_cli as run


@pytest.fixture(scope="module")
def keyed():
    """A service that wants an API key (the service is an optional extra: FastAPI)."""
    TestClient = pytest.importorskip("fastapi.testclient", reason="the service needs the 'serve' extra").TestClient
    from checker.service.app import create_app
    from checker.service.settings import ServeSettings

    with TestClient(create_app(Engine(), ServeSettings(workers=0, api_keys=("k1",)))) as c:
        yield c


@pytest.mark.parametrize("headers,message", [
    ({}, f"يلزم مفتاح صالح للواجهة البرمجية: أرسل {FSI}Authorization: Bearer KEY{PDI} أو {FSI}X-API-Key: KEY{PDI}."),
    ({"X-API-Key": "nope"}, "مفتاح الواجهة البرمجية غير صالح."),
])
def test_the_api_key_refusal_in_arabic(keyed, headers, message):
    r = keyed.post("/v1/check", json={"text": "The council met."}, headers={**headers, "Accept-Language": "ar-SY,ar;q=0.9"})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert r.json() == {"error": "unauthorized", "message": message, "problems": []}


def test_the_api_key_refusal_stays_english_without_arabic(keyed):
    for headers in ({}, {"Accept-Language": "en-GB,en;q=0.8"}, {"Accept-Language": "fr"}):
        r = keyed.get("/v1/rules", headers=headers)
        assert r.status_code == 401
        assert r.json()["message"].startswith("a valid API key is required: send 'Authorization: Bearer KEY'")


def _error_lines(out: str) -> list[str]:
    return [ln for ln in out.splitlines() if ": خطأ[" in ln]


@pytest.fixture
def inputs(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9 au lait.")
    (tmp_path / "broken.jsonl").write_text('{"id": "a", "text": "The council met."\n'
                                           '{"id": "b"}\n'
                                           '{"id": "c", "text": "x", "published": "soon"}\n'
                                           '[1]\n', encoding="utf-8")
    (tmp_path / "broken.json").write_text('{"id": "a",\n', encoding="utf-8")
    return tmp_path


def test_input_errors_in_arabic(inputs):
    names = ["missing.txt", "empty.txt", "bad.txt", "broken.jsonl", "broken.json"]
    code, out, _ = run("check", "--no-cache", "--no-config", "--locale", "ar", *[str(inputs / n) for n in names])
    assert code == 2
    details = [ln.split(": خطأ[", 1)[1].split("]: ", 1)[1] for ln in _error_lines(out)]
    missing = str(inputs / "missing.txt")
    assert details == [
        f"لا ملف ولا مجلد بهذا الاسم: {FSI}{missing}{PDI}",
        "الخبر بلا نص.",
        f"الترميز ليس {FSI}UTF-8{PDI} صالحاً: {FSI}invalid continuation byte{PDI} عند البايت 3 ({FSI}b'\\xe9 au'{PDI})؛ "
        f"حوّل الملف إلى {FSI}UTF-8{PDI}",
        f"السطر 1: صيغة {FSI}JSON{PDI} غير سليمة: {FSI}Expecting ',' delimiter{PDI} عند العمود 1",
        f"السطر 2: الحقل «{FSI}text{PDI}» غير موجود",
        f"السطر 3: الحقل «{FSI}published{PDI}» ليس تاريخاً بصيغة {FSI}ISO{PDI} ({FSI}YYYY-MM-DD{PDI}، أو تاريخاً "
        f"ووقتاً): «{FSI}soon{PDI}»",
        f"السطر 4: المتوقع كائن {FSI}JSON{PDI}، والوارد {FSI}list{PDI}",
        f"صيغة {FSI}JSON{PDI} غير سليمة: {FSI}Expecting property name enclosed in double quotes{PDI} في السطر 2، "
        "العمود 1",
    ]
    codes = [ln.split("خطأ[", 1)[1].split("]", 1)[0] for ln in _error_lines(out)]   # codes stay English
    assert codes == ["not-found", "empty", "encoding", "malformed-json", "bad-record", "bad-record", "bad-record",
                     "malformed-json"]


def test_input_errors_keep_their_codes_and_english_in_json(inputs):
    paths = [str(inputs / n) for n in ("missing.txt", "broken.jsonl")]
    _, ar, _ = run("check", "--no-cache", "--no-config", "--locale", "ar", "--format", "json", *paths)
    _, en, _ = run("check", "--no-cache", "--no-config", "--format", "json", *paths)
    errors = lambda out: [e for a in json.loads(out)["articles"] for e in a["errors"]]  # noqa: E731
    assert [(e["code"], e.get("line")) for e in errors(ar)] == [(e["code"], e.get("line")) for e in errors(en)]
    assert errors(en)[0]["message"] == f"no such file or directory: {paths[0]}"
    assert errors(ar)[0]["message"] == f"لا ملف ولا مجلد بهذا الاسم: {FSI}{paths[0]}{PDI}"


def test_unknown_language_in_arabic(inputs):
    code, _, err = run("check", "--no-config", "--locale", "ar", "--lang", "xx", str(inputs / "empty.txt"))
    assert code == 2
    assert err == f"checker: خطأ: لغة غير معروفة «{FSI}xx{PDI}» (المتاح: {FSI}ar, en{PDI})\n"


@pytest.mark.parametrize("english,arabic", [
    ("the article has 300,001 characters; the limit is 300,000", "عدد حروف الخبر 300,001، والحد الأقصى 300,000"),
    ("the file has more than 4,000,000 bytes, over the limit of 4,000,000 bytes for a text input (articles of at "
     "most 300,000 characters)", f"حجم الملف أكثر من 4,000,000 بايت، فوق الحد الأقصى لمدخلات {FSI}text{PDI} وهو "
     "4,000,000 بايت (لأخبار لا تزيد على 300,000 حرف)"),
    ("standard input has 5,000,000 bytes, over the limit of 4,000,000 bytes for a json input (articles of at most "
     "300,000 characters)", f"حجم المدخل القياسي 5,000,000 بايت، فوق الحد الأقصى لمدخلات {FSI}json{PDI} وهو "
     "4,000,000 بايت (لأخبار لا تزيد على 300,000 حرف)"),
    ("line 7: the record has more than 1,000 bytes, over the limit of a jsonl input (articles of at most 10 "
     "characters)", f"السطر 7: حجم السجل أكثر من 1,000 بايت، فوق الحد الأقصى لمدخلات {FSI}jsonl{PDI} (لأخبار لا "
     "تزيد على 10 حرف)"),
    ("cannot read dir/a.txt: Permission denied", f"تعذّرت قراءة {FSI}dir/a.txt{PDI}: {FSI}Permission denied{PDI}"),
    ("something no template knows", None),
])
def test_error_details_in_arabic(english, arabic):
    from checker.i18n import Localizer
    from checker.i18n.errors import error_detail
    loc = Localizer({})
    assert error_detail(loc, "ar", english) == arabic
    assert error_detail(loc, "en", english) is None


def test_a_body_over_the_limit_is_refused_in_arabic():
    TestClient = pytest.importorskip("fastapi.testclient", reason="the service needs the 'serve' extra").TestClient
    from checker.service.app import create_app
    from checker.service.settings import ServeSettings

    with TestClient(create_app(Engine(), ServeSettings(workers=0, max_body_bytes=2000))) as c:
        body = json.dumps({"text": "x" * 3000})
        ar = c.post("/v1/check", content=body, headers={"Content-Type": "application/json", "Accept-Language": "ar"})
        en = c.post("/v1/check", content=body, headers={"Content-Type": "application/json"})
    assert (ar.status_code, ar.json()["error"], ar.json()["message"]) == (413, "too-large", "حجم الطلب أكبر من المسموح.")
    assert (en.status_code, en.json()["error"]) == (413, "too-large")
    assert en.json()["message"].startswith("the request body of 3,")


def test_item_errors_in_the_arabic_html_report(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "نص", "lang": "fr"}, ensure_ascii=False) + "\n"
                    + json.dumps({"id": "y", "text": "قال الوزير إن المشروع بدأ.", "lang": "ar"}, ensure_ascii=False)
                    + "\n", encoding="utf-8")
    _, ar, _ = run("check", "--no-cache", "--no-config", "--locale", "ar", "--format", "html", str(path))
    _, en, _ = run("check", "--no-cache", "--no-config", "--format", "html", str(path))
    assert "<li>خطأ [unknown-language]: " in ar and "<li>error [" not in ar
    assert "<li>error [unknown-language]: " in en
