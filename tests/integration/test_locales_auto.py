"""`--locale auto`: each finding in its article's language, and the interface of the whole run
(the text format's summary line, the HTML report's page) in the batch's language when all its
articles share one, else in English."""

from __future__ import annotations

import pytest

from tests.helpers import FIXTURES, run_cli as run

SEED_AR = FIXTURES / "articles" / "seed-ar-sharaa.txt"
AR_2 = FIXTURES / "articles" / "ar-water-project.txt"
EN = FIXTURES / "articles" / "en-council-budget.txt"


def _summary(*paths) -> str:
    _, out, _ = run("check", "--no-cache", "--no-config", "--locale", "auto", *map(str, paths))
    return out.splitlines()[-1]


def test_an_arabic_batch_closes_with_an_arabic_summary():
    assert _summary(SEED_AR) == "مقال واحد؛ 8 ملاحظات؛ خطأ واحد، 7 تنبيهات"
    assert _summary(SEED_AR, AR_2).startswith("مقالان؛ ")


def test_a_mixed_batch_closes_in_english():
    line = _summary(SEED_AR, EN)
    assert line.startswith("2 articles; ")
    _, out, _ = run("check", "--no-cache", "--no-config", "--locale", "auto", str(SEED_AR), str(EN))
    assert any(" ACROSS" not in ln and "تنبيه " in ln for ln in out.splitlines())   # findings still in Arabic


def test_an_english_batch_closes_in_english():
    assert _summary(EN).startswith("1 article; ")


@pytest.mark.parametrize("paths,lang,direction", [((SEED_AR,), "ar", ' dir="rtl"'), ((SEED_AR, EN), "en", ""),
                                                  ((EN,), "en", "")])
def test_the_html_report_follows_the_batch(tmp_path, paths, lang, direction):
    out = tmp_path / "report.html"
    code, _, _ = run("check", "--no-cache", "--no-config", "--locale", "auto", "--format", "html", "-o", str(out),
                     *map(str, paths))
    assert code == 1
    page = out.read_text(encoding="utf-8")
    assert f'<html lang="{lang}"{direction}>' in page
    assert page.count('<section class="ck-article"') == len(paths)
    if lang == "ar":
        assert "مقال واحد؛ 8 ملاحظات" in page and "checker report" not in page
    else:
        assert "<title>checker report</title>" in page and "مقال واحد؛" not in page
