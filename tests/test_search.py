"""The search: properties that must hold for any input, and recovery of known beads, whole and banded."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.align.config import AlignConfig
from aligner.align.search import Side, search
from aligner.beads import Bead, coverage_errors


def _side(vectors: np.ndarray, lengths: np.ndarray | None = None) -> Side:
    n = len(vectors)
    lengths = np.full(n, 100.0) if lengths is None else lengths
    return Side(vectors.astype(np.float32), lengths, np.zeros(n, dtype=bool))


def _unit(rng: np.random.Generator, n: int, d: int = 32) -> np.ndarray:
    x = rng.normal(size=(n, d))
    return x / np.linalg.norm(x, axis=1, keepdims=True)


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(0, 40),
    m=st.integers(0, 40),
    seed=st.integers(0, 10_000),
    full_cells=st.sampled_from([10, 4_000_000]),
    max_bead=st.integers(2, 7),
)
def test_every_sentence_in_exactly_one_bead_and_beads_monotone(n, m, seed, full_cells, max_bead) -> None:
    rng = np.random.default_rng(seed)
    src = _side(_unit(rng, n), rng.integers(1, 300, n).astype(float))
    tgt = _side(_unit(rng, m), rng.integers(1, 300, m).astype(float))
    config = AlignConfig(full_cells=full_cells, max_bead=max_bead, band=3)
    path = search(src, tgt, config)
    beads = [Bead(tuple(range(s.i0, s.i1)), tuple(range(s.j0, s.j1))) for s in path]
    assert coverage_errors(beads, n, m) == []
    allowed = set(config.allowed_beads())
    assert all((len(b.src), len(b.tgt)) in allowed for b in beads)


def _translation(
    rng: np.random.Generator, n: int
) -> tuple[np.ndarray, np.ndarray, list[tuple[tuple[int, ...], tuple[int, ...]]]]:
    """A source, a noisy 'translation' with merges, splits, an omitted block and additions, and the truth."""
    src = _unit(rng, n, 64)
    tgt: list[np.ndarray] = []
    truth = []
    i = 0
    while i < n:
        roll = rng.random()
        if 100 <= i < 120:  # an omitted block of twenty sentences
            truth.append(((i,), ()))
            i += 1
        elif roll < 0.1 and i + 1 < n:  # two source sentences in one target sentence
            v = src[i] + src[i + 1] + rng.normal(scale=0.25, size=64)
            truth.append(((i, i + 1), (len(tgt),)))
            tgt.append(v / np.linalg.norm(v))
            i += 2
        elif roll < 0.2:  # one source sentence in two target sentences
            parts = [src[i] + rng.normal(scale=0.6, size=64) for _ in range(2)]
            truth.append(((i,), (len(tgt), len(tgt) + 1)))
            tgt.extend(p / np.linalg.norm(p) for p in parts)
            i += 1
        elif roll < 0.22:  # an added sentence
            truth.append(((), (len(tgt),)))
            tgt.append(_unit(rng, 1, 64)[0])
        else:
            v = src[i] + rng.normal(scale=0.25, size=64)
            truth.append(((i,), (len(tgt),)))
            tgt.append(v / np.linalg.norm(v))
            i += 1
    return src, np.array(tgt), truth


@pytest.mark.parametrize("full_cells", [4_000_000, 500], ids=["whole", "coarse-to-fine"])
def test_recovers_known_beads(full_cells: int) -> None:
    rng = np.random.default_rng(3)
    src, tgt, truth = _translation(rng, 400)
    lengths_src = np.full(len(src), 100.0)
    lengths_tgt = np.array([100.0] * len(tgt))
    path = search(
        _side(src, lengths_src),
        _side(tgt, lengths_tgt),
        AlignConfig(full_cells=full_cells, length_weight=0.0),
    )
    found = {(tuple(range(s.i0, s.i1)), tuple(range(s.j0, s.j1))) for s in path}
    full_truth = [t for t in truth if t[0] and t[1]]
    recall = sum(t in found for t in full_truth) / len(full_truth)
    assert recall > 0.9
    omitted = {t for t in truth if not t[1]}
    # at least half of the omitted block is found as omissions, not forced into beads (its edges are absorbed
    # by the weak split halves around it), with the band search as with the whole grid
    assert len(omitted & found) >= 10


def test_band_search_equals_whole_search_on_an_easy_document() -> None:
    rng = np.random.default_rng(5)
    src, tgt, _ = _translation(rng, 300)
    sides = (_side(src), _side(tgt))
    # without the best-partner null factor, which looks for partners inside the band by design
    whole = search(*sides, AlignConfig(full_cells=10**9, null_sim=0.0))
    banded = search(*sides, AlignConfig(full_cells=100, null_sim=0.0))
    assert whole == banded


def test_one_side_empty() -> None:
    rng = np.random.default_rng(0)
    path = search(_side(_unit(rng, 3)), _side(np.zeros((0, 32))), AlignConfig())
    assert [(s.i0, s.i1, s.j0, s.j1) for s in path] == [(0, 1, 0, 0), (1, 2, 0, 0), (2, 3, 0, 0)]


def test_max_bead_above_five_allows_every_larger_bead() -> None:
    # one source sentence said in five target sentences, and three in three that cross: beads of six
    rng = np.random.default_rng(11)
    src = _unit(rng, 12, 64)
    tgt_rows = [src[0], src[1]]
    tgt_rows += [src[2] + rng.normal(scale=0.02, size=64) for _ in range(5)]  # 1-5
    mixed = src[3] + src[4] + src[5]
    tgt_rows += [mixed + rng.normal(scale=0.05, size=64) for _ in range(3)]  # 3-3, no 1-1 inside
    tgt_rows += list(src[6:])
    tgt = np.array([v / np.linalg.norm(v) for v in tgt_rows])
    found = {}
    for max_bead in (5, 6):
        config = AlignConfig(max_bead=max_bead, length_weight=0.0)
        assert ({(3, 3), (1, 5), (5, 1)} <= set(config.allowed_beads())) == (max_bead == 6)
        path = search(_side(src), _side(tgt), config)
        found[max_bead] = {(tuple(range(s.i0, s.i1)), tuple(range(s.j0, s.j1))) for s in path}
    assert ((2,), (2, 3, 4, 5, 6)) in found[6] and ((3, 4, 5), (7, 8, 9)) in found[6]
    assert ((2,), (2, 3, 4, 5, 6)) not in found[5]
