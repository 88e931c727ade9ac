"""``report.html``: one self-contained page (no external file, no network) a translator can read.

Sections: scores per rendering; a plot of bead confidence along the document per rendering (omissions and
additions marked); the aligned renderings side by side with glossary terms highlighted by status (the
preferred term on hover); the findings, filterable by check and rendering; the concept x rendering matrix.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence

from aligner.align.multiway import MultiAlignment
from aligner.checks import Finding, Rendering
from aligner.document import Document
from aligner.glossary import Glossary, Occurrence
from aligner.scores import RenderingScores

_CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1400px;padding:0 16px 48px;color:#1d1d1f}
h1{font-size:22px;margin:20px 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ddd}
.sig{color:#666;font:11px monospace;word-break:break-all}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #e2e2e2;padding:4px 6px;vertical-align:top}
th{background:#f5f5f7;text-align:left;position:sticky;top:0}
td.num{text-align:right;white-space:nowrap}
mark{border-radius:3px;padding:0 1px}mark.preferred{background:#d7f5dd}mark.admitted{background:#e4f0fb}
mark.deprecated{background:#fff0c2}mark.forbidden{background:#ffd6d6;text-decoration:underline wavy #c00}
tr.divergent td:first-child{border-left:4px solid #f0a500}td.empty{background:#fafafa}
.error{color:#b00020;font-weight:600}.warning{color:#a15c00}.info{color:#555}
.legend mark{margin-right:8px}.filters{margin:8px 0}select{margin-right:12px}
.aligned td{width:25%}.small{font-size:12px;color:#555}
"""

_SCRIPT = """
function filterFindings(){
  const c=document.getElementById('f-check').value, r=document.getElementById('f-rendering').value;
  let shown=0;
  for(const row of document.querySelectorAll('#findings tbody tr')){
    const ok=(!c||row.dataset.check===c)&&(!r||row.dataset.rendering===r);
    row.style.display=ok?'':'none'; if(ok) shown++;
  }
  document.getElementById('f-count').textContent=shown+' shown';
}
document.getElementById('f-check').addEventListener('change',filterFindings);
document.getElementById('f-rendering').addEventListener('change',filterFindings);
filterFindings();
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _marked(doc: Document, ids: Sequence[int], terms: Sequence[Sequence[Occurrence]]) -> str:
    """The sentences' text as read, white space folded, glossary terms wrapped in <mark> by status."""
    parts = []
    for i in ids:
        sentence = doc.sentences[i]
        out, cursor = [], sentence.start
        for o in sorted(terms[i], key=lambda o: o.start):
            if o.start < cursor or o.end > sentence.end:
                continue
            out.append(_e(doc.text[cursor : o.start]))
            hint = f"{o.status}: {o.concept}" + (
                f" (preferred: {o.preferred})" if o.preferred and o.status not in ("preferred",) else ""
            )
            out.append(f'<mark class="{o.status}" title="{_e(hint)}">{_e(doc.text[o.start : o.end])}</mark>')
            cursor = o.end
        out.append(_e(doc.text[cursor : sentence.end]))
        parts.append(" ".join("".join(out).split()))
    return doc.joiner.join(parts)


def _plot(multi: MultiAlignment, width: int = 1200, height: int = 64) -> str:
    """Per rendering, its beads' confidence along the pivot (x: pivot sentence); red dots where the rendering
    leaves pivot sentences out, blue where it adds sentences of its own."""
    n = max(len(multi.pivot.sentences), 1)
    scale = width / max(n - 1, 1)
    out = []
    for name, pair in multi.pairs.items():
        points, marks = [], []
        position = 0
        for bead in pair.beads:
            x = (bead.src[0] if bead.src else position) * scale
            if bead.src:
                position = bead.src[-1]
            if bead.src and not bead.tgt:
                marks.append(
                    f'<circle cx="{x:.1f}" cy="{height - 7}" r="5" fill="#d00"><title>{_e(multi.pivot_name)} '
                    f"sentence {', '.join(map(str, bead.src))} left out</title></circle>"
                )
            elif bead.tgt and not bead.src:
                marks.append(
                    f'<circle cx="{x:.1f}" cy="7" r="5" fill="#06c"><title>{_e(name)} sentence '
                    f"{', '.join(map(str, bead.tgt))} added</title></circle>"
                )
            elif bead.score is not None:
                points.append(f"{x:.1f},{(1 - bead.score) * (height - 14) + 7:.1f}")
        out.append(
            f'<div class="small">{_e(name)}</div><svg class="plot" data-rendering="{_e(name)}" width="{width + 12}" '
            f'height="{height}" viewBox="-6 0 {width + 12} {height}"><rect x="-6" width="{width + 12}" '
            f'height="{height}" fill="#fafafa"/><polyline fill="none" stroke="#444" stroke-width="1.2" '
            f'points="{" ".join(points)}"/>{"".join(marks)}</svg>'
        )
    return "".join(out)


