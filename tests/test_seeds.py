"""The bundled seed set: verbatim seed, project-made renderings, gold alignments that cover everything."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from aligner.beads import coverage_errors, parse_beads
from aligner.cli import cli
from aligner.docset import load_set
from aligner.reader import read_document
from tests.conftest import SEED_SET, SHARED

DOCSET = load_set(SEED_SET)
RENDERINGS = [e for e in DOCSET.renderings if e.gold is not None]


def test_seed_is_shipped_verbatim() -> None:
    shared_seed = SHARED / "seeds" / "000_7bb629c7fcce0667.txt"
    if not shared_seed.exists():
        pytest.skip("../shared is not beside the project")
    assert DOCSET.pivot_entry.path.read_bytes() == shared_seed.read_bytes()


def test_manifest_labels_project_made_renderings() -> None:
    roles = {e.name: (e.lang, e.role) for e in DOCSET.renderings}
    assert roles == {
        "en-seed": ("en", "seed"),
        "zh": ("zh", "original"),
        "ru": ("ru", "reference"),
        "en-official": ("en", "reference"),
    }
    for entry in RENDERINGS:
        assert entry.provenance.startswith("project-made")


def _count(runner: CliRunner, path: Path, lang: str) -> int:
    result = runner.invoke(cli, ["segment", str(path), "--lang", lang])
    assert result.exit_code == 0, result.stderr
    return len(result.stdout.splitlines()) - 1


@pytest.mark.parametrize("entry", RENDERINGS, ids=lambda e: e.name)
def test_gold_covers_every_sentence_of_both_sides_exactly_once(runner: CliRunner, entry) -> None:
    n_seed = _count(runner, DOCSET.pivot_entry.path, "en")
    n_rendering = _count(runner, entry.path, entry.lang)
    beads = parse_beads(entry.gold.read_text(encoding="utf-8"), str(entry.gold))
    assert coverage_errors(beads, n_seed, n_rendering) == []


@pytest.mark.parametrize("entry", RENDERINGS, ids=lambda e: e.name)
def test_renderings_differ_in_structure_as_real_translations_do(entry) -> None:
    beads = parse_beads(entry.gold.read_text(encoding="utf-8"))
    kinds = [b.kind for b in beads]
    assert sum(k in {"1-2", "2-1", "1-3", "3-1", "2-2"} for k in kinds) >= 8
    assert kinds.count("1-0") >= 1 and kinds.count("0-1") >= 1
    seed = read_document(DOCSET.pivot_entry.path, "en")
    doc = read_document(entry.path, entry.lang)
    # paragraph starts mapped through the gold: some must disagree
    seed_starts = {s.index for s in seed.sentences if seed.starts_paragraph(s.index)}
    mismatched = 0
    for bead in beads:
        if bead.src and bead.tgt:
            mismatched += (bead.src[0] in seed_starts) != doc.starts_paragraph(bead.tgt[0])
    assert mismatched >= 1


def test_all_renderings_leave_out_the_same_seed_sentence() -> None:
    omitted = {
        e.name: [b.src for b in parse_beads(e.gold.read_text(encoding="utf-8")) if not b.tgt]
        for e in RENDERINGS
    }
    assert omitted == {e.name: [(57,)] for e in RENDERINGS}
