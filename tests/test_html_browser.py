"""The HTML report in a real headless browser (Debian's chromium + chromedriver through Selenium).

Opens the page from a file:// URL, checks the findings are shown, clicks a status filter and checks
the other findings are hidden, and saves a screenshot to ``test-artifacts/``. On a developer's machine
it skips when chromium, chromedriver or selenium is missing (install: ``apt-get install chromium
chromium-driver`` and the ``browser`` extra); under CI (``CI`` set, as ``.ci/run`` runs) it fails
instead, so a CI run can never pass without having run it.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest

from factcheck.render import RenderOptions, render
from tests.test_render_formats import sample_report

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")
CHROMEDRIVER_NAMES = ("chromedriver",)
# Flags for a sandboxed CI container: no GPU, no /dev/shm, no network chatter, a throwaway profile.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1200,1600",
)


def _which(names: tuple[str, ...]) -> str | None:
    return next((p for p in map(shutil.which, names) if p), None)


def in_ci() -> bool:
    """True under CI (``CI=true``, as every CI service and ``.ci/run`` set it)."""
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def cannot_run(reason: str) -> NoReturn:
    """Skip on a developer's machine; fail under CI, where the browser test must run."""
    if in_ci():
        pytest.fail(f"browser test cannot run in CI: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture
def driver(tmp_path: Path) -> Iterator[Any]:
    try:
        from selenium import webdriver
    except ImportError:
        cannot_run("selenium is not installed (extra 'browser')")
    chromium, chromedriver = _which(CHROMIUM_NAMES), _which(CHROMEDRIVER_NAMES)
    if chromium is None or chromedriver is None:
        cannot_run("chromium or chromedriver is not installed")
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = chromium
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'profile'}")
    try:
        browser = webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)
    except Exception as exc:  # a broken browser install: skipped locally, a failure under CI
        cannot_run(f"chromium did not start: {exc}")
    try:
        yield browser
    finally:
        browser.quit()


def _visible(browser: Any) -> list[str]:
    from selenium.webdriver.common.by import By

    return [el.get_attribute("id") for el in browser.find_elements(By.CSS_SELECTOR, ".finding") if el.is_displayed()]


def test_filters_show_and_hide_findings(driver: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    page = tmp_path / "report.html"
    page.write_text(render(sample_report(), "html", RenderOptions(draft_ids=("draft",))), encoding="utf-8")
    driver.get(page.as_uri())
    assert driver.title.startswith("factcheck: 2 findings to check")
    every = ["fc-0000000000000001", "fc-0000000000000002", "fc-0000000000000003", "fc-0000000000000004"]
    assert _visible(driver) == every
    marks = [m.text for m in driver.find_elements(By.CSS_SELECTOR, "#fc-0000000000000001 mark")]
    assert marks == ["Anthony Blinken", "Antony Blinken", "Antony Blinken"]

    driver.find_element(By.CSS_SELECTOR, 'button[data-filter="updated"]').click()
    assert _visible(driver) == ["fc-0000000000000002"]
    pressed = driver.find_element(By.CSS_SELECTOR, 'button[aria-pressed="true"]')
    assert pressed.get_attribute("data-filter") == "updated"
    ARTIFACTS.mkdir(exist_ok=True)
    assert driver.save_screenshot(str(ARTIFACTS / "html-report-filtered.png"))

    driver.find_element(By.CSS_SELECTOR, 'button[data-filter="conflict"]').click()
    assert _visible(driver) == ["fc-0000000000000001", "fc-0000000000000003"]
    driver.find_element(By.CSS_SELECTOR, 'button[data-filter="accepted"]').click()
    assert _visible(driver) == ["fc-0000000000000003"]
    driver.find_element(By.CSS_SELECTOR, 'button[data-filter="all"]').click()
    assert _visible(driver) == every
    # The escaped subject is text, not markup: no script ran and no element was injected.
    assert driver.find_elements(By.CSS_SELECTOR, "article script") == []
    assert "<script>alert(1)</script>" in driver.find_element(By.ID, "fc-0000000000000002").text
    assert driver.save_screenshot(str(ARTIFACTS / "html-report.png"))


@pytest.mark.parametrize("value", ["true", "1", "yes"])
def test_a_missing_browser_fails_under_ci(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("CI", value)
    with pytest.raises(pytest.fail.Exception, match=r"^browser test cannot run in CI: chromium is missing$"):
        cannot_run("chromium is missing")


@pytest.mark.parametrize("value", [None, "", "false", "0"])
def test_a_missing_browser_skips_on_a_developer_machine(monkeypatch: pytest.MonkeyPatch, value: str | None) -> None:
    if value is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", value)
    with pytest.raises(pytest.skip.Exception, match=r"^chromium is missing$"):
        cannot_run("chromium is missing")


def test_series_is_drawn_with_one_mark_per_source(driver: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    report = sample_report()
    page = tmp_path / "report.html"
    page.write_text(render(report, "html", RenderOptions(draft_ids=("draft",))), encoding="utf-8")
    driver.get(page.as_uri())
    svgs = driver.find_elements(By.CSS_SELECTOR, "#fc-0000000000000002 svg.series")
    assert len(svgs) == 1
    assert driver.find_elements(By.CSS_SELECTOR, "svg.series") == svgs  # only the updated finding has one
    marks = svgs[0].find_elements(By.CSS_SELECTOR, "circle.series-mark")
    updated = next(f for f in report.findings if f.series)
    expected = [(s, p.value, p.revised) for p in updated.series or () for s in p.sources]
    assert [
        (m.get_attribute("data-source"), m.get_attribute("data-value"), "revised" in (m.get_attribute("class") or ""))
        for m in marks
    ] == expected
    assert expected == [("draft", "7", False), ("paper", "9", True), ("wire", "9", True)]
    # Drawn, not just present: every mark has a size on the page, the later value higher up.
    boxes = [m.rect for m in marks]
    assert all(b["width"] > 0 and b["height"] > 0 for b in boxes)
    assert boxes[0]["y"] > boxes[1]["y"] == boxes[2]["y"]
    assert boxes[0]["x"] < boxes[1]["x"] < boxes[2]["x"]
    # The escaped display text is text in the drawing, not markup.
    labels = [t.get_attribute("textContent") for t in svgs[0].find_elements(By.CSS_SELECTOR, "text.series-value")]
    assert labels == ["7", "9 <bridges>"]
    ARTIFACTS.mkdir(exist_ok=True)
    assert svgs[0].screenshot(str(ARTIFACTS / "html-series.png"))
