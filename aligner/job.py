"""The main job over a document set: segment, align every rendering to the pivot, check, score, write.

Writes to the output folder (default ``outputs/<set>``), every file atomically:

- ``aligned.tsv``: the multi-way table (see ``aligner.export.tsv``);
- ``pairs/<rendering>.tsv``: each rendering against the pivot, one row per bead;
- ``sentences/<rendering>.tsv``: the sentences of every rendering with ids and offsets;
- ``findings.tsv``: one row per finding (see ``FINDING_COLUMNS``);
- ``scores.json``: the signature, per-rendering scores, the concept x rendering matrix, and alignment quality
  against the set's gold files where there are some;
- ``report.html``: the page a translator reads (see ``aligner.report``).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TextIO

import polars as pl

from aligner.align import AlignConfig, PairAlignment, align_encoded, encode_document
from aligner.align.multiway import merge
from aligner.atomic import write_text
from aligner.beads import coverage_errors, parse_beads
from aligner.checks import CheckContext, Finding, Rendering, occurrences_by_sentence, run_checks
from aligner.docset import DocumentSet, RenderingEntry, load_set
from aligner.encoders import DEFAULT_ENCODER, get_encoder
from aligner.errors import AlignerError
from aligner.evaluate import score
from aligner.export.tsv import multi_frame, pair_frame
from aligner.glossary import Glossary
from aligner.reader import read_document, read_text
from aligner.scores import RenderingScores, concept_matrix, score_rendering
from aligner.signature import signature, signature_string
from aligner.tables import sentence_table, to_tsv, write_tsv

BUNDLED_SET = "cfawc-2023"
FINDING_COLUMNS = (
    "rendering",
    "sentences",
    "pivot_sentences",
    "check",
    "severity",
    "concept",
    "found",
    "expected",
    "context",
)


@dataclass
class RunResult:
    docset: DocumentSet
    scores: list[RenderingScores] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    gold_f1: dict[str, float] = field(default_factory=dict)
    written: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        w = max([14, *(len(s.name) + 2 for s in self.scores)])
        header = (
            f"{'rendering':<{w}}{'lang':<6}{'sents':>6}{'terms':>7}{'comply':>8}{'consist':>8}"
            f"{'errors':>8}{'warns':>7}{'gold F1':>9}"
        )
        lines = [f"set {self.docset.name}: pivot {self.docset.pivot}, {len(self.scores)} renderings", header]
        for s in self.scores:
            gold = self.gold_f1.get(s.name)
            lines.append(
                f"{s.name:<{w}}{s.lang:<6}{s.sentences:>6}{s.term_occurrences:>7}{_pct(s.term_compliance):>8}"
                f"{_pct(s.term_consistency):>8}{s.findings['error']:>8}{s.findings['warning']:>7}"
                f"{'' if gold is None else f'{gold:.3f}':>9}"
            )
        return "\n".join(line.rstrip() for line in lines)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.0f}%"


def default_set() -> Path:
    """The bundled seed set: ``seeds/cfawc-2023`` under the working folder, else beside the package source."""
    for base in (Path.cwd(), Path(__file__).resolve().parents[1]):
        candidate = base / "seeds" / BUNDLED_SET
        if (candidate / "manifest.toml").is_file():
            return candidate
    raise AlignerError(
        f"cannot find the bundled set seeds/{BUNDLED_SET}; run from the project folder or name a set"
    )


def run_set(
    folder: str | Path | DocumentSet,
    out_dir: str | Path | None = None,
    *,
    glossary: Glossary | None = None,
    encoder_spec: str = DEFAULT_ENCODER,
    config: AlignConfig | None = None,
    progress: Callable[[str], None] | None = None,
) -> RunResult:
    say = progress or (lambda message: None)
    docset = folder if isinstance(folder, DocumentSet) else load_set(folder)
    config = config or AlignConfig()
    out = Path(out_dir) if out_dir is not None else Path("outputs") / docset.name
    result = RunResult(docset)
    docs = {e.name: read_document(e.path, e.lang) for e in docset.renderings}
    encoder = get_encoder(encoder_spec)
    encoded = {}
    for name, doc in docs.items():
        say(f"encoding {name} ({len(doc)} sentences)")
        encoded[name] = encode_document(doc, encoder, windows=config.encoded_windows, glossary=glossary)
    pairs: dict[str, PairAlignment] = {}
    for entry in docset.others:
        say(f"aligning {entry.name} with {docset.pivot}")
        pairs[entry.name] = align_encoded(encoded[docset.pivot], encoded[entry.name], config)
        result.problems.extend(pairs[entry.name].warnings)
        if entry.gold is not None:
            gold = parse_beads(read_text(entry.gold).text, str(entry.gold))
            errors = coverage_errors(gold, len(docs[docset.pivot]), len(docs[entry.name]))
            if errors:
                result.problems.append(f"{entry.gold}: " + "; ".join(errors))
            else:
                result.gold_f1[entry.name] = round(
                    score([gold], [list(pairs[entry.name].beads)]).f1_strict, 4
                )
    say("checking")
    renderings = [
        Rendering(name, doc, occurrences_by_sentence(doc, glossary), pairs.get(name))
        for name, doc in docs.items()
    ]
    pivot = renderings[[r.name for r in renderings].index(docset.pivot)]
    ordered = (pivot, *(r for r in renderings if r is not pivot))
    result.findings = run_checks(CheckContext(pivot, ordered, glossary))
    result.scores = [score_rendering(r, result.findings, pivot) for r in ordered]

    sig = signature(
        segmenter=docs[docset.pivot].segmenter,
        encoder=encoder.name,
        glossary=glossary.digest() if glossary else "none",
        **config.settings(),
    )
    multi = merge(docs[docset.pivot], pairs, docset.pivot)
    _write(result, out / "aligned.tsv", f"# {signature_string(sig)}\n" + to_tsv(multi_frame(multi)))
    for name, pair in pairs.items():
        _write(
            result,
            out / "pairs" / f"{name}.tsv",
            f"# {signature_string(sig)}\n" + to_tsv(with_chrf(pair_frame(pair), pair)),
        )
    for name, doc in docs.items():
        path = out / "sentences" / f"{name}.tsv"
        write_tsv(sentence_table(doc), path)
        result.written.append(path)
    _write(result, out / "findings.tsv", to_tsv(findings_frame(result.findings)))
    concepts = concept_matrix(list(ordered))
    report = {
        "signature": sig,
        "signature_string": signature_string(sig),
        "set": docset.name,
        "pivot": docset.pivot,
        "renderings": [asdict(s) for s in result.scores],
        "alignment_gold_f1": result.gold_f1,
        "divergent_rows": multi.divergent_rows(),
        "concepts": concepts,
        "warnings": result.problems,
    }
    _write(result, out / "scores.json", json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    from aligner.report import render

    page = render(
        title=f"{docset.title or docset.name}: renderings against {docset.pivot}",
        signature=signature_string(sig),
        multi=multi,
        renderings=ordered,
        findings=result.findings,
        scores=result.scores,
        concepts=concepts,
        gold_f1=result.gold_f1,
        glossary=glossary,
    )
    _write(result, out / "report.html", page)
    return result


def with_chrf(frame: pl.DataFrame, pair: PairAlignment) -> pl.DataFrame:
    """Add ``chrf``, sacrebleu's chrF of each bead's target against its source, when both are in the same
    language (empty otherwise, and for omissions and additions)."""
    if pair.src.lang.split("-")[0] != pair.tgt.lang.split("-")[0]:
        return frame.with_columns(pl.lit(None, dtype=pl.Float64).alias("chrf"))
    import sacrebleu

    metric = sacrebleu.CHRF()
    scores = [
        round(float(metric.sentence_score(tgt, [src]).score), 2) if src and tgt else None
        for src, tgt in zip(frame["src_text"], frame["tgt_text"], strict=True)
    ]
    return frame.with_columns(pl.Series("chrf", scores, dtype=pl.Float64))


def set_from_files(specs: list[str], name: str = "files") -> DocumentSet:
    """A document set from ``LANG:FILE`` arguments, the first being the pivot; renderings are named after their
    files (``zh.txt`` -> ``zh``)."""
    entries = []
    for spec in specs:
        lang, sep, path = spec.partition(":")
        if not sep or not lang or not path:
            raise AlignerError(f"{spec!r}: give renderings as LANG:FILE, e.g. zh:report.zh.txt")
        entries.append((lang, Path(path)))
    stems = [p.stem for _, p in entries]
    names = stems if len(set(stems)) == len(stems) else [f"{s}-{k}" for k, s in enumerate(stems)]
    renderings = tuple(
        RenderingEntry(n, lang, p, "pivot" if k == 0 else "rendering", "user file", "", None)
        for k, (n, (lang, p)) in enumerate(zip(names, entries, strict=True))
    )
    return DocumentSet(name, "", Path("."), names[0], renderings)


def findings_frame(findings: list[Finding]) -> pl.DataFrame:
    rows = [
        (
            f.rendering,
            ",".join(map(str, f.sentences)),
            ",".join(map(str, f.pivot_sentences)),
            f.check,
            f.severity,
            f.concept,
            f.found,
            f.expected,
            " ".join(f.context.split()),
        )
        for f in findings
    ]
    return pl.DataFrame(rows, schema=dict.fromkeys(FINDING_COLUMNS, pl.String), orient="row")


def _write(result: RunResult, path: Path, text: str) -> None:
    write_text(path, text)
    result.written.append(path)


class StepProgress:
    """Progress of the main job on stderr, when it is a terminal: a bar of the steps done, with the current one
    (encoding each rendering, aligning each with the pivot, checking)."""

    def __init__(self, steps: int, stream: TextIO | None = None) -> None:
        self.steps, self.done = max(steps, 1), 0
        self.stream: TextIO = stream or sys.stderr
        self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())

    def __call__(self, message: str) -> None:
        self.done += 1
        if not self.enabled:
            return
        filled = round(30 * min(self.done, self.steps) / self.steps)
        line = f"\r[{'#' * filled}{'.' * (30 - filled)}] {self.done}/{self.steps} {message[:60]:<60}"
        print(line, end="" if self.done < self.steps else "\n", file=self.stream, flush=True)
