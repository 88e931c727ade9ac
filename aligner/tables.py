"""Tabular views of the data model as polars DataFrames, and TSV writing from them.

Sentence table columns: ``id`` (str, ``p<paragraph>.s<sentence>``), ``paragraph`` (Int64), ``sentence``
(Int64, the 0-based index used in bead files), ``start`` and ``end`` (Int64, code-point offsets into the text
as read), ``text`` (str, white space folded to single spaces, so no tab or line break).
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

import polars as pl

from aligner.atomic import atomic_open
from aligner.document import Document


def sentence_table(doc: Document) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "id": [s.id for s in doc.sentences],
            "paragraph": [s.paragraph for s in doc.sentences],
            "sentence": [s.index for s in doc.sentences],
            "start": [s.start for s in doc.sentences],
            "end": [s.end for s in doc.sentences],
            "text": [s.text for s in doc.sentences],
        },
        schema={
            "id": pl.String,
            "paragraph": pl.Int64,
            "sentence": pl.Int64,
            "start": pl.Int64,
            "end": pl.Int64,
            "text": pl.String,
        },
    )


def to_tsv(frame: pl.DataFrame) -> str:
    """TSV text with a header row. Cells must not hold tabs or line breaks (the tables fold them)."""
    return frame.write_csv(separator="\t", quote_style="never")


def write_tsv(frame: pl.DataFrame, target: str | Path | IO[str]) -> None:
    """Write a frame as TSV to a stream, or atomically to a path."""
    if isinstance(target, str | Path):
        with atomic_open(target) as handle:
            handle.write(to_tsv(frame))
    else:
        target.write(to_tsv(frame))
