"""Several renderings against one pivot, merged into one table.

Each rendering is aligned to the pivot on its own. Rows are groups of pivot sentences that some rendering's
beads tie together (connected components; with monotone beads they are runs of consecutive sentences), in
order; each row holds, for every rendering, the sentences aligned to that group. A rendering's sentences that
no pivot sentence has (its additions) get rows of their own, right after the row they follow; additions of
several renderings at the same place share a row. A row is *divergent* when the renderings group its pivot
sentences differently (one splits what another merges). An addition that falls inside a group (between two
beads of the same row) stays in that row.
"""

from __future__ import annotations

from dataclasses import dataclass

from aligner.align import PairAlignment
from aligner.document import Document


@dataclass(frozen=True)
class Cell:
    """One rendering's part of a row: its sentence ids, and the kinds and confidences of the beads involved."""

    ids: tuple[int, ...]
    kinds: tuple[str, ...]
    confidence: float | None


@dataclass(frozen=True)
class Row:
    pivot: tuple[int, ...]
    cells: dict[str, Cell]

    @property
    def divergent(self) -> bool:
        shapes = {cell.kinds for cell in self.cells.values()}
        return len(shapes) > 1


@dataclass(frozen=True)
class MultiAlignment:
    pivot: Document
    renderings: dict[str, Document]
    pairs: dict[str, PairAlignment]
    rows: tuple[Row, ...]
    pivot_name: str = "pivot"

    def divergent_rows(self) -> list[int]:
        return [k for k, row in enumerate(self.rows) if row.divergent]


def merge(pivot: Document, pairs: dict[str, PairAlignment], pivot_name: str = "pivot") -> MultiAlignment:
    """Merge pairwise alignments (pivot as source in each) into one table."""
    n = len(pivot.sentences)
    parent = list(range(n))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for pair in pairs.values():
        for bead in pair.beads:
            for s in bead.src[1:]:
                parent[find(s)] = find(bead.src[0])
    groups: dict[int, list[int]] = {}
    for s in range(n):
        groups.setdefault(find(s), []).append(s)
    ordered = sorted(groups.values(), key=lambda g: g[0])
    row_of = {s: k for k, g in enumerate(ordered) for s in g}

    ids: dict[tuple[int, int], dict[str, list[int]]] = {}  # (row, 0) a pivot row, (row, 1) additions after it
    kinds: dict[tuple[int, int], dict[str, list[str]]] = {}
    scores: dict[tuple[int, int], dict[str, list[float]]] = {}
    for name, pair in pairs.items():
        previous = -1
        beads = pair.beads
        # the row of the next bead that has pivot sentences, for each position (-1 if none follows)
        following = [-1] * (len(beads) + 1)
        for k in range(len(beads) - 1, -1, -1):
            following[k] = row_of[beads[k].src[0]] if beads[k].src else following[k + 1]
        for k, bead in enumerate(beads):
            if bead.src:
                key = (row_of[bead.src[0]], 0)
                previous = row_of[bead.src[-1]]
            elif following[k] == previous and previous >= 0:
                key = (previous, 0)  # an addition inside a group that another rendering ties together
            else:
                key = (previous, 1)
            ids.setdefault(key, {}).setdefault(name, []).extend(bead.tgt)
            kinds.setdefault(key, {}).setdefault(name, []).append(bead.kind)
            if bead.score is not None:
                scores.setdefault(key, {}).setdefault(name, []).append(bead.score)
    rows = []
    for key in sorted(set(ids) | {(k, 0) for k in range(len(ordered))}):
        pivot_ids = tuple(ordered[key[0]]) if key[1] == 0 and key[0] >= 0 else ()
        cells = {}
        for name in pairs:
            got = ids.get(key, {}).get(name, [])
            score = scores.get(key, {}).get(name, [])
            cells[name] = Cell(
                tuple(got), tuple(kinds.get(key, {}).get(name, [])), round(min(score), 4) if score else None
            )
        rows.append(Row(pivot_ids, cells))
    return MultiAlignment(pivot, {name: p.tgt for name, p in pairs.items()}, pairs, tuple(rows), pivot_name)
