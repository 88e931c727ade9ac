"""Aligned corpora as TSV, from polars frames. The first line is ``# `` and the signature (read with
``comment_prefix="#"`` in polars, ``comment="#"`` in pandas); then a header row.

One pair (two files): one row per bead, columns ``src_ids``, ``tgt_ids`` (sentence indices, comma-separated,
empty for an omission or addition), ``src_text``, ``tgt_text``, ``bead`` (``2-1``), ``confidence`` (0-1).

Several renderings: one row per group of pivot sentences (see ``aligner.align.multiway``), columns ``row``,
``pivot_ids``, ``pivot_text``, then for each rendering ``<name>_ids``, ``<name>_text``, ``<name>_bead`` (bead
kinds, ``+``-joined when several), ``<name>_confidence``; and ``divergent`` (``yes`` when the renderings group
the row's pivot sentences differently).
"""

from __future__ import annotations

import polars as pl

from aligner.align import PairAlignment
from aligner.align.multiway import MultiAlignment
from aligner.document import Document
from aligner.tables import to_tsv as frame_to_tsv


def _ids(ids: tuple[int, ...]) -> str:
    return ",".join(map(str, ids))


def _text(doc: Document, ids: tuple[int, ...]) -> str:
    return doc.text_of(ids)


def pair_frame(pair: PairAlignment) -> pl.DataFrame:
    rows = [
        (_ids(b.src), _ids(b.tgt), _text(pair.src, b.src), _text(pair.tgt, b.tgt), b.kind, b.score)
        for b in pair.beads
    ]
    schema = {
        "src_ids": pl.String,
        "tgt_ids": pl.String,
        "src_text": pl.String,
        "tgt_text": pl.String,
        "bead": pl.String,
        "confidence": pl.Float64,
    }
    return pl.DataFrame(rows, schema=schema, orient="row")


def multi_frame(multi: MultiAlignment) -> pl.DataFrame:
    columns: dict[str, list[object]] = {"row": [], "pivot_ids": [], "pivot_text": []}
    for name in multi.pairs:
        for suffix in ("ids", "text", "bead", "confidence"):
            columns[f"{name}_{suffix}"] = []
    columns["divergent"] = []
    for k, row in enumerate(multi.rows):
        columns["row"].append(k)
        columns["pivot_ids"].append(_ids(row.pivot))
        columns["pivot_text"].append(_text(multi.pivot, row.pivot))
        for name, cell in row.cells.items():
            columns[f"{name}_ids"].append(_ids(cell.ids))
            columns[f"{name}_text"].append(_text(multi.renderings[name], cell.ids))
            columns[f"{name}_bead"].append("+".join(cell.kinds))
            columns[f"{name}_confidence"].append(cell.confidence)
        columns["divergent"].append("yes" if row.divergent else "no")
    schema = {
        c: (pl.Float64 if c.endswith("_confidence") else pl.Int64 if c == "row" else pl.String)
        for c in columns
    }
    return pl.DataFrame(columns, schema=schema)


def to_tsv(multi: MultiAlignment, signature: str) -> str:
    frame = pair_frame(next(iter(multi.pairs.values()))) if len(multi.pairs) == 1 else multi_frame(multi)
    return f"# {signature}\n" + frame_to_tsv(frame)
