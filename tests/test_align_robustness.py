"""Awkward inputs complete with a clear warning or error, never a crash; the multi-way table keeps every
sentence of every rendering exactly once."""

from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.align import AlignConfig, align_encoded, align_pair, encode_document
from aligner.align.multiway import merge
from aligner.beads import coverage_errors
from aligner.cli import cli
from aligner.document import Document
from aligner.encoders import get_encoder
from aligner.reader import parse_document
from tests.conftest import SEED_SET, SHARED
from tests.fake_encoder import TrigramEncoder

FAKE = TrigramEncoder()


def _doc(sentences: list[str], lang: str = "en") -> Document:
    return (
        parse_document("\n".join(sentences) if sentences else "x", lang, presegmented=True)
        if sentences
        else Document("<empty>", lang, "", (), ())
    )


def test_one_side_empty_gives_every_sentence_a_null_bead_and_a_warning() -> None:
    pair = align_pair(_doc(["One.", "Two.", "Three."]), _doc([]), FAKE)
    assert [b.format() for b in pair.beads] == ["[0]:[]", "[1]:[]", "[2]:[]"]
    assert any("no sentences" in w for w in pair.warnings)


def test_single_sentence_each() -> None:
    pair = align_pair(_doc(["The meeting was held."]), _doc(["Совещание состоялось."], "ru"), get_encoder())
    assert [b.format() for b in pair.beads] == ["[0]:[0]"]


def test_very_unequal_lengths_warn() -> None:
    long = [f"Sentence number {k} talks about topic {k % 7}." for k in range(40)]
    pair = align_pair(_doc(long[:5]), _doc(long), FAKE)
    assert coverage_errors(pair.beads, 5, 40) == []
    assert any("very unequal lengths" in w for w in pair.warnings)


def test_unrelated_documents_warn(runner: CliRunner) -> None:
    other = SHARED / "bench" / "textberg-dev" / "dev.fr"
    if not other.exists():
        pytest.skip("../shared is not beside the project")
    result = runner.invoke(
        cli,
        [
            "align",
            str(SEED_SET / "000_7bb629c7fcce0667.txt"),
            str(other),
            "--lang",
            "en,zh",
            "--format",
            "beads",
        ],
    )
    assert result.exit_code == 0
    assert "look unrelated" in result.stderr


def test_a_one_megabyte_line_is_aligned(tmp_path: Path, runner: CliRunner) -> None:
    big = tmp_path / "big.txt"
    big.write_text(
        "The meeting was held in Beijing.\n" + ("word " * 210_000) + "\nIt ended.\n", encoding="utf-8"
    )
    small = tmp_path / "small.txt"
    small.write_text("Совещание прошло в Пекине.\nОно закончилось.\n", encoding="utf-8")
    result = runner.invoke(
        cli, ["align", str(big), str(small), "--lang", "en,ru", "--presegmented", "--format", "beads"]
    )
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "[0]:[0]" and lines[-1].endswith(":[1]")


_SENTENCES = st.lists(
    st.sampled_from(
        [
            "The conference was held in Beijing.",
            "Xi Jinping attended.",
            "It was a success.",
            "Numbers: 18, 2023.",
            "A community with a shared future for mankind.",
            "Short.",
            "Another quite long sentence about diplomacy.",
        ]
    ),
    min_size=0,
    max_size=12,
)


@settings(max_examples=25, deadline=None)
@given(pivot=_SENTENCES.filter(bool), a=_SENTENCES, b=_SENTENCES)
def test_multiway_rows_hold_every_sentence_exactly_once(pivot, a, b) -> None:
    docs = [_doc(pivot), _doc(a), _doc(b)]
    encoded = [encode_document(d, FAKE, windows=2) for d in docs]
    pairs = {
        name: align_encoded(encoded[0], e, AlignConfig())
        for name, e in zip(("a", "b"), encoded[1:], strict=True)
    }
    multi = merge(docs[0], pairs)
    pivot_ids = [i for row in multi.rows for i in row.pivot]
    assert pivot_ids == list(range(len(pivot)))
    for name, doc in (("a", docs[1]), ("b", docs[2])):
        ids = [i for row in multi.rows for i in row.cells[name].ids]
        assert ids == list(range(len(doc.sentences)))
    assert all(row.pivot or any(c.ids for c in row.cells.values()) for row in multi.rows)


def test_confidences_lie_between_zero_and_one() -> None:
    pair = align_pair(_doc(["One fine day.", "Two more.", "Three."]), _doc(["One fine day!", "Three."]), FAKE)
    assert all(b.score is not None and 0.0 <= b.score <= 1.0 for b in pair.beads)
    assert np.isfinite([b.score for b in pair.beads]).all()
