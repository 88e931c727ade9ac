"""The terminology glossary: concepts, terms per language with a status, matching, import and export."""

from __future__ import annotations

from pathlib import Path

from aligner.errors import AlignerError
from aligner.glossary.matcher import Occurrence, TermMatcher
from aligner.glossary.model import ACCEPTED, STATUSES, Concept, Glossary, Status, Term
from aligner.glossary.store import Problem, load
from aligner.glossary.validate import validate


class InvalidGlossary(AlignerError):
    """A glossary with problems; the message lists them, one per line."""

    def __init__(self, path: str, problems: list[Problem]) -> None:
        shown = "\n".join(f"  {p}" for p in problems[:50])
        more = f"\n  ... and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(f"{path}: invalid glossary ({len(problems)} problems); nothing done\n{shown}{more}")
        self.problems = problems


def load_glossary(path: str | Path) -> Glossary:
    """Load and validate a glossary folder; ``InvalidGlossary`` lists what is wrong with file and line."""
    loaded = load(path)
    problems = [*loaded.problems, *validate(loaded.glossary)]
    if problems:
        raise InvalidGlossary(str(path), problems)
    return loaded.glossary


__all__ = [
    "ACCEPTED",
    "STATUSES",
    "Concept",
    "Glossary",
    "InvalidGlossary",
    "Occurrence",
    "Problem",
    "Status",
    "Term",
    "TermMatcher",
    "load_glossary",
    "validate",
]
