"""report.html in a real browser: headless Chromium (Debian's package; .ci/run installs it) driven by
Playwright, which is told to use that browser, so nothing is downloaded. A screenshot is kept in
test-artifacts/report.png."""

import os
import shutil

import polars as pl
import pytest
from click.testing import CliRunner

from aligner.cli import cli
from tests.conftest import ROOT, SEED_SET

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory):
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; .ci/run should have installed it")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    playwright = pytest.importorskip("playwright.sync_api")
    out = tmp_path_factory.mktemp("run")
    result = CliRunner().invoke(cli, ["run", str(SEED_SET), "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto((out / "report.html").resolve().as_uri())
        yield page, out, requests
        artifacts = ROOT / "test-artifacts"
        artifacts.mkdir(exist_ok=True)
        page.select_option("#f-check", "")
        page.screenshot(path=str(artifacts / "report.png"), full_page=False)
        browser.close()


def test_the_page_is_self_contained(report) -> None:
    _, _, requests = report
    assert all(url.startswith("file://") for url in requests), requests


def test_scores_findings_and_aligned_rows_are_all_there(report) -> None:
    page, out, _ = report
    assert page.locator("#scores tbody tr").count() == 4
    findings = pl.read_csv(out / "findings.tsv", separator="\t", quote_char=None, infer_schema=False)
    assert page.locator("#findings tbody tr").count() == findings.height
    assert page.text_content("#f-count") == f"{findings.height} shown"
    aligned = pl.read_csv(
        out / "aligned.tsv", separator="\t", quote_char=None, comment_prefix="#", infer_schema=False
    )
    assert page.locator("#aligned tbody tr").count() == aligned.height
    assert page.locator("#concepts tbody tr").count() == 47


def test_findings_filter_by_check_and_rendering(report) -> None:
    page, out, _ = report
    findings = pl.read_csv(out / "findings.tsv", separator="\t", quote_char=None, infer_schema=False)
    page.select_option("#f-check", "repeated-word")
    assert page.locator("#findings tbody tr:visible").count() == 2
    page.select_option("#f-check", "")
    page.select_option("#f-rendering", "en-official")
    expected = findings.filter(pl.col("rendering") == "en-official").height
    assert page.locator("#findings tbody tr:visible").count() == expected
    assert page.text_content("#f-count") == f"{expected} shown"
    page.select_option("#f-rendering", "")


def test_terms_are_highlighted_by_status_with_the_preferred_term_on_hover(report) -> None:
    page, _, _ = report
    forbidden = page.locator("#aligned mark.forbidden")
    assert forbidden.count() >= 30
    titles = [forbidden.nth(k).get_attribute("title") for k in range(forbidden.count())]
    assert "forbidden: central_military_commission (preferred: Central Military Commission)" in titles
    assert page.locator("#aligned mark.preferred").count() >= 100


def test_similarity_plot_marks_omissions_and_additions(report) -> None:
    page, _, _ = report
    assert page.locator("svg.plot").count() == 3
    assert page.locator('svg.plot[data-rendering="zh"] circle[fill="#d00"]').count() >= 1
    assert page.locator('svg.plot[data-rendering="en-official"] circle[fill="#06c"]').count() >= 1
