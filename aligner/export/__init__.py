"""Exporters: an aligned corpus to text in one format. Adding a format is one file plus a line in
``EXPORTERS``. Every exporter writes the run's signature where its format has room for it."""

from __future__ import annotations

from collections.abc import Callable

from aligner.align.multiway import MultiAlignment
from aligner.export.beads import to_beads
from aligner.export.tmx import to_tmx
from aligner.export.tsv import to_tsv

Exporter = Callable[[MultiAlignment, str], str]

EXPORTERS: dict[str, Exporter] = {"beads": to_beads, "tsv": to_tsv, "tmx": to_tmx}

__all__ = ["EXPORTERS", "Exporter"]
