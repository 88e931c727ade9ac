"""Outputs are written aside and renamed: a failure leaves the old file whole and no debris."""

from pathlib import Path

import pytest

from aligner.atomic import atomic_open


def test_success_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "out" / "aligned.tsv"
    with atomic_open(target) as handle:
        handle.write("new\n")
    assert target.read_text(encoding="utf-8") == "new\n"
    assert [p.name for p in target.parent.iterdir()] == ["aligned.tsv"]


def test_a_failure_halfway_leaves_the_old_file_and_no_part_file(tmp_path: Path) -> None:
    target = tmp_path / "aligned.tsv"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_open(target) as handle:
        handle.write("half of the new")
        raise RuntimeError("disk full")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["aligned.tsv"]
