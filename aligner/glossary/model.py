"""The glossary's data model: concepts, and their terms per language with a status (as in TBX)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal, get_args

Status = Literal["preferred", "admitted", "deprecated", "forbidden"]
STATUSES: tuple[Status, ...] = get_args(Status)
#: statuses a translator may use; the others are findings
ACCEPTED: frozenset[str] = frozenset({"preferred", "admitted"})


def as_status(value: str) -> Status:
    """``value`` as a ``Status``; ``ValueError`` for anything else."""
    for status in STATUSES:
        if value == status:
            return status
    raise ValueError(f"unknown status {value!r} (use {', '.join(STATUSES)})")


@dataclass(frozen=True)
class Concept:
    id: str
    domain: str = ""
    definition: str = ""
    note: str = ""
    source: str = ""
    line: int = field(default=0, compare=False)  # where it was read from (0: not from a file)


@dataclass(frozen=True)
class Term:
    concept: str
    lang: str
    text: str
    status: Status
    case_sensitive: bool = False
    verified: bool = True
    note: str = ""
    source: str = ""
    line: int = field(default=0, compare=False)

    @property
    def accepted(self) -> bool:
        return self.status in ACCEPTED


@dataclass(frozen=True)
class Glossary:
    concepts: tuple[Concept, ...]
    terms: tuple[Term, ...]
    path: str = ""
    _by_id: dict[str, Concept] = field(default_factory=dict, compare=False, repr=False)
    _preferred: dict[tuple[str, str], str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update({c.id: c for c in self.concepts})
        for term in self.terms:
            if term.status == "preferred":
                self._preferred.setdefault((term.concept, term.lang), term.text)

    def concept(self, concept_id: str) -> Concept | None:
        return self._by_id.get(concept_id)

    def terms_of(self, concept_id: str, lang: str | None = None) -> list[Term]:
        return [t for t in self.terms if t.concept == concept_id and (lang is None or t.lang == lang)]

    def preferred(self, concept_id: str, lang: str) -> str:
        """The first preferred term of a concept in a language ("" if there is none)."""
        return self._preferred.get((concept_id, lang), "")

    def languages(self) -> list[str]:
        return sorted({t.lang for t in self.terms})

    def digest(self) -> str:
        """A content hash (12 hex digits) for signatures: the same glossary gives the same hash wherever it is."""
        h = hashlib.sha256()
        for c in self.concepts:
            h.update("\x1f".join((c.id, c.domain, c.definition, c.note, c.source)).encode() + b"\x1e")
        for t in self.terms:
            fields = (
                t.concept,
                t.lang,
                t.text,
                t.status,
                str(t.case_sensitive),
                str(t.verified),
                t.note,
                t.source,
            )
            h.update("\x1f".join(fields).encode() + b"\x1e")
        return h.hexdigest()[:12]

    def replace(
        self, concepts: tuple[Concept, ...] | None = None, terms: tuple[Term, ...] | None = None
    ) -> Glossary:
        return Glossary(
            self.concepts if concepts is None else concepts, self.terms if terms is None else terms, self.path
        )
