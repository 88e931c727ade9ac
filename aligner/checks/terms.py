"""Terminology checks on one rendering: non-preferred terms and inconsistent renderings of a concept."""

from __future__ import annotations

from collections import Counter

from aligner.checks.base import CheckContext, Finding, Severity, context_of


def term_status(ctx: CheckContext) -> list[Finding]:
    """``term-deprecated`` / ``term-forbidden``: a term of a concept that translators should not use."""
    out = []
    for r in ctx.renderings:
        for sentence, occurrences in enumerate(r.terms):
            for o in occurrences:
                if o.status not in ("deprecated", "forbidden"):
                    continue
                out.append(
                    Finding(
                        r.name,
                        (sentence,),
                        f"term-{o.status}",
                        "error" if o.status == "forbidden" else "warning",
                        " ".join(o.text.split()),
                        o.preferred,
                        o.concept,
                        context=context_of(r.doc, o.start, o.end),
                    )
                )
    return out


def term_inconsistent(ctx: CheckContext) -> list[Finding]:
    """``term-inconsistent``: one concept rendered by different terms within one rendering. Admitted terms
    (short forms, accepted alternatives: "General Secretary", "CMC") are normal beside the full form and do not
    count; two or more other variants do. One finding per variant but the most frequent, with all the counts;
    a warning when a variant is deprecated or forbidden, for information when all are preferred."""
    out = []
    for r in ctx.renderings:
        variants: dict[str, Counter[str]] = {}
        status: dict[tuple[str, str], str] = {}
        where: dict[tuple[str, str], list[int]] = {}
        for sentence, occurrences in enumerate(r.terms):
            for o in occurrences:
                if o.status == "admitted":
                    continue
                variants.setdefault(o.concept, Counter())[o.term] += 1
                status[(o.concept, o.term)] = o.status
                where.setdefault((o.concept, o.term), []).append(sentence)
        for concept, counts in variants.items():
            if len(counts) < 2:
                continue
            ranked = counts.most_common()
            summary = "; ".join(f"{term!r} x{n}" for term, n in ranked)
            severity: Severity = (
                "info" if all(status[(concept, t)] == "preferred" for t in counts) else "warning"
            )
            for term, _ in ranked[1:]:
                out.append(
                    Finding(
                        r.name,
                        tuple(where[(concept, term)]),
                        "term-inconsistent",
                        severity,
                        term,
                        ranked[0][0],
                        concept,
                        context=f"variants: {summary}",
                    )
                )
    return out