def render(
    *,
    title: str,
    signature: str,
    multi: MultiAlignment,
    renderings: Sequence[Rendering],
    findings: Sequence[Finding],
    scores: Sequence[RenderingScores],
    concepts: dict[str, dict[str, dict[str, int]]],
    gold_f1: dict[str, float],
    glossary: Glossary | None,
) -> str:
    by_name = {r.name: r for r in renderings}
    pivot = by_name[multi.pivot_name]
    names = [multi.pivot_name, *multi.pairs]

    score_rows = []
    for s in scores:
        sim = s.similarity
        score_rows.append(
            "<tr>"
            + "".join(
                f'<td class="num">{_e(v)}</td>' if k else f"<td>{_e(v)}</td>"
                for k, v in enumerate(
                    (
                        s.name,
                        s.lang,
                        s.sentences,
                        s.term_occurrences,
                        "-" if s.term_compliance is None else f"{100 * s.term_compliance:.0f}%",
                        "-" if s.term_consistency is None else f"{100 * s.term_consistency:.0f}%",
                        s.findings["error"],
                        s.findings["warning"],
                        s.findings["info"],
                        sim.get("bleu", "-"),
                        sim.get("chrf", "-"),
                        sim.get("ter", "-"),
                        f"{gold_f1[s.name]:.3f}" if s.name in gold_f1 else "-",
                    )
                )
            )
            + "</tr>"
        )

    aligned = []
    for k, row in enumerate(multi.rows):
        cells = [
            f'<td class="num">{k}</td>',
            f"<td>{_marked(pivot.doc, row.pivot, pivot.terms) if row.pivot else ''}</td>",
        ]
        for name in multi.pairs:
            cell = row.cells[name]
            r = by_name[name]
            kinds = "+".join(cell.kinds)
            cls = ' class="empty"' if not cell.ids else ""
            cells.append(
                f'<td{cls}>{_marked(r.doc, cell.ids, r.terms)}<div class="small">{_e(kinds)}'
                f"{'' if cell.confidence is None else f' · {cell.confidence:.2f}'}</div></td>"
            )
        aligned.append(f'<tr class="row{" divergent" if row.divergent else ""}">' + "".join(cells) + "</tr>")

    finding_rows = [
        f'<tr data-check="{_e(f.check)}" data-rendering="{_e(f.rendering)}"><td>{_e(f.rendering)}</td>'
        f'<td class="num">{_e(",".join(map(str, f.sentences)))}</td><td>{_e(f.check)}</td>'
        f'<td class="{_e(f.severity)}">{_e(f.severity)}</td><td>{_e(f.concept)}</td><td>{_e(f.found)}</td>'
        f'<td>{_e(f.expected)}</td><td class="small">{_e(f.context)}</td></tr>'
        for f in findings
    ]
    checks = sorted({f.check for f in findings})
    options_check = "".join(f'<option value="{_e(c)}">{_e(c)}</option>' for c in checks)
    options_rendering = "".join(f'<option value="{_e(n)}">{_e(n)}</option>' for n in names)

    def status_of(concept: str, lang: str, term: str) -> str:
        if glossary is None:
            return ""
        for t in glossary.terms_of(concept, lang):
            if t.text == term:
                return t.status
        return ""

    matrix_rows = []
    for concept, per_rendering in concepts.items():
        cells = [f"<td>{_e(concept)}</td>"]
        for name in names:
            used = per_rendering.get(name, {})
            lang = by_name[name].doc.lang
            cells.append(
                "<td>"
                + "<br>".join(
                    f'<mark class="{status_of(concept, lang, term)}">{_e(term)}</mark> ×{count}'
                    for term, count in sorted(used.items(), key=lambda kv: -kv[1])
                )
                + "</td>"
            )
        matrix_rows.append("<tr>" + "".join(cells) + "</tr>")

    data = {"rows": len(multi.rows), "findings": len(findings), "renderings": names}
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(title)}</title><style>{_CSS}</style></head>
<body data-summary='{_e(json.dumps(data))}'>
<h1>{_e(title)}</h1><div class="sig">{_e(signature)}</div>
<h2>Scores</h2>
<table id="scores"><thead><tr><th>rendering</th><th>lang</th><th>sentences</th><th>terms</th><th>compliance</th>
<th>consistency</th><th>errors</th><th>warnings</th><th>info</th><th>BLEU</th><th>chrF</th><th>TER</th><th>gold F1</th></tr></thead>
<tbody>{"".join(score_rows)}</tbody></table>
<h2>Similarity along the document</h2>
<div class="small">Bead confidence (0 at the bottom, 1 at the top) along the pivot, sentence by sentence;
red: the rendering leaves the pivot's sentences out; blue: the rendering adds sentences. Dips are places to
look at.</div>
<div id="plots">{_plot(multi)}</div>
<h2>Findings <span id="f-count" class="small"></span></h2>
<div class="filters">check <select id="f-check"><option value="">all</option>{options_check}</select>
rendering <select id="f-rendering"><option value="">all</option>{options_rendering}</select></div>
<table id="findings"><thead><tr><th>rendering</th><th>sentences</th><th>check</th><th>severity</th><th>concept</th>
<th>found</th><th>expected</th><th>context</th></tr></thead><tbody>{"".join(finding_rows)}</tbody></table>
<h2>Aligned renderings</h2>
<div class="legend small"><mark class="preferred">preferred</mark><mark class="admitted">admitted</mark>
<mark class="deprecated">deprecated</mark><mark class="forbidden">forbidden</mark> (hover a term for its
preferred form); an orange edge marks rows the renderings split or merge differently.</div>
<table id="aligned" class="aligned"><thead><tr><th>row</th>{"".join(f"<th>{_e(n)}</th>" for n in names)}</tr></thead>
<tbody>{"".join(aligned)}</tbody></table>
<h2>Concepts</h2>
<table id="concepts"><thead><tr><th>concept</th>{"".join(f"<th>{_e(n)}</th>" for n in names)}</tr></thead>
<tbody>{"".join(matrix_rows)}</tbody></table>
<script>{_SCRIPT}</script>
</body></html>
"""
