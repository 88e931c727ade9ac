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
    for command in ("segment", "run"):
        result = runner.invoke(cli, [command, "--help"])
        assert result.exit_code == 0
        assert "Example:" in result.stdout


def test_run_writes_sentence_tables_and_a_signed_summary(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(cli, ["run", str(SEED_SET), "--out", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "zh            zh    original       15     66  ok" in result.stdout
    meta = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert meta["signature"]["seg"] == "rules-1"
    assert {r["name"]: r["sentences"] for r in meta["renderings"]} == {
        "en-seed": 68,
        "zh": 66,
        "ru": 69,
        "en-official": 66,
    }
    table = pl.read_csv(out / "sentences" / "ru.tsv", separator="\t", quote_char=None)
    assert table.columns == ["id", "paragraph", "sentence", "start", "end", "text"]
    assert table.height == 69
    assert not list(out.rglob("*.part"))


def test_python_dash_m_runs_the_cli() -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "aligner", "--version"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert done.stdout.startswith("aligner, version")
