"""Flat CSV/TSV exchange: one row per term, the concept's fields repeated (a concept with no term: one row with
empty term fields). Columns: ``concept, domain, definition, concept_note, concept_source, lang, term, status,
case_sensitive, verified, note, source``."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import polars as pl

from aligner.atomic import write_text
from aligner.errors import InputError
from aligner.glossary.model import STATUSES, Concept, Glossary, Term
from aligner.reader import read_text

COLUMNS = (
    "concept",
    "domain",
    "definition",
    "concept_note",
    "concept_source",
    "lang",
    "term",
    "status",
    "case_sensitive",
    "verified",
    "note",
    "source",
)


def to_frame(glossary: Glossary) -> pl.DataFrame:
    rows = []
    for c in glossary.concepts:
        head = (c.id, c.domain, c.definition, c.note, c.source)
        terms = glossary.terms_of(c.id)
        if not terms:
            rows.append((*head, "", "", "", "", "", "", ""))
        for t in terms:
            flags = ("yes" if t.case_sensitive else "no", "yes" if t.verified else "no")
            rows.append((*head, t.lang, t.text, t.status, *flags, t.note, t.source))
    return pl.DataFrame(rows, schema=dict.fromkeys(COLUMNS, pl.String), orient="row")


def export_flat(glossary: Glossary, path: str | Path, separator: str) -> None:
    frame = to_frame(glossary)
    text = frame.write_csv(separator=separator, quote_style="never" if separator == "\t" else "necessary")
    write_text(path, text)


def import_flat(path: str | Path, separator: str) -> Glossary:
    name = str(path)
    text = read_text(path).text
    reader = csv.reader(
        io.StringIO(text),
        delimiter=separator,
        quoting=csv.QUOTE_NONE if separator == "\t" else csv.QUOTE_MINIMAL,
    )
    rows = list(reader)
    if not rows or tuple(h.strip() for h in rows[0]) != COLUMNS:
        raise InputError(f"{name}:1: header must be: {','.join(COLUMNS)}")
    concepts: dict[str, Concept] = {}
    terms: list[Term] = []
    for number, row in enumerate(rows[1:], 2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(COLUMNS):
            raise InputError(f"{name}:{number}: malformed row: {len(row)} cells, expected {len(COLUMNS)}")
        cid, domain, definition, cnote, csource, lang, term, status, case, verified, note, source = (
            cell.strip() for cell in row
        )
        concepts.setdefault(cid, Concept(cid, domain, definition, cnote, csource, line=number))
        if not term and not lang:
            continue
        if status not in STATUSES:
            raise InputError(f"{name}:{number}: unknown status {status!r} (use {', '.join(STATUSES)})")
        terms.append(
            Term(cid, lang, term, status, case == "yes", verified != "no", note, source, line=number)
        )
    return Glossary(tuple(concepts.values()), tuple(terms), name)
