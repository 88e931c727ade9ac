"""Checks on the wording of one rendering."""

from __future__ import annotations

import re

from aligner.checks.base import CheckContext, Finding, context_of

# the same word twice in a row ("the the"), or around a conjunction ("inclusive and inclusive")
_DOUBLED = re.compile(r"\b(\w{2,})\s+\1\b", re.IGNORECASE)
_AROUND = re.compile(r"\b(\w{4,})\s+(?:and|or|и|или|et|ou|und|oder|y|o)\s+\1\b", re.IGNORECASE)
_ALLOWED_DOUBLES = {"that", "had", "is", "bye", "very", "so", "more", "again", "step", "year"}


def repeated_words(ctx: CheckContext) -> list[Finding]:
    """``repeated-word``: a doubled word, or the same content word either side of a conjunction."""
    out = []
    for r in ctx.renderings:
        if r.doc.lang.split("-")[0] in ("zh", "ja"):
            continue
        for sentence in r.doc.sentences:
            raw = r.doc.text[sentence.start : sentence.end]
            for pattern in (_AROUND, _DOUBLED):
                for m in pattern.finditer(raw):
                    if pattern is _DOUBLED and m.group(1).lower() in _ALLOWED_DOUBLES:
                        continue
                    start, end = sentence.start + m.start(), sentence.start + m.end()
                    out.append(
                        Finding(
                            r.name,
                            (sentence.index,),
                            "repeated-word",
                            "warning",
                            " ".join(m.group().split()),
                            m.group(1),
                            context=context_of(r.doc, start, end),
                        )
                    )
    return out
