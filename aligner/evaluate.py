"""Alignment quality as the published peers measure it (strict and lax precision, recall, F1).

- strict: a test bead is correct when the same bead (same id sets on both sides) is in the gold;
- lax: when some gold bead shares at least one source id and at least one target id with it;
- a null bead (one side empty) is correct only as the identical gold bead;
- recall is precision with gold and test swapped, after dropping null beads from both;
- counts are summed over all documents before dividing (micro-average).

For verse-aligned gold (the Bible set), consecutive test beads that fall in the same verse are merged first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from aligner.beads import Bead

Pair = tuple[tuple[int, ...], tuple[int, ...]]


@dataclass(frozen=True)
class Counts:
    strict_right: int = 0
    strict_wrong: int = 0
    lax_right: int = 0
    lax_wrong: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.strict_right + other.strict_right,
            self.strict_wrong + other.strict_wrong,
            self.lax_right + other.lax_right,
            self.lax_wrong + other.lax_wrong,
        )


@dataclass(frozen=True)
class Scores:
    precision_strict: float
    recall_strict: float
    f1_strict: float
    precision_lax: float
    recall_lax: float
    f1_lax: float

    def table(self) -> str:
        return (
            f"{'':<10}{'strict':>8}{'lax':>8}\n"
            f"{'precision':<10}{self.precision_strict:>8.3f}{self.precision_lax:>8.3f}\n"
            f"{'recall':<10}{self.recall_strict:>8.3f}{self.recall_lax:>8.3f}\n"
            f"{'F1':<10}{self.f1_strict:>8.3f}{self.f1_lax:>8.3f}"
        )


def _pairs(beads: Sequence[Bead]) -> set[Pair]:
    return {(tuple(b.src), tuple(b.tgt)) for b in beads if b.src or b.tgt}


def _precision(gold: set[Pair], test: set[Pair]) -> Counts:
    links: dict[int, set[int]] = defaultdict(set)
    for src, tgt in gold:
        for s in src:
            links[s].update(tgt)
    strict_right = strict_wrong = lax_right = lax_wrong = 0
    for src, tgt in test:
        if (src, tgt) in gold:
            strict_right += 1
            lax_right += 1
            continue
        strict_wrong += 1
        reachable = set().union(*(links[s] for s in src)) if src else set()
        if reachable.intersection(tgt):
            lax_right += 1
        else:
            lax_wrong += 1
    return Counts(strict_right, strict_wrong, lax_right, lax_wrong)


def _ratio(right: int, wrong: int) -> float:
    return right / (right + wrong) if right + wrong else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(golds: Sequence[Sequence[Bead]], tests: Sequence[Sequence[Bead]]) -> Scores:
    """Micro-averaged strict and lax scores over pairs of (gold, test) bead lists."""
    precision = recall = Counts()
    for gold, test in zip(golds, tests, strict=True):
        precision += _precision(_pairs(gold), _pairs(test))
        full_gold = {p for p in _pairs(gold) if p[0] and p[1]}
        full_test = {p for p in _pairs(test) if p[0] and p[1]}
        recall += _precision(full_test, full_gold)
    ps, pl = (
        _ratio(precision.strict_right, precision.strict_wrong),
        _ratio(precision.lax_right, precision.lax_wrong),
    )
    rs, rl = _ratio(recall.strict_right, recall.strict_wrong), _ratio(recall.lax_right, recall.lax_wrong)
    return Scores(ps, rs, _f1(ps, rs), pl, rl, _f1(pl, rl))


def merge_by_verse(beads: Sequence[Bead], src_verses: Sequence[str], tgt_verses: Sequence[str]) -> list[Bead]:
    """Merge consecutive beads that lie within one and the same verse (an empty side takes the other's)."""

    def verse_of(bead: Bead) -> str | None:
        src = {src_verses[i] for i in bead.src} or {""}
        tgt = {tgt_verses[j] for j in bead.tgt} or {""}
        if len(src) != 1 or len(tgt) != 1:
            return None
        s, t = next(iter(src)), next(iter(tgt))
        if s and t and s != t:
            return None
        return s or t or None

    merged: list[Bead] = []
    last: str | None = None
    for bead in beads:
        verse = verse_of(bead)
        if merged and verse is not None and verse == last:
            merged[-1] = Bead(merged[-1].src + bead.src, merged[-1].tgt + bead.tgt)
        else:
            merged.append(bead)
        last = verse
    return merged
