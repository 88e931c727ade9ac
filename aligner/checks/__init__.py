"""Consistency checks over aligned renderings. A check is a function ``CheckContext -> list[Finding]``;
adding one is a function in a module of this package plus a line in ``CHECKS``."""

from __future__ import annotations

import bisect
from collections.abc import Callable

from aligner.checks.alignment import number_mismatch, term_missing
from aligner.checks.base import SEVERITIES, CheckContext, Finding, Rendering, Severity
from aligner.checks.structure import length_outliers, omissions
from aligner.checks.terms import term_inconsistent, term_status
from aligner.checks.words import repeated_words, untranslated
from aligner.document import Document
from aligner.glossary import Glossary, Occurrence, TermMatcher

Check = Callable[[CheckContext], list[Finding]]

CHECKS: dict[str, Check] = {
    "term-status": term_status,
    "term-inconsistent": term_inconsistent,
    "repeated-word": repeated_words,
    "omission": omissions,
    "term-missing": term_missing,
    "number-mismatch": number_mismatch,
    "untranslated": untranslated,
    "length-outlier": length_outliers,
}


def occurrences_by_sentence(doc: Document, glossary: Glossary | None) -> tuple[tuple[Occurrence, ...], ...]:
    """The glossary's terms found in a document's text as read, grouped by the sentence they start in."""
    grouped: list[list[Occurrence]] = [[] for _ in doc.sentences]
    if glossary is None:
        return tuple(() for _ in doc.sentences)
    starts = [s.start for s in doc.sentences]
    for o in TermMatcher(glossary, doc.lang).find(doc.text):
        grouped[max(0, bisect.bisect_right(starts, o.start) - 1)].append(o)
    return tuple(tuple(g) for g in grouped)


def run_checks(ctx: CheckContext) -> list[Finding]:
    """Every check's findings, in a stable order: by rendering, then first sentence, then check."""
    order = {r.name: k for k, r in enumerate(ctx.renderings)}
    found = [f for check in CHECKS.values() for f in check(ctx)]
    return sorted(
        found,
        key=lambda f: (order[f.rendering], (f.sentences or f.pivot_sentences or (-1,))[0], f.check, f.found),
    )


__all__ = [
    "CHECKS",
    "SEVERITIES",
    "CheckContext",
    "Finding",
    "Rendering",
    "Severity",
    "occurrences_by_sentence",
    "run_checks",
]
