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


_SCRIPTS = {
    "han": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]{2,}"),
    "cyrillic": re.compile(r"\b[\u0400-\u04ff]{4,}\b"),
    "latin": re.compile(r"(?<![\w.])[A-Za-z][a-z]{3,}(?![\w.])"),
}
_SCRIPT_OF = {"zh": "han", "ja": "han", "ru": "cyrillic", "uk": "cyrillic", "bg": "cyrillic"}


def _script(lang: str) -> str:
    return _SCRIPT_OF.get(lang.split("-")[0].lower(), "latin")


def untranslated(ctx: CheckContext) -> list[Finding]:
    """``untranslated``: words in the pivot's script left in a rendering written in another script (Chinese
    characters in an English rendering; a Latin word of four or more letters, not an acronym or a web address,
    in a Chinese or Russian one)."""
    out = []
    foreign = _script(ctx.pivot.doc.lang)
    for r in ctx.renderings:
        if r is ctx.pivot or _script(r.doc.lang) == foreign:
            continue
        pattern = _SCRIPTS[foreign]
        for sentence in r.doc.sentences:
            raw = r.doc.text[sentence.start : sentence.end]
            for m in pattern.finditer(raw):
                start, end = sentence.start + m.start(), sentence.start + m.end()
                out.append(
                    Finding(
                        r.name,
                        (sentence.index,),
                        "untranslated",
                        "warning",
                        m.group(),
                        "",
                        context=context_of(r.doc, start, end),
                    )
                )
    return out
