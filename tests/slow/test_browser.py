"""End to end in a real headless Chromium (Playwright for Python driving the system's Chromium,
/usr/bin/chromium or $CHECKER_CHROMIUM; never a downloaded browser): the review page served by
the service on 127.0.0.1, and the HTML report opened from disk. Skipped, saying why, only where
no browser (or no Playwright) exists."""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from tests.helpers import FIXTURES

SEED_PATH = FIXTURES / "articles" / "seed-ar-sharaa.txt"
BUDGET_PATH = FIXTURES / "articles" / "en-council-budget.txt"
SEED = SEED_PATH.read_text(encoding="utf-8")
BUDGET = BUDGET_PATH.read_text(encoding="utf-8")
PAIR = "تشرين الثاني/ديسمبر"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium_path() -> str | None:
    for candidate in (os.environ.get("CHECKER_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


CHROMIUM = chromium_path()
if CHROMIUM is None:
    pytest.skip("no Chromium here (/usr/bin/chromium, or set CHECKER_CHROMIUM); .ci/run installs "
                "Debian's chromium", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed (test extra)")
pytest.importorskip("uvicorn", reason="the service needs the 'serve' extra")


@pytest.fixture(scope="module")
def server():
    """The service on a free loopback port, checks in a thread of the server; stopped at the end."""
    yield from serve()


def serve(**settings):
    import uvicorn

    from checker.core.engine import Engine
    from checker.service.app import create_app
    from checker.service.settings import ServeSettings

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(Engine(), ServeSettings(workers=0, **settings))
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the service did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    with sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=CHROMIUM, headless=True,
            args=CHROMIUM_ARGS, viewport={"width": 1280, "height": 900})
        yield context
        context.close()


@pytest.fixture
def page(browser, server):
    """A fresh tab on the review page; fails the test if the page asks anything of another host or
    throws."""
    pg = browser.new_page()
    requests, errors = [], []
    pg.on("request", lambda r: requests.append(r.url))
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(server + "/")
    wait_for(pg, "document.querySelectorAll('#lang option').length > 1")
    yield pg
    pg.close()
    assert not errors, errors
    foreign = [u for u in requests if not (u.startswith(server + "/") or u.startswith("data:"))]
    assert not foreign, f"the page loaded resources from elsewhere: {foreign}"


def wait_for(page, expression: str, timeout: float = 15) -> None:
    """Poll a JavaScript expression until it is true (the page's Content-Security-Policy forbids
    the eval that Playwright's wait_for_function needs)."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        assert time.monotonic() < deadline, f"timed out waiting for {expression}"
        page.wait_for_timeout(25)


def check(page, text: str):
    page.fill("#text", text)
    page.click("#check")
    page.wait_for_selector("#article:not([hidden]) .ln")
    wait_for(page, "document.getElementById('status').textContent.startsWith('Checked')")


def findings(page) -> list[dict]:
    return page.eval_on_selector_all(".ck-findings .finding[data-rule]", """els => els.map(li => ({
        i: li.dataset.i, rule: li.dataset.rule, severity: li.dataset.severity, hidden: li.hidden,
        text: li.textContent}))""")


def marked_text(page, attr: str, i: str) -> str:
    return page.eval_on_selector_all(f'#article mark[data-{attr}~="{i}"]', "ms => ms.map(m => m.textContent).join('')")


def test_seed_article_month_pair_highlighted_selected_and_fixed(page):
    check(page, SEED)
    assert page.get_attribute("#article", "dir") == "rtl"
    assert page.get_attribute("#article", "lang") == "ar"
    assert page.inner_text("#article").replace("\n\n", "\n").strip().startswith("حليف منذ 2016")
    fs = findings(page)
    pair = next(f for f in fs if f["rule"] == "DATE001")
    assert pair["severity"] == "error"
    # the month pair is highlighted as a primary span, its two halves as related spans
    assert marked_text(page, "p", pair["i"]) == PAIR
    assert page.eval_on_selector_all(f'#article mark[data-r~="{pair["i"]}"]',
                                     "ms => ms.map(m => m.textContent)") == ["تشرين الثاني", "ديسمبر"]
    style = page.eval_on_selector(f'#article mark.p[data-p~="{pair["i"]}"]', """m => {
        const s = getComputedStyle(m); return [s.backgroundColor, s.textDecorationLine]; }""")
    assert style[0] not in ("rgba(0, 0, 0, 0)", "transparent") and "underline" in style[1]
    assert page.eval_on_selector("#article mark.r:not(.p)", "m => getComputedStyle(m).outlineStyle") == "dashed"
    # clicking its finding selects its span in the text
    page.click(f'.finding[data-i="{pair["i"]}"] .goto')
    assert page.evaluate("getSelection().toString()") == PAIR
    assert page.get_attribute(f'.finding[data-i="{pair["i"]}"]', "aria-current") == "true"
    assert page.eval_on_selector_all("#article mark.sel", "ms => ms.map(m => m.textContent).join('')") == PAIR
    # the date suggestions need an editor: no button; residue deletions are safe: one each
    assert page.locator(f'.finding[data-i="{pair["i"]}"] button.apply').count() == 0
    residue = [f for f in fs if f["rule"] == "RESIDUE001"]
    first = next(f for f in residue if "مقالات ذات صلة" in f["text"])
    page.click(f'.finding[data-i="{first["i"]}"] button.apply')
    wait_for(page, "document.getElementById('status').textContent.startsWith('Applied')")
    wait_for(page, "document.getElementById('status').textContent.includes('Checked')")
    # the text was re-checked: that line is gone, the other residue and the month pair remain
    assert "مقالات ذات صلة" not in page.inner_text("#article")
    after = findings(page)
    assert len([f for f in after if f["rule"] == "RESIDUE001"]) == len(residue) - 1
    assert any(f["rule"] == "DATE001" for f in after)
    assert "مقالات ذات صلة" not in page.input_value("#text")


def test_keyboard_and_severity_filter(page):
    check(page, SEED)
    gotos = page.locator(".finding .goto")
    gotos.nth(0).focus()
    page.keyboard.press("ArrowDown")
    second = page.evaluate("document.activeElement.closest('.finding').dataset.i")
    assert second == page.get_attribute(".finding:nth-child(2)", "data-i")
    page.keyboard.press("Enter")
    sel = page.evaluate("getSelection().toString()")
    assert sel and sel == marked_text(page, "p", second)
    page.keyboard.press("End")
    last = page.evaluate("document.activeElement.closest('.finding').dataset.i")
    assert last == str(len(findings(page)) - 1)
    # only errors: warnings leave the list and lose their highlight
    page.uncheck('#severity-filter input[value="warning"]')
    shown = [f for f in findings(page) if not f["hidden"]]
    assert shown and all(f["severity"] == "error" for f in shown)
    warning = next(f for f in findings(page) if f["severity"] == "warning")
    assert page.eval_on_selector_all(f'#article mark[data-p="{warning["i"]}"]',
                                     "ms => ms.every(m => m.classList.contains('off'))")
    page.check('#severity-filter input[value="warning"]')
    assert all(not f["hidden"] for f in findings(page))


def test_english_article_apply_all_safe_fixes(page):
    check(page, BUDGET)
    assert page.get_attribute("#article", "dir") == "ltr"
    from checker.core.engine import Engine
    from checker.io.fixes import choose, safe_edits

    before = findings(page)
    assert sum(f["rule"] == "RESIDUE001" for f in before) == 3
    safe = len(choose(safe_edits(Engine().check(BUDGET)))[0])  # what one round of fixes applies
    assert safe >= 3 and page.inner_text("#fix-all") == f"Apply all safe fixes ({safe})"
    page.click("#fix-all")
    wait_for(page, f"document.getElementById('status').textContent.startsWith('Applied {safe} safe fixes')")
    after = findings(page)
    assert not any(f["rule"] == "RESIDUE001" for f in after)
    assert len(after) < len(before)
    assert page.is_disabled("#fix-all")
    # edit the text again, then check it once more
    page.click("#edit")
    assert page.is_visible("#text") and "Leave a comment" not in page.input_value("#text")


def test_open_a_file_and_choose_language_and_date(page, tmp_path):
    page.set_input_files("#file", str(SEED_PATH))
    wait_for(page, "document.getElementById('text').value.length > 100")
    assert page.input_value("#text") == SEED
    page.select_option("#lang", "ar")
    assert page.get_attribute("#text", "dir") == "rtl"
    page.fill("#published", "2025-11-12")
    page.click("#check")
    wait_for(page, "document.getElementById('status').textContent.startsWith('Checked')")
    assert "published 2025-11-12" in page.inner_text("#status")
    md = tmp_path / "brief.md"
    md.write_text("# Brief\n\nThe mayor said “the plan is ready.\n", encoding="utf-8")
    page.set_input_files("#file", str(md))
    wait_for(page, "document.getElementById('format').value === 'md'")
    page.click("#check")
    wait_for(page, "document.querySelectorAll('.finding[data-rule=PUNCT001]').length === 1")


def test_service_errors_are_shown(page):
    page.fill("#text", "   ")
    page.click("#check")
    assert "Paste or open an article first" in page.inner_text("#status")
    page.fill("#text", "x" * 10)
    page.evaluate("document.getElementById('lang').insertAdjacentHTML('beforeend', '<option value=xx>xx</option>')")
    page.select_option("#lang", "xx")
    page.click("#check")
    wait_for(page, "document.getElementById('status').classList.contains('error')")
    assert "unknown language 'xx'" in page.inner_text("#status")


def test_html_report_in_the_browser(browser, tmp_path):
    import io

    from checker.cli.main import main

    report = tmp_path / "report.html"
    rc = main(["check", "--format", "html", "-o", str(report), str(SEED_PATH), str(BUDGET_PATH)],
              stdout=io.StringIO(), stderr=io.StringIO())
    assert rc == 1
    pg = browser.new_page()
    requests = []
    pg.on("request", lambda r: requests.append(r.url))
    pg.goto(report.as_uri())
    assert requests == [report.as_uri()]  # self-contained
    assert pg.locator("section.ck-article").count() == 2
    assert pg.locator("table.index tbody tr").count() == 2
    sec = pg.locator("section.ck-article").nth(0)
    assert sec.locator(".ck-text").get_attribute("dir") == "rtl"
    i = sec.locator('.finding[data-rule="DATE001"]').get_attribute("data-i")
    pair = sec.locator(f'.ck-text mark[data-p~="{i}"]').all_text_contents()
    assert "".join(pair) == PAIR
    sec.locator(f'.finding[data-i="{i}"] a.goto').click()
    assert pg.evaluate("getSelection().toString()") == PAIR
    assert pg.url.endswith(f"#a1-m{i}")
    # a click on a highlight selects its finding
    pg.locator("section.ck-article").nth(1).locator(".ck-text mark.p").first.click()
    assert pg.evaluate("document.activeElement.classList.contains('goto')")
    pg.uncheck('#severity-filter input[value="warning"]')
    assert pg.locator('.finding[data-severity="warning"]:visible').count() == 0
    assert pg.locator('.finding[data-severity="error"]:visible').count() >= 1
    pg.close()


def test_a_server_with_api_keys_asks_for_one(browser):
    gen = serve(api_keys=("secret-key",))
    url = next(gen)
    pg = browser.new_page()
    try:
        pg.goto(url + "/")
        wait_for(pg, "!document.getElementById('key-row').hidden")
        pg.fill("#text", BUDGET)
        pg.click("#check")
        wait_for(pg, "document.getElementById('status').classList.contains('error')")
        assert "API key" in pg.inner_text("#status")
        pg.fill("#api-key", "secret-key")
        pg.press("#api-key", "Enter")
        wait_for(pg, "document.getElementById('status').textContent.startsWith('Checked')")
        assert pg.locator('.finding[data-rule="RESIDUE001"]').count() == 3
    finally:
        pg.close()
        next(gen, None)


def test_a_click_anywhere_on_a_card_selects_it_and_blank_lines_keep_the_arabic_side(page):
    check(page, SEED)
    pair = next(f for f in findings(page) if f["rule"] == "DATE001")
    # the card's message, not its button
    page.click(f'.finding[data-i="{pair["i"]}"] p.msg', position={"x": 5, "y": 5})
    assert page.get_attribute(f'.finding[data-i="{pair["i"]}"]', "aria-current") == "true"
    assert page.eval_on_selector_all("#article mark.sel", "ms => ms.map(m => m.textContent).join('')") == PAIR
    # every line number, blank lines' included, on the right of the Arabic text
    sides = page.eval_on_selector_all("#article .ln", """ls => ls.map(l => {
        return [l.textContent.trim() === '', getComputedStyle(l).direction]; })""")
    assert any(blank for blank, _ in sides) and {d for _, d in sides} == {"rtl"}


def test_the_date_field_asks_for_an_iso_date_in_any_language(page):
    assert page.get_attribute("#published", "placeholder") == "YYYY-MM-DD"
    assert page.get_attribute("#published", "type") == "text"


def test_review_page_in_arabic_right_to_left_with_the_seed_findings(browser, server, tmp_path):
    """The review page asked for in Arabic (Accept-Language): interface strings in Arabic, the
    whole page right-to-left, and the seed's findings listed in Arabic."""
    pg = browser.new_page()
    pg.set_extra_http_headers({"Accept-Language": "ar-SY,ar;q=0.9"})
    errors = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    try:
        pg.goto(server + "/")
        wait_for(pg, "document.querySelectorAll('#lang option').length > 1")
        assert pg.evaluate("[document.documentElement.lang, document.documentElement.dir]") == ["ar", "rtl"]
        assert pg.evaluate("getComputedStyle(document.body).direction") == "rtl"
        assert pg.inner_text("#check") == "افحص"
        assert pg.title() == "المدقق — مراجعة خبر"
        pg.fill("#text", SEED)
        pg.click("#check")
        pg.wait_for_selector("#article:not([hidden]) .ln")
        wait_for(pg, "document.getElementById('status').textContent.startsWith('اكتمل الفحص')")
        assert pg.inner_text("#status").startswith("اكتمل الفحص: 8 ملاحظات")
        fs = findings(pg)
        assert sorted(f["rule"] for f in fs) == sorted(
            ["TIME001", "PUNCT001", "DATE001", "PUNCT001", "RESIDUE001", "RESIDUE001", "RESIDUE001", "RESIDUE001"])
        messages = pg.eval_on_selector_all(".ck-findings .finding .msg", "ps => ps.map(p => [p.textContent, p.dir])")
        assert all(d == "rtl" for _, d in messages)
        assert messages[0][0].startswith("الشرع مطلوب لدى الولايات المتحدة حتى عام 2023")
        for text, _ in messages:
            assert not re.search("[A-Za-z]", re.sub("\u2068.*?\u2069", "", text)), text
        pair = next(f for f in fs if f["rule"] == "DATE001")
        assert "خطأ" in pair["text"] and "اسما الشهر هنا لا يتطابقان" in pair["text"]
        shot = tmp_path / "review-ar.png"
        pg.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 10_000
    finally:
        pg.close()
    assert not errors, errors
