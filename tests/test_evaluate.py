import pytest

from aligner.beads import Bead, parse_beads
from aligner.evaluate import merge_by_verse, score


def test_strict_and_lax_by_hand() -> None:
    gold = parse_beads("[0]:[0]\n[1,2]:[1]\n[3]:[]\n[4]:[2,3]\n")
    test = parse_beads("[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[]\n[4]:[2]\n[]:[3]\n")
    s = score([gold], [test])
    # precision over 6 test beads: strict right [0]:[0], [3]:[] -> 2/6; lax adds [1]:[1], [4]:[2] -> 4/6
    assert s.precision_strict == pytest.approx(2 / 6)
    assert s.precision_lax == pytest.approx(4 / 6)
    # recall over 3 non-null gold beads: strict [0]:[0] -> 1/3; lax all three -> 3/3
    assert s.recall_strict == pytest.approx(1 / 3)
    assert s.recall_lax == pytest.approx(1.0)
    assert s.f1_strict == pytest.approx(2 * (2 / 6) * (1 / 3) / (2 / 6 + 1 / 3))


def test_micro_average_sums_counts_over_documents() -> None:
    gold = parse_beads("[0]:[0]\n[1]:[1]\n")
    perfect = score([gold, gold], [gold, parse_beads("[0,1]:[0,1]\n")])
    assert perfect.precision_strict == pytest.approx(2 / 3)
    assert perfect.recall_strict == pytest.approx(2 / 4)


def test_verse_merge_joins_consecutive_beads_of_one_verse() -> None:
    beads = [Bead((0,), (0,)), Bead((1,), (1,)), Bead((2,), ()), Bead((3,), (2, 3))]
    src = ["v1", "v2", "v2", "v3"]
    tgt = ["v1", "v2", "v3", "v3"]
    merged = merge_by_verse(beads, src, tgt)
    assert merged == [Bead((0,), (0,)), Bead((1, 2), (1,)), Bead((3,), (2, 3))]
