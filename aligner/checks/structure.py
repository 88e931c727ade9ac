"""Checks on the alignment of a rendering with the pivot: sentences left out or added."""

from __future__ import annotations

from aligner.checks.base import CheckContext, Finding


def omissions(ctx: CheckContext) -> list[Finding]:
    """``omission``: pivot sentences with nothing in the rendering; ``addition``: rendering sentences with
    nothing in the pivot (1-0 and 0-1 beads)."""
    out = []
    for r in ctx.renderings:
        if r.pair is None:
            continue
        for bead in r.pair.beads:
            if bead.src and not bead.tgt:
                text = " ".join(ctx.pivot.doc.sentences[i].text for i in bead.src)
                out.append(
                    Finding(
                        r.name,
                        (),
                        "omission",
                        "error",
                        "",
                        text,
                        pivot_sentences=bead.src,
                        context=f"{ctx.pivot.name} sentence {', '.join(map(str, bead.src))} has no counterpart",
                    )
                )
            elif bead.tgt and not bead.src:
                text = " ".join(r.doc.sentences[j].text for j in bead.tgt)
                out.append(
                    Finding(
                        r.name,
                        bead.tgt,
                        "addition",
                        "warning",
                        text,
                        "",
                        context=f"nothing in {ctx.pivot.name} corresponds",
                    )
                )
    return out


def length_outliers(ctx: CheckContext, threshold: float = 3.5) -> list[Finding]:
    """``length-outlier``: a bead whose length ratio lies far from the document's usual ratio (robust z-score of
    the log ratio above ``threshold`` and more than twice or under half the usual ratio): text left out or
    added inside a sentence."""
    import math
    import statistics

    out = []
    for r in ctx.renderings:
        if r.pair is None:
            continue
        beads = [b for b in r.pair.beads if b.src and b.tgt]
        if len(beads) < 8:
            continue
        logs = []
        for b in beads:
            ls = sum(len(ctx.pivot.doc.sentences[i].text) for i in b.src)
            lt = sum(len(r.doc.sentences[j].text) for j in b.tgt)
            logs.append(math.log((lt + 1) / (ls + 1)))
        centre = statistics.median(logs)
        spread = statistics.median(abs(x - centre) for x in logs) * 1.4826 or 1e-6
        for b, x in zip(beads, logs, strict=True):
            z = (x - centre) / spread
            if abs(z) > threshold and abs(x - centre) > math.log(2):
                kind = "longer" if x > centre else "shorter"
                out.append(
                    Finding(
                        r.name,
                        b.tgt,
                        "length-outlier",
                        "info",
                        f"{math.exp(x - centre):.1f}x the usual length",
                        "",
                        pivot_sentences=b.src,
                        context=f"{kind} than usual against {ctx.pivot.name} sentence {', '.join(map(str, b.src))}",
                    )
                )
    return out
