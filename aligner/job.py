"""The main job over a document set: read and segment every rendering, check gold, write outputs."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from aligner.atomic import write_text
from aligner.beads import coverage_errors, parse_beads
from aligner.docset import DocumentSet, load_set
from aligner.errors import AlignerError
from aligner.reader import read_document, read_text
from aligner.signature import signature, signature_string
from aligner.tables import sentence_table, write_tsv

BUNDLED_SET = "cfawc-2023"


@dataclass(frozen=True)
class RenderingSummary:
    name: str
    lang: str
    role: str
    paragraphs: int
    sentences: int
    gold: str  # "ok", "-" (no gold) or what is wrong


@dataclass
class RunResult:
    docset: DocumentSet
    rows: list[RenderingSummary] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def summary(self) -> str:
        header = (
            f"{'rendering':<14}{'lang':<6}{'role':<11}{'paras':>6}{'sents':>7}  gold vs {self.docset.pivot}"
        )
        lines = [f"set {self.docset.name}: {len(self.rows)} renderings", header]
        for r in self.rows:
            lines.append(f"{r.name:<14}{r.lang:<6}{r.role:<11}{r.paragraphs:>6}{r.sentences:>7}  {r.gold}")
        return "\n".join(lines)


def default_set() -> Path:
    """The bundled seed set: ``seeds/cfawc-2023`` under the working folder, else beside the package source."""
    for base in (Path.cwd(), Path(__file__).resolve().parents[1]):
        candidate = base / "seeds" / BUNDLED_SET
        if (candidate / "manifest.toml").is_file():
            return candidate
    raise AlignerError(
        f"cannot find the bundled set seeds/{BUNDLED_SET}; run from the project folder or name a set"
    )


def run_set(folder: str | Path, out_dir: str | Path | None = None) -> RunResult:
    docset = load_set(folder)
    out = Path(out_dir) if out_dir is not None else Path("outputs") / docset.name
    result = RunResult(docset)
    docs = {e.name: read_document(e.path, e.lang) for e in docset.renderings}
    pivot = docs[docset.pivot]
    for entry in docset.renderings:
        doc = docs[entry.name]
        gold = "-"
        if entry.gold is not None:
            beads = parse_beads(read_text(entry.gold).text, str(entry.gold))
            errors = coverage_errors(beads, len(pivot), len(doc))
            gold = "ok" if not errors else "; ".join(errors)
            if errors:
                result.problems.append(f"{entry.gold}: {gold}")
        result.rows.append(
            RenderingSummary(entry.name, entry.lang, entry.role, len(doc.paragraphs), len(doc), gold)
        )
        path = out / "sentences" / f"{entry.name}.tsv"
        write_tsv(sentence_table(doc), path)
        result.written.append(path)
    meta = {
        "signature": signature(paragraphs="auto"),
        "signature_string": signature_string(signature(paragraphs="auto")),
        "set": docset.name,
        "pivot": docset.pivot,
        "renderings": [r.__dict__ for r in result.rows],
    }
    write_text(out / "run.json", json.dumps(meta, ensure_ascii=False, indent=2) + "\n")
    result.written.append(out / "run.json")
    return result
