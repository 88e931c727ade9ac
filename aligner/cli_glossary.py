"""`aligner glossary ...`: keep the glossary and find its terms in texts (a thin layer over aligner.glossary)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

import click
import polars as pl

from aligner.errors import AlignerError
from aligner.glossary import STATUSES, Concept, Glossary, InvalidGlossary, Term, TermMatcher, store, validate
from aligner.glossary.flat import export_flat, import_flat
from aligner.glossary.languages import is_language_code
from aligner.glossary.model import as_status
from aligner.glossary.tbx import export_tbx, import_tbx
from aligner.reader import read_document
from aligner.tables import write_tsv

F = TypeVar("F", bound=Callable[..., Any])
FORMATS = click.Choice(["auto", "tbx", "csv", "tsv"])


def glossary_option(func: F) -> F:
    return click.option(
        "--glossary",
        "glossary_path",
        type=click.Path(path_type=Path),
        default=None,
        help="Glossary folder (concepts.tsv, terms.tsv) [default: $ALIGNER_GLOSSARY or ./glossary].",
    )(func)


def resolve_path(path: Path | None) -> Path:
    if path is not None:
        return path
    if os.environ.get("ALIGNER_GLOSSARY"):
        return Path(os.environ["ALIGNER_GLOSSARY"])
    return store.default_path()


def load_valid(path: Path | None) -> tuple[Glossary, str, Path]:
    """Load a glossary, refusing an invalid one with the full report; also returns the on-disk fingerprint."""
    folder = resolve_path(path)
    loaded = store.load(folder)
    problems = [*loaded.problems, *validate(loaded.glossary)]
    if problems:
        raise InvalidGlossary(str(folder), problems)
    return loaded.glossary, loaded.fingerprint, folder


def _save_checked(glossary: Glossary, folder: Path, fingerprint: str | None) -> None:
    problems = validate(glossary)
    if problems:
        raise InvalidGlossary(str(folder), problems)
    store.save(glossary, folder, expected=fingerprint)


@click.group("glossary")
def glossary_group() -> None:
    """Keep the terminology glossary and find its terms in texts.

    \b
    Example:
      aligner glossary find seeds/cfawc-2023/000_7bb629c7fcce0667.txt --lang en
    """


@glossary_group.command("list")
@click.option("--lang", default=None, help="Only terms of this language.")
@click.option("--status", type=click.Choice(STATUSES), default=None, help="Only terms with this status.")
@click.option("--concept", default=None, help="Only terms of this concept.")
@glossary_option
def list_terms(lang: str | None, status: str | None, concept: str | None, glossary_path: Path | None) -> None:
    """List terms as TSV: concept, lang, term, status, case_sensitive, verified, note.

    \b
    Example:
      aligner glossary list --lang en --status forbidden
    """
    glossary, _, _ = load_valid(glossary_path)
    rows = [
        (
            t.concept,
            t.lang,
            t.text,
            t.status,
            "yes" if t.case_sensitive else "no",
            "yes" if t.verified else "no",
            t.note,
        )
        for t in glossary.terms
        if (lang is None or t.lang == lang)
        and (status is None or t.status == status)
        and (concept is None or t.concept == concept)
    ]
    columns = ["concept", "lang", "term", "status", "case_sensitive", "verified", "note"]
    write_tsv(pl.DataFrame(rows, schema=dict.fromkeys(columns, pl.String), orient="row"), sys.stdout)


@glossary_group.command()
@click.argument("concept")
@glossary_option
def show(concept: str, glossary_path: Path | None) -> None:
    """Show one concept with all its terms, by language and status.

    \b
    Example:
      aligner glossary show community_shared_future
    """
    glossary, _, _ = load_valid(glossary_path)
    found = glossary.concept(concept)
    if found is None:
        raise AlignerError(f"no concept {concept!r} in the glossary")
    click.echo(f"{found.id}" + (f"  ({found.domain})" if found.domain else ""))
    for label, value in (("definition", found.definition), ("note", found.note), ("source", found.source)):
        if value:
            click.echo(f"  {label}: {value}")
    for lang in sorted({t.lang for t in glossary.terms_of(concept)}):
        for t in sorted(glossary.terms_of(concept, lang), key=lambda t: STATUSES.index(t.status)):
            flags = "".join(
                (" [case-sensitive]" if t.case_sensitive else "", " [unverified]" if not t.verified else "")
            )
            click.echo(f"  {lang:<4}{t.status:<11}{t.text}{flags}")
            if t.note:
                click.echo(f"  {'':<15}{t.note}")


@glossary_group.command()
@click.argument("concept")
@click.argument("lang")
@click.argument("term")
@click.option("--status", type=click.Choice(STATUSES), required=True)
@click.option("--note", default="", help="Why; what supersedes it.")
@click.option("--source", default="", help="Where the term is attested.")
@click.option("--case-sensitive", is_flag=True, help="Match only with this capitalisation (acronyms).")
@click.option("--unverified", is_flag=True, help="No authoritative source was found.")
@click.option("--domain", default="", help="For a new concept: its domain.")
@click.option("--definition", default="", help="For a new concept: its definition.")
@glossary_option
def add(
    concept: str,
    lang: str,
    term: str,
    status: str,
    note: str,
    source: str,
    case_sensitive: bool,
    unverified: bool,
    domain: str,
    definition: str,
    glossary_path: Path | None,
) -> None:
    """Add a term to a concept (a new concept is created with --domain/--definition).

    \b
    Example:
      aligner glossary add new_journey en "new march" --status forbidden --note "use 'new journey'"
    """
    glossary, fingerprint, folder = load_valid(glossary_path)
    if not is_language_code(lang):
        raise AlignerError(f"unknown language code {lang!r} (use ISO 639-1, e.g. en, zh, ru)")
    concepts = glossary.concepts
    if glossary.concept(concept) is None:
        concepts = (*concepts, Concept(concept, domain, definition))
    if any(t.concept == concept and t.lang == lang and t.text == term for t in glossary.terms):
        raise AlignerError(f"{concept} already has the {lang} term {term!r}; use set-status to change it")
    new = Term(concept, lang, term, as_status(status), case_sensitive, not unverified, note, source)
    _save_checked(glossary.replace(concepts, (*glossary.terms, new)), folder, fingerprint)
    click.echo(f"added {lang} {status} term {term!r} to {concept}")


@glossary_group.command("set-status")
@click.argument("concept")
@click.argument("lang")
@click.argument("term")
@click.argument("status", type=click.Choice(STATUSES))
@click.option("--note", default=None, help="Replace the term's note.")
@glossary_option
def set_status(
    concept: str, lang: str, term: str, status: str, note: str | None, glossary_path: Path | None
) -> None:
    """Change the status of one term.

    \b
    Example:
      aligner glossary set-status new_journey en "new path" deprecated
    """
    glossary, fingerprint, folder = load_valid(glossary_path)
    terms = list(glossary.terms)
    for i, t in enumerate(terms):
        if t.concept == concept and t.lang == lang and t.text == term:
            terms[i] = replace(t, status=as_status(status), note=t.note if note is None else note)
            break
    else:
        raise AlignerError(f"no {lang} term {term!r} in concept {concept!r}")
    _save_checked(glossary.replace(terms=tuple(terms)), folder, fingerprint)
    click.echo(f"{concept} {lang} {term!r}: {status}")


@glossary_group.command("validate")
@glossary_option
def validate_command(glossary_path: Path | None) -> None:
    """Check the glossary; list each problem with file and line, exit 1 if there is any.

    \b
    Example:
      aligner glossary validate --glossary glossary
    """
    glossary, _, _ = load_valid(glossary_path)
    click.echo(
        f"ok: {len(glossary.concepts)} concepts, {len(glossary.terms)} terms in "
        f"{len(glossary.languages())} languages ({', '.join(glossary.languages())}); hash {glossary.digest()}"
    )


@glossary_group.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--lang", required=True, help="Language of the file.")
@click.option("--presegmented", is_flag=True, help="The file has one sentence per line.")
@click.option(
    "--traditional", is_flag=True, help="Chinese: also match traditional characters (needs opencc)."
)
@glossary_option
def find(file: Path, lang: str, presegmented: bool, traditional: bool, glossary_path: Path | None) -> None:
    """Find every glossary term in FILE; print occurrences as TSV.

    Columns: start, end (code-point offsets into the text as read), text, concept, status, preferred (the
    concept's preferred term in that language), term (the glossary term matched), sentence (0-based index),
    contains (other concepts inside the match).

    \b
    Example:
      aligner glossary find seeds/cfawc-2023/ru.txt --lang ru
    """
    glossary, _, _ = load_valid(glossary_path)
    doc = read_document(file, lang, presegmented=presegmented)
    occurrences = TermMatcher(glossary, lang, traditional=traditional).find(doc.text)
    sentence_of = _sentence_locator(doc.sentences)
    columns = ["start", "end", "text", "concept", "status", "preferred", "term", "sentence", "contains"]
    rows = [
        (
            o.start,
            o.end,
            " ".join(o.text.split()),
            o.concept,
            o.status,
            o.preferred,
            o.term,
            sentence_of(o.start),
            ",".join(o.contains),
        )
        for o in occurrences
    ]
    schema = {c: pl.String for c in columns} | {"start": pl.Int64, "end": pl.Int64, "sentence": pl.Int64}
    write_tsv(pl.DataFrame(rows, schema=schema, orient="row"), sys.stdout)


def _sentence_locator(sentences: Any) -> Callable[[int], int]:
    import bisect

    starts = [s.start for s in sentences]
    return lambda offset: max(0, bisect.bisect_right(starts, offset) - 1)


def _format(path: Path, fmt: str) -> str:
    if fmt != "auto":
        return fmt
    suffix = path.suffix.lower().lstrip(".")
    if suffix in ("tbx", "xml"):
        return "tbx"
    if suffix in ("csv", "tsv"):
        return suffix
    raise AlignerError(f"{path}: cannot tell the format from the extension; pass --format tbx, csv or tsv")


@glossary_group.command("export")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=FORMATS, default="auto", help="Default: from the file's extension.")
@glossary_option
def export_command(file: Path, fmt: str, glossary_path: Path | None) -> None:
    """Write the glossary as TBX (TBX-Basic, TBX v3), CSV or TSV.

    \b
    Example:
      aligner glossary export outputs/glossary.tbx
    """
    glossary, _, _ = load_valid(glossary_path)
    kind = _format(file, fmt)
    if kind == "tbx":
        export_tbx(glossary, file)
    else:
        export_flat(glossary, file, "\t" if kind == "tsv" else ",")
    click.echo(f"wrote {file} ({kind}: {len(glossary.concepts)} concepts, {len(glossary.terms)} terms)")


@glossary_group.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=FORMATS, default="auto", help="Default: from the file's extension.")
@click.option(
    "--replace", "replace_all", is_flag=True, help="Replace the glossary instead of merging into it."
)
@glossary_option
def import_command(file: Path, fmt: str, replace_all: bool, glossary_path: Path | None) -> None:
    """Read TBX, CSV or TSV into the glossary: merge (new concepts and terms added, known ones updated) or
    replace.

    \b
    Example:
      aligner glossary import partner-terms.tbx
    """
    kind = _format(file, fmt)
    incoming = import_tbx(file) if kind == "tbx" else import_flat(file, "\t" if kind == "tsv" else ",")
    folder = resolve_path(glossary_path)
    if replace_all and not (folder / store.TERMS_FILE).exists():
        current, fingerprint = Glossary((), ()), None
    else:
        current, fingerprint, folder = load_valid(glossary_path)
    merged = incoming if replace_all else merge(current, incoming)
    problems = validate(merged)
    if problems:
        raise InvalidGlossary(f"{file} (imported)", problems)
    store.save(merged, folder, expected=fingerprint)
    click.echo(f"imported {file}: {len(merged.concepts)} concepts, {len(merged.terms)} terms in {folder}")


def merge(current: Glossary, incoming: Glossary) -> Glossary:
    """Concepts and terms of ``incoming`` added to ``current``; ones it already has are updated in place."""
    concepts = {c.id: c for c in current.concepts}
    for c in incoming.concepts:
        concepts[c.id] = c if c.id not in concepts else replace(c, line=concepts[c.id].line)
    terms = {(t.concept, t.lang, t.text): t for t in current.terms}
    for t in incoming.terms:
        terms[(t.concept, t.lang, t.text)] = t
    return current.replace(tuple(concepts.values()), tuple(terms.values()))
