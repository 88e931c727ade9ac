"""Findings and what the checks see."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from aligner.align import PairAlignment
from aligner.document import Document
from aligner.glossary import Glossary, Occurrence

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


@dataclass(frozen=True)
class Finding:
    """One thing a translator should look at."""

    rendering: str
    sentences: tuple[int, ...]  # sentence ids in the rendering (empty for an omission)
    check: str
    severity: Severity
    found: str
    expected: str = ""
    concept: str = ""
    pivot_sentences: tuple[int, ...] = ()  # the aligned pivot sentences, when the check used the alignment
    context: str = ""


@dataclass(frozen=True)
class Rendering:
    """One rendering as the checks see it: its document, its term occurrences per sentence, and (for all but the
    pivot) its alignment with the pivot."""

    name: str
    doc: Document
    terms: tuple[tuple[Occurrence, ...], ...]
    pair: PairAlignment | None = None


@dataclass(frozen=True)
class CheckContext:
    pivot: Rendering
    renderings: tuple[Rendering, ...]  # the pivot first, then the others
    glossary: Glossary | None = None
    settings: dict[str, float] = field(default_factory=dict)


def context_of(doc: Document, start: int, end: int, width: int = 40) -> str:
    """A short context around ``[start, end)`` of a document's text, on one line."""
    left = " ".join(doc.text[max(0, start - width) : start].split())
    right = " ".join(doc.text[end : end + width].split())
    return f"…{left} [{' '.join(doc.text[start:end].split())}] {right}…"
