"""The bench bead format, one pair only: ``[src ids]:[tgt ids]`` a line, nothing else (no signature: scripts
read this format as it is)."""

from __future__ import annotations

from aligner.align.multiway import MultiAlignment
from aligner.beads import format_beads
from aligner.errors import AlignerError


def to_beads(multi: MultiAlignment, signature: str) -> str:
    if len(multi.pairs) != 1:
        raise AlignerError("the beads format holds one pair; use --format tsv or tmx for several renderings")
    (pair,) = multi.pairs.values()
    return format_beads(pair.beads)
