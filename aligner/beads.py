"""Beads: groups of source and target sentences that translate each other, in the bench file format.

One bead per line, ``[source ids]:[target ids]``, 0-based sentence indices, ``[]`` for an empty side:
``[0]:[0, 1]``, ``[3,4]:[5]``, ``[7]:[]``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from aligner.errors import InputError

_LINE = re.compile(r"^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]\s*$")


@dataclass(frozen=True)
class Bead:
    src: tuple[int, ...]
    tgt: tuple[int, ...]
    score: float | None = None

    @property
    def kind(self) -> str:
        """The bead type, "1-2" for one source sentence against two target sentences."""
        return f"{len(self.src)}-{len(self.tgt)}"

    def format(self) -> str:
        return f"[{', '.join(map(str, self.src))}]:[{', '.join(map(str, self.tgt))}]"


def parse_beads(text: str, name: str = "<beads>") -> list[Bead]:
    """Parse a bead file's text; ``InputError`` names the line of the first malformed bead."""
    beads = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        m = _LINE.match(line)
        if m is None:
            raise InputError(f"{name}:{number}: not a bead (expected e.g. [0]:[0, 1]): {line.strip()[:60]}")
        beads.append(Bead(_ids(m.group(1)), _ids(m.group(2))))
    return beads


def format_beads(beads: Iterable[Bead]) -> str:
    return "".join(bead.format() + "\n" for bead in beads)


def coverage_errors(beads: Sequence[Bead], n_src: int, n_tgt: int) -> list[str]:
    """Why ``beads`` fail to cover every sentence of both sides exactly once, in order (empty if they do)."""
    errors = []
    sides = (
        ("source", n_src, [i for b in beads for i in b.src]),
        ("target", n_tgt, [i for b in beads for i in b.tgt]),
    )
    for side, n, seen in sides:
        if seen != sorted(seen):
            errors.append(f"{side} ids are not monotone")
        counts: dict[int, int] = {}
        for i in seen:
            counts[i] = counts.get(i, 0) + 1
        twice = sorted(i for i, c in counts.items() if c > 1)
        missing = sorted(set(range(n)) - counts.keys())
        outside = sorted(i for i in counts if not 0 <= i < n)
        if twice:
            errors.append(f"{side} sentences in more than one bead: {twice[:10]}")
        if missing:
            errors.append(f"{side} sentences in no bead: {missing[:10]}")
        if outside:
            errors.append(f"{side} ids beyond the {n} sentences: {outside[:10]}")
    if any(not b.src and not b.tgt for b in beads):
        errors.append("a bead with both sides empty")
    return errors


def _ids(field: str) -> tuple[int, ...]:
    return tuple(int(x) for x in field.replace(",", " ").split())
