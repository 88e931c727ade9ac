import pytest

from aligner.beads import Bead, coverage_errors, format_beads, parse_beads
from aligner.errors import InputError


def test_round_trip_of_the_bench_format() -> None:
    text = "[0]:[0]\n[1,2]:[1, 2, 3]\n[3]:[]\n[]:[4]\n"
    beads = parse_beads(text)
    assert beads == [Bead((0,), (0,)), Bead((1, 2), (1, 2, 3)), Bead((3,), ()), Bead((), (4,))]
    assert format_beads(beads) == "[0]:[0]\n[1, 2]:[1, 2, 3]\n[3]:[]\n[]:[4]\n"
    assert [b.kind for b in beads] == ["1-1", "2-3", "1-0", "0-1"]


def test_malformed_line_is_named() -> None:
    with pytest.raises(InputError, match=r"g.align:2: not a bead"):
        parse_beads("[0]:[0]\n[1]-[1]\n", "g.align")


def test_coverage_errors_find_gaps_repeats_and_disorder() -> None:
    assert coverage_errors(parse_beads("[0]:[0]\n[1]:[1, 2]\n"), 2, 3) == []
    errors = coverage_errors(parse_beads("[1]:[0]\n[0]:[0]\n"), 3, 2)
    assert "source ids are not monotone" in errors
    assert "target sentences in more than one bead: [0]" in errors
    assert "source sentences in no bead: [2]" in errors
    assert "target sentences in no bead: [1]" in errors
