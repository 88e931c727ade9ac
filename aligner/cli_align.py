"""`aligner align` and `aligner eval` (a thin layer over aligner.align, aligner.export, aligner.evaluate)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from aligner.align import AlignConfig, align_encoded, encode_document
from aligner.align.multiway import merge
from aligner.atomic import write_text
from aligner.beads import Bead, parse_beads
from aligner.encoders import DEFAULT_ENCODER, get_encoder
from aligner.errors import AlignerError
from aligner.evaluate import merge_by_verse, score
from aligner.export import EXPORTERS
from aligner.glossary import Glossary
from aligner.reader import ParagraphMode, read_document, read_text
from aligner.signature import signature, signature_string


def _languages(
    files: tuple[Path, ...], langs: tuple[str, ...], src_lang: str | None, tgt_lang: str | None
) -> list[str]:
    listed = [code for value in langs for code in value.split(",") if code]
    if src_lang or tgt_lang:
        if listed:
            raise AlignerError("give either --lang or --src-lang/--tgt-lang, not both")
        listed = [src_lang or "", *([tgt_lang or ""] * (len(files) - 1))]
    if len(listed) == 1:
        raise AlignerError("one language for every file: --lang en --lang zh ... (or --src-lang/--tgt-lang)")
    if len(listed) != len(files) or not all(listed):
        raise AlignerError(f"{len(files)} files but {len(listed)} languages: give one language per file")
    return listed


F = TypeVar("F", bound=Callable[..., Any])


def encoder_option(func: F) -> F:
    """``--encoder``, shared by the commands that align."""
    return click.option(
        "--encoder",
        "encoder_spec",
        default=DEFAULT_ENCODER,
        show_default=True,
        help="use-m3, or hf:PATH_OR_NAME.",
    )(func)


def glossary_options(use: str) -> Callable[[F], F]:
    """``--glossary PATH`` and ``--no-glossary``, shared by the commands that use the glossary for ``use``."""

    def decorate(func: F) -> F:
        func = click.option("--no-glossary", is_flag=True, help=f"No glossary: no {use}.")(func)
        return click.option(
            "--glossary",
            "glossary_path",
            type=click.Path(path_type=Path),
            default=None,
            help=f"Glossary folder whose {use} [default: $ALIGNER_GLOSSARY or ./glossary when present].",
        )(func)

    return decorate


def _default_names(files: tuple[Path, ...]) -> list[str]:
    """File stems; file names where stems clash (dev.de, dev.fr); numbered if those clash too."""
    for candidate in ([f.stem for f in files], [f.name for f in files]):
        if len(set(candidate)) == len(candidate):
            return candidate
    return [f"{f.name}#{k}" for k, f in enumerate(files)]


def load_glossary_option(path: Path | None, use: bool) -> Glossary | None:
    """The glossary named, else the default one when it exists; None with --no-glossary."""
    if not use:
        return None
    from aligner.cli_glossary import load_valid

    try:
        return load_valid(path)[0]
    except AlignerError:
        if path is not None:
            raise
        return None  # no default glossary here: align without concept anchors


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--lang", "langs", multiple=True, help="Language of each file, in order (repeat, or comma-separate)."
)
@click.option("--src-lang", default=None, help="Language of the first file (with --tgt-lang).")
@click.option("--tgt-lang", default=None, help="Language of the other files.")
@click.option("--names", default=None, help="Comma-separated names of the renderings [default: file stems].")
@click.option("--presegmented", is_flag=True, help="Files have one sentence per line.")
@click.option("--paragraphs", type=click.Choice(["auto", "line", "blank"]), default="auto", show_default=True)
@click.option("--format", "fmt", type=click.Choice(sorted(EXPORTERS)), default="tsv", show_default=True)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path),
    default=None,
    help="Write here (atomically) instead of stdout.",
)
@encoder_option
@glossary_options("concepts anchor the alignment")
@click.option(
    "--max-bead",
    type=click.IntRange(2, 8),
    default=5,
    show_default=True,
    help="Most sentences in one bead (both sides together).",
)
def align(
    files: tuple[Path, ...],
    langs: tuple[str, ...],
    src_lang: str | None,
    tgt_lang: str | None,
    names: str | None,
    presegmented: bool,
    paragraphs: ParagraphMode,
    fmt: str,
    output: Path | None,
    encoder_spec: str,
    glossary_path: Path | None,
    no_glossary: bool,
    max_bead: int,
) -> None:
    """Align the sentences of a pivot (or source) file with one or more other renderings.

    Every sentence of every file ends up in exactly one bead; beads may join up to --max-bead sentences
    (1-2, 2-1, 1-3, 2-2, ...) or leave one out (1-0, 0-1). With several renderings the output is one table,
    one row per group of pivot sentences.

    \b
    Examples:
      aligner align src.de tgt.fr --src-lang de --tgt-lang fr --presegmented --format beads > out.align
      aligner align seed.txt zh.txt ru.txt --lang en,zh,ru --format tmx -o corpus.tmx
    """
    if len(files) < 2:
        raise AlignerError("give a pivot file and at least one file to align with it")
    if fmt == "beads" and len(files) > 2:
        raise AlignerError("the beads format holds one pair; use --format tsv or tmx for several renderings")
    languages = _languages(files, langs, src_lang, tgt_lang)
    labels = names.split(",") if names else _default_names(files)
    if len(labels) != len(files) or len(set(labels)) != len(labels):
        raise AlignerError("--names needs one distinct name per file")
    docs = [
        read_document(f, lang, presegmented=presegmented, paragraphs=paragraphs)
        for f, lang in zip(files, languages, strict=True)
    ]
    glossary = load_glossary_option(glossary_path, not no_glossary)
    config = AlignConfig(max_bead=max_bead)
    encoder = get_encoder(encoder_spec)
    encoded = [encode_document(d, encoder, windows=config.encoded_windows, glossary=glossary) for d in docs]
    pairs = {}
    for label, other in zip(labels[1:], encoded[1:], strict=True):
        pair = align_encoded(encoded[0], other, config)
        for warning in pair.warnings:
            click.echo(f"aligner: warning: {warning}", err=True)
        pairs[label] = pair
    multi = merge(docs[0], pairs, labels[0])
    sig = signature_string(
        signature(
            segmenter=docs[0].segmenter,
            encoder=encoder.name,
            glossary=glossary.digest() if glossary else "none",
            **config.settings(),
        )
    )
    text = EXPORTERS[fmt](multi, sig)
    if len(pairs) > 1:
        divergent = multi.divergent_rows()
        click.echo(
            f"aligner: {len(multi.rows)} rows, {len(divergent)} where the renderings split or merge differently"
            + (
                f" (rows {', '.join(map(str, divergent[:20]))}{' ...' if len(divergent) > 20 else ''})"
                if divergent
                else ""
            ),
            err=True,
        )
    if output is None:
        sys.stdout.write(text)
    else:
        write_text(output, text)
        click.echo(f"wrote {output} ({fmt}, {len(multi.rows)} rows)", err=True)


@click.command("eval")
@click.argument("tests", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--gold",
    "golds",
    multiple=True,
    required=True,
    type=click.Path(path_type=Path),
    help="Gold bead file for each test file, in the same order (repeat).",
)
@click.option(
    "--src-verses", type=click.Path(path_type=Path), default=None, help="Verse id per source sentence."
)
@click.option(
    "--tgt-verses", type=click.Path(path_type=Path), default=None, help="Verse id per target sentence."
)
def evaluate(
    tests: tuple[Path, ...], golds: tuple[Path, ...], src_verses: Path | None, tgt_verses: Path | None
) -> None:
    """Score bead files against gold: strict and lax precision, recall and F1, summed over all files.

    With --src-verses/--tgt-verses (verse-aligned gold, as in the Bible set) consecutive test beads in the same
    verse are merged first.

    \b
    Example:
      aligner eval out.align --gold ../shared/bench/textberg-dev/dev.defr
    """
    if len(tests) != len(golds):
        raise AlignerError(f"{len(tests)} test files but {len(golds)} gold files")
    if (src_verses is None) != (tgt_verses is None):
        raise AlignerError("give both --src-verses and --tgt-verses, or neither")
    test_beads: list[list[Bead]] = [parse_beads(read_text(t).text, str(t)) for t in tests]
    gold_beads = [parse_beads(read_text(g).text, str(g)) for g in golds]
    if src_verses is not None and tgt_verses is not None:
        sv = read_text(src_verses).text.splitlines()
        tv = read_text(tgt_verses).text.splitlines()
        for beads in test_beads:
            if any(i >= len(sv) for b in beads for i in b.src) or any(
                j >= len(tv) for b in beads for j in b.tgt
            ):
                raise AlignerError("a test bead names a sentence beyond the verse files")
        test_beads = [merge_by_verse(beads, sv, tv) for beads in test_beads]
    click.echo(score(gold_beads, test_beads).table())
