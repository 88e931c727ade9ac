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
