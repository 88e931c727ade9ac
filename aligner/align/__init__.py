"""Sentence alignment of renderings: pairs (``align_pair``) and several renderings against a pivot
(``align_many``, in ``multiway``)."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from aligner.align.anchors import anchor_matrices
from aligner.align.config import AlignConfig
from aligner.align.encoded import EncodedDocument, encode_document
from aligner.align.search import Side, Span
from aligner.align.search import search as find_path
from aligner.beads import Bead
from aligner.document import Document
from aligner.encoders import SentenceEncoder
from aligner.encoders.use import MAX_CHARS
from aligner.glossary import Glossary


@dataclass(frozen=True)
class PairAlignment:
    """Beads between two documents; each bead's ``score`` is its confidence in [0, 1]."""

    src: Document
    tgt: Document
    beads: tuple[Bead, ...]
    warnings: tuple[str, ...] = field(default=())


def align_encoded(
    src: EncodedDocument, tgt: EncodedDocument, config: AlignConfig | None = None
) -> PairAlignment:
    """Align two encoded documents: every sentence of both in exactly one bead, beads in order."""
    config = config or AlignConfig()
    anchors_src, anchors_tgt = anchor_matrices(src.features, tgt.features)
    k = config.encoded_windows
    side_src = Side(
        src.emb, src.lengths, src.para, anchors_src, {w: e for w, e in src.windows.items() if w <= k}
    )
    side_tgt = Side(
        tgt.emb, tgt.lengths, tgt.para, anchors_tgt, {w: e for w, e in tgt.windows.items() if w <= k}
    )
    path = find_path(side_src, side_tgt, config)
    beads = tuple(
        Bead(tuple(range(s.i0, s.i1)), tuple(range(s.j0, s.j1)), _confidence(s, src.emb, tgt.emb))
        for s in path
    )
    return PairAlignment(src.doc, tgt.doc, beads, tuple(_warnings(src, tgt, beads)))


def _capped(lengths: np.ndarray) -> np.ndarray:
    """Lengths capped at 20 times the median: one huge line must not skew the length ratio of a document."""
    if len(lengths) == 0:
        return lengths
    return np.asarray(np.minimum(lengths, 20.0 * max(float(np.median(lengths)), 1.0)))


def _confidence(span: Span, x: np.ndarray, y: np.ndarray) -> float:
    """Cosine of the bead's two sides (mean of their sentence vectors), clipped to [0, 1]; for an omission or
    addition, 1 minus the best cosine of the lone sentences with the other side's neighbours."""
    if span.i1 > span.i0 and span.j1 > span.j0:
        a, b = x[span.i0 : span.i1].sum(axis=0), y[span.j0 : span.j1].sum(axis=0)
        cos = float(a @ b / max(float(np.linalg.norm(a) * np.linalg.norm(b)), 1e-12))
        return round(min(max(cos, 0.0), 1.0), 4)
    if span.i1 > span.i0:
        lone, other, at = x[span.i0 : span.i1], y, span.j0
    else:
        lone, other, at = y[span.j0 : span.j1], x, span.i0
    near = other[max(0, at - 3) : at + 3]
    best = float((lone @ near.T).max()) if len(near) and len(lone) else 0.0
    return round(min(max(1.0 - best, 0.0), 1.0), 4)


def _warnings(src: EncodedDocument, tgt: EncodedDocument, beads: tuple[Bead, ...]) -> list[str]:
    out = []
    n, m = len(src), len(tgt)
    if n == 0 or m == 0:
        out.append(
            f"{src.doc.path if n == 0 else tgt.doc.path}: no sentences; every sentence of the other side is unaligned"
        )
    elif max(n, m) > 3 * min(n, m):
        out.append(
            f"{src.doc.path} has {n} sentences and {tgt.doc.path} {m}: very unequal lengths, check the files"
        )
    for encoded in (src, tgt):
        longest = max((len(s.text) for s in encoded.doc.sentences), default=0)
        if longest > MAX_CHARS:
            out.append(
                f"{encoded.doc.path}: a sentence of {longest:,} characters; its first {MAX_CHARS:,} are encoded "
                "(check the segmentation: is the file one sentence per line?)"
            )
    full = [b.score for b in beads if b.src and b.tgt and b.score is not None]
    if len(full) >= 5 and float(np.median(full)) < 0.25:
        out.append(
            f"{src.doc.path} and {tgt.doc.path} look unrelated (median bead similarity {np.median(full):.2f}): "
            "check the files and their languages"
        )
    return out


def align_pair(
    src: Document,
    tgt: Document,
    encoder: SentenceEncoder,
    config: AlignConfig | None = None,
    glossary: Glossary | None = None,
) -> PairAlignment:
    """Encode and align two documents; the glossary's concepts, when given, serve as anchors.

    >>> from aligner.encoders import get_encoder
    >>> pair = align_pair(src_doc, tgt_doc, get_encoder())  # doctest: +SKIP
    >>> pair.beads[0].format()  # doctest: +SKIP
    '[0]:[0]'
    """
    config = config or AlignConfig()
    return align_encoded(
        encode_document(src, encoder, windows=config.encoded_windows, glossary=glossary),
        encode_document(tgt, encoder, windows=config.encoded_windows, glossary=glossary),
        config,
    )


__all__ = [
    "AlignConfig",
    "EncodedDocument",
    "PairAlignment",
    "align_encoded",
    "align_pair",
    "encode_document",
]
