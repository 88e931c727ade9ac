"""Scores per rendering, from its term occurrences, its findings and (same language as the pivot) sacrebleu.

- ``term_compliance``: share of concept occurrences written with a preferred or admitted term;
- ``term_consistency``: share of concept occurrences that use the concept's most frequent term in that
  rendering (WMT-style: the same concept translated the same way);
- ``findings_per_100``: findings per 100 sentences, by severity;
- ``bleu``, ``chrf``, ``ter`` (document level, over the aligned beads) with their sacrebleu signatures, and
  ``chrf_per_bead`` in the pair tables, for a rendering in the same language as the pivot.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from aligner.checks import SEVERITIES, Finding, Rendering


@dataclass(frozen=True)
class RenderingScores:
    name: str
    lang: str
    sentences: int
    term_occurrences: int
    term_compliance: float | None
    term_consistency: float | None
    findings: dict[str, int]
    findings_per_100: dict[str, float]
    similarity: dict[str, object] = field(default_factory=dict)


def term_scores(rendering: Rendering) -> tuple[int, float | None, float | None]:
    occurrences = [o for sentence in rendering.terms for o in sentence]
    if not occurrences:
        return 0, None, None
    compliant = sum(o.status in ("preferred", "admitted") for o in occurrences)
    per_concept: dict[str, Counter[str]] = {}
    for o in occurrences:
        per_concept.setdefault(o.concept, Counter())[o.term] += 1
    consistent = sum(counts.most_common(1)[0][1] for counts in per_concept.values())
    return len(occurrences), round(compliant / len(occurrences), 4), round(consistent / len(occurrences), 4)


def similarity(pivot: Rendering, rendering: Rendering) -> dict[str, object]:
    """BLEU, chrF and TER of the rendering against the pivot over their aligned beads (same language only)."""
    import sacrebleu

    if rendering.pair is None or pivot.doc.lang.split("-")[0] != rendering.doc.lang.split("-")[0]:
        return {}
    hyps, refs = [], []
    for bead in rendering.pair.beads:
        if bead.src and bead.tgt:
            hyps.append(" ".join(rendering.doc.sentences[j].text for j in bead.tgt))
            refs.append(" ".join(pivot.doc.sentences[i].text for i in bead.src))
    if not hyps:
        return {}
    out: dict[str, object] = {"against": pivot.name, "beads": len(hyps)}
    for name, metric in (("bleu", sacrebleu.BLEU()), ("chrf", sacrebleu.CHRF()), ("ter", sacrebleu.TER())):
        result = metric.corpus_score(hyps, [refs])
        out[name] = round(float(result.score), 2)
        out[f"{name}_signature"] = str(metric.get_signature())
    return out


def score_rendering(rendering: Rendering, findings: list[Finding], pivot: Rendering) -> RenderingScores:
    count, compliance, consistency = term_scores(rendering)
    mine = [f for f in findings if f.rendering == rendering.name]
    by_severity: dict[str, int] = {s: sum(f.severity == s for f in mine) for s in SEVERITIES}
    n = max(len(rendering.doc.sentences), 1)
    return RenderingScores(
        rendering.name,
        rendering.doc.lang,
        len(rendering.doc.sentences),
        count,
        compliance,
        consistency,
        by_severity,
        {s: round(100 * c / n, 2) for s, c in by_severity.items()},
        similarity(pivot, rendering) if rendering is not pivot else {},
    )


def concept_matrix(renderings: list[Rendering]) -> dict[str, dict[str, dict[str, int]]]:
    """concept -> rendering -> term used -> count."""
    matrix: dict[str, dict[str, dict[str, int]]] = {}
    for r in renderings:
        for sentence in r.terms:
            for o in sentence:
                cell = matrix.setdefault(o.concept, {}).setdefault(r.name, {})
                cell[o.term] = cell.get(o.term, 0) + 1
    return {concept: matrix[concept] for concept in sorted(matrix)}
