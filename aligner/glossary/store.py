"""The glossary on disk: two TSV files in one folder, and safe edits.

``concepts.tsv``: ``id, domain, definition, note, source``.
``terms.tsv``: ``concept, lang, term, status, case_sensitive, verified, note, source``
(``case_sensitive`` and ``verified`` are ``yes`` or ``no``).

Both have a header row; cells hold no tabs or line breaks; rows are kept in file order. Edits are atomic (each
file is written aside, then renamed over the old one) and refuse to overwrite a file that changed on disk since
it was read.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from aligner.atomic import write_text
from aligner.errors import AlignerError, InputError
from aligner.glossary.model import STATUSES, Concept, Glossary, Term
from aligner.reader import read_text

CONCEPT_COLUMNS = ("id", "domain", "definition", "note", "source")
TERM_COLUMNS = ("concept", "lang", "term", "status", "case_sensitive", "verified", "note", "source")
CONCEPTS_FILE = "concepts.tsv"
TERMS_FILE = "terms.tsv"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a glossary, where it is."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}" if self.line else f"{self.file}: {self.message}"


@dataclass(frozen=True)
class Loaded:
    glossary: Glossary
    problems: tuple[Problem, ...]  # rows that could not be read at all (malformed)
    fingerprint: str  # of the files as read, to detect changes on disk before an edit


def default_path() -> Path:
    """``./glossary`` when it holds a glossary, else the project's bundled one beside the package."""
    for base in (Path.cwd(), Path(__file__).resolve().parents[2]):
        if (base / "glossary" / TERMS_FILE).is_file():
            return base / "glossary"
    raise AlignerError("no glossary found: run from the project folder or pass --glossary PATH")


def load(path: str | Path) -> Loaded:
    folder = Path(path)
    if not folder.is_dir():
        raise InputError(f"{folder}: no such glossary folder")
    problems: list[Problem] = []
    concept_rows = _rows(folder / CONCEPTS_FILE, CONCEPT_COLUMNS, problems)
    term_rows = _rows(folder / TERMS_FILE, TERM_COLUMNS, problems)
    concepts = tuple(Concept(row[0], row[1], row[2], row[3], row[4], line=line) for line, row in concept_rows)
    terms = []
    for line, row in term_rows:
        concept, lang, text, status, case, verified, note, source = row
        if status not in STATUSES:
            problems.append(
                Problem(TERMS_FILE, line, f"unknown status {status!r} (use {', '.join(STATUSES)})")
            )
            continue
        flags = []
        for name, value in (("case_sensitive", case), ("verified", verified)):
            if value not in ("yes", "no"):
                problems.append(Problem(TERMS_FILE, line, f"{name} must be yes or no, not {value!r}"))
            flags.append(value == "yes")
        terms.append(Term(concept, lang, text, status, flags[0], flags[1], note, source, line))
    return Loaded(Glossary(concepts, tuple(terms), str(folder)), tuple(problems), fingerprint(folder))


def fingerprint(folder: Path) -> str:
    h = hashlib.sha256()
    for name in (CONCEPTS_FILE, TERMS_FILE):
        path = folder / name
        h.update(path.read_bytes() if path.exists() else b"<missing>")
    return h.hexdigest()


def save(glossary: Glossary, folder: str | Path, *, expected: str | None = None) -> None:
    """Write the glossary to ``folder``; with ``expected``, refuse if the files changed since they were read."""
    target = Path(folder)
    if expected is not None and target.exists() and fingerprint(target) != expected:
        raise AlignerError(
            f"{target}: the glossary changed on disk since it was read; nothing written, try again"
        )
    concepts = _tsv(
        CONCEPT_COLUMNS, [(c.id, c.domain, c.definition, c.note, c.source) for c in glossary.concepts]
    )
    terms = _tsv(
        TERM_COLUMNS,
        [
            (t.concept, t.lang, t.text, t.status, _yes(t.case_sensitive), _yes(t.verified), t.note, t.source)
            for t in glossary.terms
        ],
    )
    for name, text in ((CONCEPTS_FILE, concepts), (TERMS_FILE, terms)):
        path = target / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            write_text(path, text)


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _clean(cell: str) -> str:
    return " ".join(cell.split())


def _tsv(columns: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    lines = ["\t".join(columns)] + ["\t".join(_clean(cell) for cell in row) for row in rows]
    return "\n".join(lines) + "\n"


def _rows(path: Path, columns: tuple[str, ...], problems: list[Problem]) -> list[tuple[int, list[str]]]:
    try:
        text = read_text(path).text
    except InputError as err:
        problems.append(Problem(path.name, 0, str(err).split(": ", 1)[-1]))
        return []
    lines = text.splitlines()
    header = lines[0].split("\t") if lines else []
    if tuple(header) != columns:
        problems.append(Problem(path.name, 1, f"header must be: {' '.join(columns)}"))
        return []
    rows = []
    for number, line in enumerate(lines[1:], 2):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != len(columns):
            problems.append(
                Problem(path.name, number, f"malformed row: {len(cells)} cells, expected {len(columns)}")
            )
            continue
        rows.append((number, [cell.strip() for cell in cells]))
    return rows
