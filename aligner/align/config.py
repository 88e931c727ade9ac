"""Settings of the aligner, with the defaults measured on the development sets (see benchmarks/align.py)."""

from __future__ import annotations

from dataclasses import asdict, dataclass


def beads_up_to(size: int) -> tuple[tuple[int, int], ...]:
    """Bead types (source sentences, target sentences) of at most ``size`` sentences in all, smallest first:
    1-1, the omissions 1-0 and 0-1, then 1-2, 2-1, 1-3, 3-1, 2-2, 1-4, 4-1, 2-3, 3-2, ..."""
    out = [(1, 1), (1, 0), (0, 1)]
    for total in range(3, size + 1):
        for a in range(1, total // 2 + 1):
            out += [(a, total - a)] if 2 * a == total else [(a, total - a), (total - a, a)]
    return tuple(out)


#: the bead types of the default ``max_bead`` (5)
DEFAULT_BEADS = beads_up_to(5)


@dataclass(frozen=True)
class AlignConfig:
    """How beads are scored and searched. ``max_bead`` caps the sentences of one bead (sum of both sides)."""

    max_bead: int = 5
    # cost of a bead = (1 - sim) * (a * b) ** size_exponent + type penalty + length weight * |log length ratio|
    # windows of up to this many sentences are also encoded as one text; their cosine is mixed in
    encoded_windows: int = 3
    window_mix: float = 0.55
    window_weight: float = 0.0  # sentences weigh (length / mean) ** window_weight in a window's mean vector
    subsume: float = (
        0.7  # penalty per unit by which a merged window is less similar than its best single pair
    )
    centre: float = 0.0  # subtract this share of the sentences' mean cosine with random sentences
    size_exponent: float = 0.85  # (1 - sim) is multiplied by (a * b) ** size_exponent
    null_cost: float = 0.65
    null_length: float = 0.0  # null cost scaled by (length / median length) ** null_length
    # nulls are cheaper for sentences whose best partner in the band is weak (see search._partner_factor)
    null_sim: float = 0.15
    merge_penalty: float = 0.06  # 1-2 / 2-1
    merge3_penalty: float = 0.14  # 1-3 / 3-1 / 2-2
    merge4_penalty: float = 0.05  # 1-4 / 4-1 / 2-3 / 3-2
    length_weight: float = 0.45
    length_gc: float = (
        0.0  # weight of a Gale-Church length term (|difference| / expected spread, capped at 4)
    )
    # anchors (numbers, Latin tokens in CJK text, enumeration markers, glossary concepts)
    anchor_weight: float = 0.05
    # paragraph boundaries, soft evidence
    paragraph_bonus: float = 0.03
    paragraph_cross: float = 0.05
    # search
    band: int = 12  # sentences either side of the coarse path
    full_cells: int = 250_000  # below this many cells a level is searched whole
    beads: tuple[tuple[int, int], ...] | None = None  # None: every type up to max_bead (beads_up_to)

    def allowed_beads(self) -> tuple[tuple[int, int], ...]:
        if self.beads is None:
            return beads_up_to(self.max_bead)
        return tuple(b for b in self.beads if b[0] + b[1] <= self.max_bead)

    def settings(self) -> dict[str, object]:
        """The settings that go into a signature."""
        out = asdict(self)
        out["beads"] = ",".join(f"{a}-{b}" for a, b in self.allowed_beads())
        return out
