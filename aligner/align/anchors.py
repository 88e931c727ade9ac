"""Anchors: things that a translation keeps, hashed into a sparse vector per sentence.

Numbers of every script (``aligner.numbers``), words of four or more letters written the same in both texts
(names, Latin-script words inside Chinese text: "Imanishi", "GDP"), and glossary concepts. Two windows whose
anchor vectors agree get a bonus; ones whose anchors disagree, a penalty; sentences without anchors neither.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

import numpy as np

from aligner.numbers import values

DIMENSIONS = 2048
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'-]{3,}")
# shorter words count only as capitals: acronyms ("GDP", "UN", "WTO"), not "the" or "und"
_ACRONYM = re.compile(r"(?<![A-Za-zÀ-ÖØ-öø-ÿ'-])[A-Z]{2,3}(?![A-Za-zÀ-ÖØ-öø-ÿ'-])")


def features(text: str, lang: str) -> list[str]:
    found = [f"#{v}" for v in values(text, lang)]
    found += [f"w:{w.lower()}" for w in _LATIN_WORD.findall(text)]
    found += [f"w:{w.lower()}" for w in _ACRONYM.findall(text)]
    return found


def anchor_matrices(
    src: Sequence[Sequence[str]], tgt: Sequence[Sequence[str]]
) -> tuple[np.ndarray, np.ndarray]:
    """Hashed count vectors of each sentence's features, keeping only features both documents have (an English
    word never written in the Chinese text says nothing about which sentences match)."""
    shared = sorted({f for feats in src for f in feats} & {f for feats in tgt for f in feats})
    if len(shared) <= DIMENSIONS:  # one column per feature: exact and compact
        column = {f: k for k, f in enumerate(shared)}
    else:
        column = {f: zlib.crc32(f.encode()) % DIMENSIONS for f in shared}
    width = max(min(len(shared), DIMENSIONS), 1)
    return _count(src, column, width), _count(tgt, column, width)


def _count(docs: Sequence[Sequence[str]], column: dict[str, int], width: int) -> np.ndarray:
    matrix = np.zeros((len(docs), width), dtype=np.float32)
    for i, feats in enumerate(docs):
        for feat in feats:
            k = column.get(feat)
            if k is not None:
                matrix[i, k] += 1.0
    return matrix
