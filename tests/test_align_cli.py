"""`aligner align` and `aligner eval` end to end, with the real default encoder on real gold data."""

import re
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner

from aligner.beads import coverage_errors, parse_beads
from aligner.cli import cli
from aligner.evaluate import score
from tests.conftest import SEED_SET, SHARED

SEED = SEED_SET / "000_7bb629c7fcce0667.txt"


def _align(runner: CliRunner, *args: str):
    result = runner.invoke(cli, ["align", *args])
    assert result.exit_code == 0, result.stderr
    return result


def test_beads_format_on_stdout_only_and_good_against_gold(runner: CliRunner) -> None:
    result = _align(
        runner,
        str(SEED),
        str(SEED_SET / "zh.txt"),
        "--src-lang",
        "en",
        "--tgt-lang",
        "zh",
        "--format",
        "beads",
    )
    assert all(re.fullmatch(r"\[[\d, ]*\]:\[[\d, ]*\]", line) for line in result.stdout.splitlines())
    beads = parse_beads(result.stdout)
    gold = parse_beads((SEED_SET / "gold" / "zh.align").read_text(encoding="utf-8"))
    assert coverage_errors(beads, 68, 66) == []
    assert score([gold], [beads]).f1_strict >= 0.9


@pytest.mark.slow
def test_the_scripted_bench_command(runner: CliRunner, tmp_path: Path) -> None:
    bench = SHARED / "bench" / "textberg-dev"
    if not bench.exists():
        pytest.skip("../shared is not beside the project")
    out = tmp_path / "out.align"
    result = _align(
        runner,
        str(bench / "dev.de"),
        str(bench / "dev.fr"),
        "--src-lang",
        "de",
        "--tgt-lang",
        "fr",
        "--presegmented",
        "--format",
        "beads",
        "-o",
        str(out),
    )
    assert result.stdout == ""
    result = runner.invoke(cli, ["eval", str(out), "--gold", str(bench / "dev.defr")])
    assert result.exit_code == 0
    f1 = float(result.stdout.splitlines()[3].split()[1])
    assert f1 > 0.85


def test_tsv_pair_columns_and_signature(runner: CliRunner) -> None:
    result = _align(runner, str(SEED), str(SEED_SET / "en-official.txt"), "--lang", "en,en")
    first, rest = result.stdout.split("\n", 1)
    assert first.startswith("# aligner:") and "|enc:use-m3" in first and "|glossary:" in first
    frame = pl.read_csv(
        rest.encode(),
        separator="\t",
        quote_char=None,
        schema_overrides={"src_ids": pl.String, "tgt_ids": pl.String},
    )
    assert frame.columns == ["src_ids", "tgt_ids", "src_text", "tgt_text", "bead", "confidence"]
    assert frame.filter(pl.col("bead") == "0-1").height >= 1  # the sentence en-official adds


def test_multiway_tsv_covers_every_sentence_once(runner: CliRunner) -> None:
    result = _align(
        runner,
        str(SEED),
        *(str(SEED_SET / f) for f in ("zh.txt", "ru.txt", "en-official.txt")),
        "--lang",
        "en",
        "--lang",
        "zh",
        "--lang",
        "ru",
        "--lang",
        "en",
        "--names",
        "seed,zh,ru,en-official",
    )
    frame = pl.read_csv(
        result.stdout.encode(), separator="\t", quote_char=None, comment_prefix="#", infer_schema=False
    )
    for column, n in (("pivot_ids", 68), ("zh_ids", 66), ("ru_ids", 69), ("en-official_ids", 66)):
        ids = [int(x) for cell in frame[column].drop_nulls() for x in cell.split(",") if x]
        assert sorted(ids) == list(range(n)), column
    assert set(frame["divergent"]) == {"yes", "no"}


def test_tmx_is_read_back_by_translate_toolkit(runner: CliRunner, tmp_path: Path) -> None:
    tmx = pytest.importorskip("translate.storage.tmx")
    out = tmp_path / "c.tmx"
    _align(runner, str(SEED), str(SEED_SET / "ru.txt"), "--lang", "en,ru", "--format", "tmx", "-o", str(out))
    store = tmx.tmxfile.parsestring(out.read_bytes())
    pairs = [(u.source, u.target) for u in store.units if u.source and u.target]
    assert len(pairs) >= 55
    assert pairs[0][0].startswith("On December 27-28") and pairs[0][1].startswith("27–28 декабря")
    assert "x-aligner-signature" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["one.txt"], "at least one file"),
        (["a.txt", "b.txt", "--lang", "en"], "one language for every file"),
        (["a.txt", "b.txt", "c.txt", "--lang", "en,zh"], "3 files but 2 languages"),
        (
            ["a.txt", "b.txt", "c.txt", "--lang", "en,zh,ru", "--format", "beads"],
            "beads format holds one pair",
        ),
        (["a.txt", "b.txt", "--lang", "en,zh", "--encoder", "laser"], "unknown encoder"),
        (["a.txt", "b.txt", "--lang", "en,zh", "--encoder", "hf:/no/such/model"], ""),
    ],
)
def test_bad_calls_are_one_line_errors(runner: CliRunner, tmp_path: Path, monkeypatch, args, message) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("one.txt", "a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text("A sentence. Another one.", encoding="utf-8")
    result = runner.invoke(cli, ["align", *args])
    assert result.exit_code == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


def test_eval_needs_matching_file_counts(runner: CliRunner, tmp_path: Path) -> None:
    f = tmp_path / "t.align"
    f.write_text("[0]:[0]\n", encoding="utf-8")
    result = runner.invoke(cli, ["eval", str(f), str(f), "--gold", str(f)])
    assert result.exit_code == 1
    assert "2 test files but 1 gold files" in result.stderr
