"""Glossary files: validation with file and line, safe edits, TBX/CSV/TSV round trips, the CLI."""

import os
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from aligner.cli import cli
from aligner.errors import AlignerError
from aligner.glossary import load_glossary, store
from aligner.glossary.flat import export_flat, import_flat
from aligner.glossary.tbx import NS, export_tbx, import_tbx
from tests.conftest import ROOT

HEADER_C = "id\tdomain\tdefinition\tnote\tsource\n"
HEADER_T = "concept\tlang\tterm\tstatus\tcase_sensitive\tverified\tnote\tsource\n"


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    target = tmp_path / "glossary"
    shutil.copytree(ROOT / "glossary", target)
    return target


def _write(folder: Path, concepts: str, terms: str) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "concepts.tsv").write_text(HEADER_C + concepts, encoding="utf-8")
    (folder / "terms.tsv").write_text(HEADER_T + terms, encoding="utf-8")
    return folder


def _invoke(runner: CliRunner, *args: str):
    return runner.invoke(cli, ["glossary", *args])


def test_validate_reports_every_problem_with_file_and_line(runner: CliRunner, tmp_path: Path) -> None:
    folder = _write(
        tmp_path / "bad",
        "a\td\t\t\t\nb\td\t\t\t\na\td\t\t\t\n",
        "a\ten\tterm one\tpreferred\tno\tyes\t\t\n"
        "a\ten\tTerm One\tdeprecated\tno\tyes\t\t\n"
        "b\ten\tterm one\tpreferred\tno\tyes\t\t\n"
        "b\txx\tother\tadmitted\tno\tyes\t\t\n"
        "b\ten\t\tadmitted\tno\tyes\t\t\n"
        "b\ten\tshort row\n"
        "c\ten\torphan\tadmitted\tno\tyes\t\t\n"
        "b\ten\tbad status\tofficial\tno\tyes\t\t\n",
    )
    result = _invoke(runner, "validate", "--glossary", str(folder))
    assert result.exit_code == 1
    report = result.stderr
    assert "invalid glossary" in report
    for expected in (
        "concepts.tsv:4: duplicate concept id 'a' (first on line 2)",
        "terms.tsv:3: term 'Term One' is deprecated here but preferred on line 2",
        "terms.tsv:4: preferred en term 'term one' in two concepts: a, b",
        "terms.tsv:5: unknown language code 'xx'",
        "terms.tsv:6: empty term in concept 'b'",
        "terms.tsv:7: malformed row: 3 cells, expected 8",
        "terms.tsv:8: term 'orphan' belongs to unknown concept 'c'",
        "terms.tsv:9: unknown status 'official'",
    ):
        assert expected in report, expected
    assert "Traceback" not in report


def test_every_command_refuses_an_invalid_glossary(runner: CliRunner, tmp_path: Path) -> None:
    folder = _write(tmp_path / "bad", "a\td\t\t\t\na\td\t\t\t\n", "a\ten\tx\tpreferred\tno\tyes\t\t\n")
    doc = tmp_path / "d.txt"
    doc.write_text("x marks the spot.", encoding="utf-8")
    for args in (
        ["list"],
        ["show", "a"],
        ["find", str(doc), "--lang", "en"],
        ["export", str(tmp_path / "o.tbx")],
        ["add", "a", "en", "y", "--status", "admitted"],
    ):
        result = _invoke(runner, *args, "--glossary", str(folder))
        assert result.exit_code == 1, args
        assert "duplicate concept id" in result.stderr
    assert not (tmp_path / "o.tbx").exists()


def test_bundled_glossary_is_valid(runner: CliRunner) -> None:
    result = _invoke(runner, "validate", "--glossary", str(ROOT / "glossary"))
    assert result.exit_code == 0
    assert result.stdout.startswith("ok: 47 concepts")


def test_add_and_set_status_edit_the_files(runner: CliRunner, copy: Path) -> None:
    result = _invoke(
        runner,
        "add",
        "new_journey",
        "en",
        "new march",
        "--status",
        "forbidden",
        "--note",
        "use 'new journey'",
        "--glossary",
        str(copy),
    )
    assert result.exit_code == 0, result.stderr
    assert "new_journey\ten\tnew march\tforbidden\tno\tyes\tuse 'new journey'\t" in (
        copy / "terms.tsv"
    ).read_text("utf-8")
    result = _invoke(
        runner, "set-status", "new_journey", "en", "new march", "deprecated", "--glossary", str(copy)
    )
    assert result.exit_code == 0
    glossary = load_glossary(copy)
    assert [t.status for t in glossary.terms_of("new_journey", "en") if t.text == "new march"] == [
        "deprecated"
    ]
    # an edit that would make the glossary invalid is refused and writes nothing
    before = (copy / "terms.tsv").read_bytes()
    result = _invoke(
        runner, "add", "power_politics", "en", "new journey", "--status", "preferred", "--glossary", str(copy)
    )
    assert result.exit_code == 1
    assert "in two concepts" in result.stderr
    assert (copy / "terms.tsv").read_bytes() == before


def test_add_creates_a_new_concept_and_find_sees_it(runner: CliRunner, copy: Path, tmp_path: Path) -> None:
    result = _invoke(
        runner,
        "add",
        "apec",
        "en",
        "APEC",
        "--status",
        "preferred",
        "--case-sensitive",
        "--domain",
        "organisation",
        "--definition",
        "Asia-Pacific Economic Cooperation",
        "--glossary",
        str(copy),
    )
    assert result.exit_code == 0, result.stderr
    doc = tmp_path / "d.txt"
    doc.write_text("The APEC summit; an apec fan.", encoding="utf-8")
    result = _invoke(runner, "find", str(doc), "--lang", "en", "--glossary", str(copy))
    assert result.stdout.splitlines()[1].split("\t")[:6] == ["4", "8", "APEC", "apec", "preferred", "APEC"]
    assert len(result.stdout.splitlines()) == 2


