"""The main job's findings on the seed set."""

from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

from aligner.cli import cli
from tests.conftest import SEED_SET
from tests.test_glossary_seed import SEED_WRONG


@pytest.fixture(scope="module")
def findings(tmp_path_factory: pytest.TempPathFactory) -> pl.DataFrame:
    out: Path = tmp_path_factory.mktemp("run")
    result = CliRunner().invoke(cli, ["run", str(SEED_SET), "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    frame = pl.read_csv(out / "findings.tsv", separator="\t", quote_char=None, infer_schema=False)
    assert frame.columns[:9] == [
        "rendering",
        "sentences",
        "pivot_sentences",
        "check",
        "severity",
        "concept",
        "found",
        "expected",
        "context",
    ]
    return frame


def test_every_wrong_rendering_of_the_seed_is_a_finding(findings: pl.DataFrame) -> None:
    seed = findings.filter(pl.col("rendering") == "en-seed")
    found = {
        (r["concept"], r["found"])
        for r in seed.iter_rows(named=True)
        if r["check"] in ("term-deprecated", "term-forbidden")
    }
    for concept, texts in SEED_WRONG.items():
        for text in texts:
            assert (concept, text) in found, (concept, text)


def test_inconsistent_xi_thought_and_doubled_inclusive(findings: pl.DataFrame) -> None:
    seed = findings.filter(pl.col("rendering") == "en-seed")
    variants = set(
        seed.filter((pl.col("check") == "term-inconsistent") & (pl.col("concept") == "xi_thought_diplomacy"))[
            "found"
        ]
    )
    assert variants == {"Xi Jinping's Idea of diplomacy", "Xi Jinping's Ideas about diplomacy"}
    doubled = seed.filter(pl.col("check") == "repeated-word")["found"].to_list()
    assert doubled == ["inclusive and inclusive", "Inclusive and inclusive"]


def test_the_left_out_sentence_is_an_omission(findings: pl.DataFrame) -> None:
    omitted = findings.filter(pl.col("check") == "omission")
    assert "57" in set(omitted["pivot_sentences"])


def test_official_renderings_have_no_terminology_findings(findings: pl.DataFrame) -> None:
    others = findings.filter(pl.col("rendering") != "en-seed")
    assert not [c for c in others["check"] if c.startswith("term-")]
    assert set(others.filter(pl.col("severity") != "info")["check"]) <= {"omission", "addition"}
