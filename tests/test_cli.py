import json
from pathlib import Path

import polars as pl
from click.testing import CliRunner

from aligner.cli import cli
from tests.conftest import SEED_SET


def test_segment_prints_tsv_with_ids_and_offsets(runner: CliRunner, tmp_path: Path) -> None:
    doc = tmp_path / "d.txt"
    doc.write_text("Mr. Li came. He sat.\nНовый абзац.\n", encoding="utf-8")
    result = runner.invoke(cli, ["segment", str(doc), "--lang", "en"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "id\tparagraph\tsentence\tstart\tend\ttext"
    assert lines[1:] == [
        "p0.s0\t0\t0\t0\t12\tMr. Li came.",
        "p0.s1\t0\t1\t13\t20\tHe sat.",
        "p1.s2\t1\t2\t21\t33\tНовый абзац.",
    ]


def test_segment_of_a_language_without_rules_warns_on_stderr(runner: CliRunner, tmp_path: Path) -> None:
    doc = tmp_path / "d.txt"
    doc.write_text("Tere. Kuidas läheb?", encoding="utf-8")
    result = runner.invoke(cli, ["segment", str(doc), "--lang", "et"])
    assert result.exit_code == 0
    assert "generic rules" in result.stderr
    assert len(result.stdout.splitlines()) == 3


def test_every_command_has_help_with_an_example(runner: CliRunner) -> None:
    for command in ("segment", "run", "align", "eval", "glossary"):
        result = runner.invoke(cli, [command, "--help"])
        assert result.exit_code == 0
        assert "Example" in result.stdout


def test_run_writes_every_output_with_a_signature(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(cli, ["run", str(SEED_SET), "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1].split() == [
        "rendering",
        "lang",
        "sents",
        "terms",
        "comply",
        "consist",
        "errors",
        "warns",
        "gold",
        "F1",
    ]
    for name in (
        "aligned.tsv",
        "findings.tsv",
        "scores.json",
        "pairs/zh.tsv",
        "pairs/ru.tsv",
        "pairs/en-official.tsv",
        "sentences/en-seed.tsv",
    ):
        assert (out / name).is_file(), name
        assert f"wrote {out / name}" in result.stdout
    meta = json.loads((out / "scores.json").read_text(encoding="utf-8"))
    assert set(meta["signature"]) >= {"aligner", "seg", "enc", "glossary"}
    assert meta["signature"]["glossary"] != "none"
    assert {r["name"]: r["sentences"] for r in meta["renderings"]} == {
        "en-seed": 68,
        "zh": 66,
        "ru": 69,
        "en-official": 66,
    }
    assert all(f1 >= 0.95 for f1 in meta["alignment_gold_f1"].values())
    assert meta["concepts"]["community_shared_future"]["en-seed"] == {
        "community of the common destiny of mankind": 4,
        "community of a common destiny of mankind": 1,
    }
    table = pl.read_csv(out / "sentences" / "ru.tsv", separator="\t", quote_char=None)
    assert table.columns == ["id", "paragraph", "sentence", "start", "end", "text"]
    assert table.height == 69
    assert not list(out.rglob("*.part"))


def test_fail_under_exits_non_zero_on_low_compliance(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["run", str(SEED_SET), "--out", str(tmp_path), "--fail-under", "90"])
    assert result.exit_code == 1
    assert "term compliance below 90% in: en-seed" in result.stderr
    result = runner.invoke(cli, ["run", str(SEED_SET), "--out", str(tmp_path), "--fail-under", "20"])
    assert result.exit_code == 0


def test_python_dash_m_runs_the_cli() -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "aligner", "--version"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert done.stdout.startswith("aligner, version")


def test_progress_bar_only_on_a_terminal() -> None:
    import io

    from aligner.job import StepProgress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    shown, hidden = Terminal(), io.StringIO()
    for stream in (shown, hidden):
        progress = StepProgress(2, stream)
        progress("encoding zh (66 sentences)")
        progress("checking")
    assert "[###############...............] 1/2 encoding zh" in shown.getvalue()
    assert shown.getvalue().endswith("\n") and "2/2 checking" in shown.getvalue()
    assert hidden.getvalue() == ""
