"""Checks that compare a rendering's beads with the aligned pivot sentences: terms and numbers."""

from __future__ import annotations

from collections import Counter

from aligner.checks.base import CheckContext, Finding, Rendering, Severity
from aligner.glossary import Glossary, TermMatcher
from aligner.numbers import values


def implied_concepts(glossary: Glossary) -> dict[str, set[str]]:
    """Concepts whose accepted terms contain another concept's term in some language: "Xi Jinping Thought on
    Socialism with Chinese Characteristics for a New Era" names socialism_new_era, in every language, even
    where the words differ (Russian "о социализме ... новой эпохи")."""
    implied: dict[str, set[str]] = {}
    for lang in glossary.languages():
        matcher = TermMatcher(glossary, lang)
        for term in glossary.terms:
            if term.lang == lang and term.accepted:
                for o in matcher.find(term.text):
                    implied.setdefault(term.concept, set()).update(c for c in o.contains if c != term.concept)
    return implied


def _concepts(r: Rendering, ids: tuple[int, ...], implied: dict[str, set[str]]) -> set[str]:
    found = set()
    for i in ids:
        for o in r.terms[i]:
            found.add(o.concept)
            found.update(o.contains)
            found.update(implied.get(o.concept, ()))
    return found


def term_missing(ctx: CheckContext) -> list[Finding]:
    """``term-missing``: a concept in the aligned pivot sentences that the rendering's bead does not name.
    The neighbouring beads are searched first: a concept found there is reported for information as a likely
    misalignment, not a mistranslation. The pivot itself is checked the other way round, against the
    concepts that at least half of the other renderings name in the beads aligned to it."""
    out: list[Finding] = []
    glossary = ctx.glossary
    if glossary is None:
        return out
    implied = implied_concepts(glossary)
    votes: Counter[tuple[tuple[int, ...], str]] = Counter()
    others = [r for r in ctx.renderings if r.pair is not None]
    for r in others:
        assert r.pair is not None
        beads = r.pair.beads
        for k, bead in enumerate(beads):
            if not bead.src or not bead.tgt:
                continue
            pivot_concepts = _concepts(ctx.pivot, bead.src, implied)
            mine = _concepts(r, bead.tgt, implied)
            for concept in sorted(mine - pivot_concepts):
                votes[(bead.src, concept)] += 1
            missing = pivot_concepts - mine
            if not missing:
                continue
            near = set()
            for n in (k - 1, k + 1):
                if 0 <= n < len(beads):
                    near |= _concepts(r, beads[n].tgt, implied)
            for concept in sorted(missing):
                if not glossary.terms_of(concept, r.doc.lang):
                    continue  # the glossary has no term for it in this language: nothing to expect
                nearby = concept in near
                out.append(
                    Finding(
                        r.name,
                        bead.tgt,
                        "term-missing",
                        "info" if nearby else "warning",
                        "",
                        glossary.preferred(concept, r.doc.lang),
                        concept,
                        bead.src,
                        "found in a neighbouring bead: probably a misalignment"
                        if nearby
                        else f"named in {ctx.pivot.name} sentence {', '.join(map(str, bead.src))}",
                    )
                )
    for (src, concept), count in sorted(votes.items()):
        if count * 2 >= len(others) and glossary.terms_of(concept, ctx.pivot.doc.lang):
            out.append(
                Finding(
                    ctx.pivot.name,
                    src,
                    "term-missing",
                    "warning",
                    "",
                    glossary.preferred(concept, ctx.pivot.doc.lang),
                    concept,
                    src,
                    f"named in the aligned sentences of {count} of {len(others)} other renderings",
                )
            )
    return out


def number_mismatch(ctx: CheckContext) -> list[Finding]:
    """``number-mismatch``: numbers, ordinals, years, months and percentages that differ between a bead and its
    aligned pivot sentences, read across scripts ("18th" = 十八 = XVIII; "Tenth" = 十是). A number changed is a
    warning; one only present on one side is information."""
    out = []
    for r in ctx.renderings:
        if r.pair is None:
            continue
        for bead in r.pair.beads:
            if not bead.src or not bead.tgt:
                continue
            pivot_text = " ".join(ctx.pivot.doc.sentences[i].text for i in bead.src)
            text = " ".join(r.doc.sentences[j].text for j in bead.tgt)
            theirs = set(values(pivot_text, ctx.pivot.doc.lang))
            mine = set(values(text, r.doc.lang))
            if theirs == mine:
                continue
            only_mine, only_theirs = sorted(mine - theirs, key=_order), sorted(theirs - mine, key=_order)
            severity: Severity = "warning" if only_mine and only_theirs else "info"
            out.append(
                Finding(
                    r.name,
                    bead.tgt,
                    "number-mismatch",
                    severity,
                    ", ".join(map(_show, only_mine)),
                    ", ".join(map(_show, only_theirs)),
                    pivot_sentences=bead.src,
                    context=f"{ctx.pivot.name}: {pivot_text[:160]}",
                )
            )
    return out


def _order(value: str) -> tuple[int, str]:
    return (1, value) if value.startswith("m") else (0, value.zfill(12))


def _show(value: str) -> str:
    return f"month {value[1:]}" if value.startswith("m") else value
