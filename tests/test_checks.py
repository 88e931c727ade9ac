"""Each check on small hand-made renderings."""

from pathlib import Path

import polars as pl
from click.testing import CliRunner

from aligner.align import PairAlignment
from aligner.beads import Bead
from aligner.checks import CHECKS, CheckContext, Rendering, occurrences_by_sentence
from aligner.cli import cli
from aligner.glossary import load_glossary
from aligner.reader import parse_document
from tests.conftest import ROOT, SEED_SET

GLOSSARY = load_glossary(ROOT / "glossary")


def _context(
    pivot: list[str], pivot_lang: str, other: list[str], lang: str, beads: list[Bead]
) -> CheckContext:
    p = parse_document("\n".join(pivot), pivot_lang, presegmented=True)
    o = parse_document("\n".join(other), lang, presegmented=True)
    rp = Rendering("pivot", p, occurrences_by_sentence(p, GLOSSARY))
    ro = Rendering("other", o, occurrences_by_sentence(o, GLOSSARY), PairAlignment(p, o, tuple(beads)))
    return CheckContext(rp, (rp, ro), GLOSSARY)


def test_number_mismatch_reads_across_scripts() -> None:
    ctx = _context(
        ["After the 18th CPC Congress, ten points.", "Tenth, we act.", "It grew 3.5% in 2023."],
        "en",
        ["党的十八大以来，十点。", "十是行动。", "2022年增长了3.5%。"],
        "zh",
        [Bead((0,), (0,)), Bead((1,), (1,)), Bead((2,), (2,))],
    )
    found = CHECKS["number-mismatch"](ctx)
    assert [(f.sentences, f.found, f.expected, f.severity) for f in found] == [
        ((2,), "2022", "2023", "warning")
    ]


def test_term_missing_looks_in_the_neighbours_first() -> None:
    ctx = _context(
        [
            "We build a community with a shared future for mankind.",
            "And more.",
            "The Central Military Commission met.",
        ],
        "en",
        ["我们要多做工作。", "构建人类命运共同体。", "会议举行。"],
        "zh",
        [Bead((0,), (0,)), Bead((1,), (1,)), Bead((2,), (2,))],
    )
    found = {
        (f.concept, f.severity, f.expected) for f in CHECKS["term-missing"](ctx) if f.rendering == "other"
    }
    assert found == {
        ("community_shared_future", "info", "人类命运共同体"),
        ("central_military_commission", "warning", "中央军事委员会"),
    }


def test_untranslated_and_repeated_words() -> None:
    ctx = _context(
        ["会议在北京举行。"],
        "zh",
        ["The meeting 会议 was held the the day before."],
        "en",
        [Bead((0,), (0,))],
    )
    assert [f.found for f in CHECKS["untranslated"](ctx)] == ["会议"]
    assert [f.found for f in CHECKS["repeated-word"](ctx)] == ["the the"]


def test_length_outlier() -> None:
    pivot = [f"Sentence {k} is of an ordinary length for this text." for k in range(12)]
    other = [f"Phrase {k} est d'une longueur ordinaire pour ce texte." for k in range(12)]
    other[5] = (
        other[5]
        + " Mais celle-ci continue, et continue encore, bien plus loin que l'original ne le dit jamais."
    )
    ctx = _context(pivot, "en", other, "fr", [Bead((k,), (k,)) for k in range(12)])
    assert [f.sentences for f in CHECKS["length-outlier"](ctx)] == [(5,)]


def test_run_on_user_files_with_chrf_per_bead(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(
        cli,
        [
            "run",
            f"en:{SEED_SET / '000_7bb629c7fcce0667.txt'}",
            f"en:{SEED_SET / 'en-official.txt'}",
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.stderr
    pair = pl.read_csv(
        out / "pairs" / "en-official.tsv",
        separator="\t",
        quote_char=None,
        comment_prefix="#",
        infer_schema=False,
    )
    assert pair.columns[-1] == "chrf"
    assert 0 < float(pair["chrf"].drop_nulls()[0]) < 100
    assert "bleu_signature" in (out / "scores.json").read_text(encoding="utf-8")


def test_run_refuses_a_lone_file_spec(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["run", "en:only.txt"])
    assert result.exit_code == 1
    assert "LANG:FILE" in result.stderr