def test_edit_refuses_when_the_file_changed_on_disk(copy: Path) -> None:
    loaded = store.load(copy)
    with (copy / "terms.tsv").open("a", encoding="utf-8") as handle:
        handle.write("power_politics\ten\tforce politics\tdeprecated\tno\tyes\t\t\n")
    changed = (copy / "terms.tsv").read_bytes()
    with pytest.raises(AlignerError, match="changed on disk since it was read"):
        store.save(
            loaded.glossary.replace(terms=loaded.glossary.terms[:-1]), copy, expected=loaded.fingerprint
        )
    assert (copy / "terms.tsv").read_bytes() == changed


def test_failed_write_leaves_the_previous_file_intact(copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    loaded = store.load(copy)
    before = (copy / "terms.tsv").read_bytes()

    def crash(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        store.save(
            loaded.glossary.replace(terms=loaded.glossary.terms[:-1]), copy, expected=loaded.fingerprint
        )
    assert (copy / "terms.tsv").read_bytes() == before
    assert sorted(p.name for p in copy.iterdir()) == ["README.md", "concepts.tsv", "terms.tsv"]


def test_tbx_export_then_import_gives_back_the_same_glossary(tmp_path: Path) -> None:
    glossary = load_glossary(ROOT / "glossary")
    export_tbx(glossary, tmp_path / "g.tbx")
    back = import_tbx(tmp_path / "g.tbx")
    assert back.concepts == glossary.concepts
    assert sorted(back.terms, key=repr) == sorted(glossary.terms, key=repr)
    assert len(back.terms) == len(glossary.terms)
    assert {t.status for t in back.terms} == {"preferred", "admitted", "deprecated", "forbidden"}


def test_tbx_export_is_tbx_basic_v3(tmp_path: Path) -> None:
    export_tbx(load_glossary(ROOT / "glossary"), tmp_path / "g.tbx")
    root = ET.parse(tmp_path / "g.tbx").getroot()
    assert root.tag == f"{{{NS}}}tbx"
    assert (root.get("type"), root.get("style")) == ("TBX-Basic", "dca")
    statuses = {e.text for e in root.iter(f"{{{NS}}}termNote") if e.get("type") == "administrativeStatus"}
    assert statuses <= {
        "preferredTerm-admn-sts",
        "admittedTerm-admn-sts",
        "deprecatedTerm-admn-sts",
        "supersededTerm-admn-sts",
    }
    for entry in root.iter(f"{{{NS}}}conceptEntry"):
        assert entry.get("id")
        for sec in entry.iter(f"{{{NS}}}langSec"):
            assert sec.get("{http://www.w3.org/XML/1998/namespace}lang") in {"zh", "en", "ru"}


@pytest.mark.parametrize("separator", [",", "\t"])
def test_csv_and_tsv_round_trip(tmp_path: Path, separator: str) -> None:
    glossary = load_glossary(ROOT / "glossary")
    path = tmp_path / ("g.csv" if separator == "," else "g.tsv")
    export_flat(glossary, path, separator)
    back = import_flat(path, separator)
    assert back.concepts == glossary.concepts
    assert back.terms == glossary.terms


def test_cli_export_and_import_replace_round_trip(runner: CliRunner, copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "g.tbx"
    assert _invoke(runner, "export", str(out), "--glossary", str(copy)).exit_code == 0
    fresh = tmp_path / "fresh"
    result = _invoke(runner, "import", str(out), "--replace", "--glossary", str(fresh))
    assert result.exit_code == 0, result.stderr
    assert load_glossary(fresh).digest() == load_glossary(copy).digest()


def test_import_merges_new_terms(runner: CliRunner, copy: Path, tmp_path: Path) -> None:
    extra = tmp_path / "extra.tsv"
    extra.write_text(
        "concept\tdomain\tdefinition\tconcept_note\tconcept_source\tlang\tterm\tstatus\tcase_sensitive\tverified\tnote\tsource\n"
        "new_journey\tdoctrine\tx\t\t\tfr\tnouveau parcours\tpreferred\tno\tyes\t\t\n",
        encoding="utf-8",
    )
    result = _invoke(runner, "import", str(extra), "--glossary", str(copy))
    assert result.exit_code == 0, result.stderr
    glossary = load_glossary(copy)
    assert [t.text for t in glossary.terms_of("new_journey", "fr")] == ["nouveau parcours"]
    assert len(glossary.terms) == 217


def test_list_and_show(runner: CliRunner) -> None:
    result = _invoke(
        runner, "list", "--lang", "en", "--status", "forbidden", "--glossary", str(ROOT / "glossary")
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "concept\tlang\tterm\tstatus\tcase_sensitive\tverified\tnote"
    assert "central_military_commission\ten\tCentral Military Council\tforbidden" in result.stdout
    assert all(line.split("\t")[3] == "forbidden" for line in lines[1:])
    result = _invoke(runner, "show", "community_shared_future", "--glossary", str(ROOT / "glossary"))
    assert "en  forbidden  community of the common destiny of mankind" in result.stdout
    assert _invoke(runner, "show", "nope", "--glossary", str(ROOT / "glossary")).exit_code == 1
