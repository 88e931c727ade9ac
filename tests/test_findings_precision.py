"""Precision and recall of the main job's findings (errors and warnings) against a hand-made list of the
findings a reviewer expects on the seed set."""

import re

import polars as pl
import pytest
from click.testing import CliRunner

from aligner.cli import cli
from aligner.reader import read_document
from tests.conftest import SEED_SET
from tests.test_glossary_seed import SEED_WRONG

SEED = read_document(SEED_SET / "000_7bb629c7fcce0667.txt", "en")


def _sentence_of(offset: int) -> int:
    return max(s.index for s in SEED.sentences if s.start <= offset)


def _expected() -> set[tuple[str, ...]]:
    expected = set()
    spans = [  # every occurrence of every wrong rendering ...
        (m.start(), m.end(), concept)
        for concept, texts in SEED_WRONG.items()
        for text in texts
        for m in re.finditer(re.escape(text), SEED.text)
    ]
    for start, end, concept in spans:  # ... but one inside a longer one is part of it
        if not any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in spans):
            expected.add(("en-seed", "term-status", str(_sentence_of(start)), concept))
    for concept, variant in (
        ("xi_thought_diplomacy", "Xi Jinping's Idea of diplomacy"),
        ("xi_thought_diplomacy", "Xi Jinping's Ideas about diplomacy"),
        ("community_shared_future", "community of a common destiny of mankind"),
        ("new_journey", "new campaign"),
        ("general_secretary", "Secretary General Xi Jinping"),
        ("equal_orderly_multipolarity", "an equal and orderly multipolar world"),
    ):
        expected.add(("en-seed", "term-inconsistent", concept, variant))
    expected.add(("en-seed", "term-missing", "high_quality_bri", "49"))  # the OBOR sentence does not say it
    expected |= {("en-seed", "repeated-word", "50"), ("en-seed", "repeated-word", "53")}
    expected |= {
        (r, "omission", "57") for r in ("zh", "ru", "en-official")
    }  # the sentence all three leave out
    expected |= {("zh", "addition", "58"), ("ru", "addition", "60"), ("en-official", "addition", "58")}
    return expected


def _key(row: dict[str, str]) -> tuple[str, ...]:
    r, check = row["rendering"], row["check"]
    first = (row["sentences"] or "").split(",")[0]
    if check in ("term-forbidden", "term-deprecated"):
        return (r, "term-status", first, row["concept"])
    if check == "term-inconsistent":
        return (r, check, row["concept"], row["found"])
    if check == "term-missing":
        return (r, check, row["concept"], row["pivot_sentences"])
    if check == "omission":
        return (r, check, row["pivot_sentences"])
    return (r, check, first)


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> tuple[float, float, set, set]:
    out = tmp_path_factory.mktemp("run")
    result = CliRunner().invoke(cli, ["run", str(SEED_SET), "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    frame = pl.read_csv(out / "findings.tsv", separator="\t", quote_char=None, infer_schema=False)
    found = {_key(row) for row in frame.filter(pl.col("severity") != "info").iter_rows(named=True)}
    expected = _expected()
    precision = len(found & expected) / len(found)
    recall = len(found & expected) / len(expected)
    return precision, recall, found - expected, expected - found


def test_precision(scores) -> None:
    precision, _, extra, _ = scores
    print(f"findings precision {precision:.3f}; unexpected: {sorted(extra)}")
    assert precision >= 0.95, sorted(extra)


def test_recall(scores) -> None:
    _, recall, _, missed = scores
    print(f"findings recall {recall:.3f}; missed: {sorted(missed)}")
    assert recall >= 0.9, sorted(missed)
