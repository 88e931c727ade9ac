"""Bad input: one clear line on stderr, exit code 1, no traceback, nothing on stdout."""

import codecs
from pathlib import Path

import pytest
from click.testing import CliRunner

from aligner.cli import cli


def _fails(runner: CliRunner, args: list[str], message: str) -> None:
    result = runner.invoke(cli, args)
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert message in lines[0], lines[0]


def test_missing_file(runner: CliRunner, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    _fails(runner, ["segment", str(missing), "--lang", "en"], f"{missing}: no such file")


def test_empty_file(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    _fails(runner, ["segment", str(empty), "--lang", "en"], f"{empty}: is empty")


def test_white_space_only_file(runner: CliRunner, tmp_path: Path) -> None:
    blank = tmp_path / "blank.txt"
    blank.write_bytes(codecs.BOM_UTF8 + b" \r\n\t\n")
    _fails(runner, ["segment", str(blank), "--lang", "en"], f"{blank}: is empty")


def test_undecodable_bytes_give_the_byte_offset(runner: CliRunner, tmp_path: Path) -> None:
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Première phrase.".encode("latin-1"))
    _fails(runner, ["segment", str(latin1), "--lang", "fr"], f"{latin1}: not valid UTF-8 at byte offset 5")


def test_binary_file(runner: CliRunner, tmp_path: Path) -> None:
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    _fails(
        runner,
        ["segment", str(binary), "--lang", "en"],
        f"{binary}: looks like a binary file (NUL byte at byte offset 8)",
    )


def test_utf16_without_bom_is_called_binary(runner: CliRunner, tmp_path: Path) -> None:
    raw = tmp_path / "u16.txt"
    raw.write_bytes("Hello.".encode("utf-16-le"))
    _fails(runner, ["segment", str(raw), "--lang", "en"], "UTF-16 with a byte-order mark")


def test_directory(runner: CliRunner, tmp_path: Path) -> None:
    _fails(runner, ["segment", str(tmp_path), "--lang", "en"], f"{tmp_path}: is a directory")


def test_unknown_paragraph_mode_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    doc = tmp_path / "d.txt"
    doc.write_text("One.", encoding="utf-8")
    result = runner.invoke(cli, ["segment", str(doc), "--lang", "en", "--paragraphs", "never"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


@pytest.mark.parametrize("args", [["run", "no-such-set"], ["run", "."]])
def test_bad_document_set(runner: CliRunner, args: list[str], tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, args)
    assert result.exit_code == 1
    assert len(result.stderr.strip().splitlines()) == 1
