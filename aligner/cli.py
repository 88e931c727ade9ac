"""The command line: a thin layer over the library. Errors a user can fix are one line and exit 1."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from aligner import __version__
from aligner.cli_align import encoder_option, glossary_options
from aligner.errors import AlignerError
from aligner.reader import ParagraphMode, read_document
from aligner.segment import is_supported

PARAGRAPHS = click.Choice(["auto", "line", "blank"])


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except AlignerError as err:
            raise click.ClickException(str(err)) from None
        except BrokenPipeError:  # `aligner segment ... | head`
            sys.stderr.close()
            sys.exit(0)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="aligner")
def cli() -> None:
    """Align renderings of one text, check their terminology and score their consistency."""


@cli.command()
@click.argument("file", type=click.Path(dir_okay=True, path_type=Path))
@click.option("--lang", required=True, help="Language code of the file (en, zh, ru, fr, de, es, ja, ...).")
@click.option("--presegmented", is_flag=True, help="The file has one sentence per line already.")
@click.option(
    "--paragraphs",
    type=PARAGRAPHS,
    default="auto",
    show_default=True,
    help="line: each line is a paragraph; blank: blank lines separate paragraphs.",
)
def segment(file: Path, lang: str, presegmented: bool, paragraphs: ParagraphMode) -> None:
    """Cut FILE into sentences and print them as TSV with ids and character offsets.

    Columns: id (p<paragraph>.s<sentence>), paragraph, sentence (0-based index, the id used in bead files),
    start and end (code-point offsets into the text as read), text (white space folded).

    \b
    Example:
      aligner segment seeds/cfawc-2023/en-seed.txt --lang en
    """
    from aligner.tables import sentence_table, write_tsv

    if not presegmented and not is_supported(lang):
        click.echo(f"aligner: no segmentation rules for {lang!r}; using generic rules", err=True)
    doc = read_document(file, lang, presegmented=presegmented, paragraphs=paragraphs)
    write_tsv(sentence_table(doc), sys.stdout)


@cli.command()
@click.argument("inputs", nargs=-1)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder to write to [default: outputs/<set name>].",
)
@glossary_options("terms are checked")
@encoder_option
@click.option(
    "--fail-under",
    type=click.FloatRange(0, 100),
    default=None,
    help="Exit 1 when a rendering's term compliance (percent) is below this.",
)
def run(
    inputs: tuple[str, ...],
    out_dir: Path | None,
    glossary_path: Path | None,
    no_glossary: bool,
    encoder_spec: str,
    fail_under: float | None,
) -> None:
    """The main job on a document set (default: the bundled seed set), or on files given as LANG:FILE (the
    first is the pivot).

    Segments every rendering, aligns each with the set's pivot, checks terminology, repeated words and
    omissions, scores each rendering, and writes aligned.tsv, pairs/, sentences/, findings.tsv and scores.json
    to the output folder; prints a summary and the paths written.

    \b
    Examples:
      aligner run seeds/cfawc-2023 --out outputs/cfawc-2023 --fail-under 90
      aligner run en:rendering.txt zh:original.txt ru:russian.txt --out outputs/mine
    """
    from aligner.cli_align import load_glossary_option
    from aligner.docset import DocumentSet, load_set
    from aligner.job import StepProgress, default_set, run_set, set_from_files

    target: Path | DocumentSet
    if len(inputs) > 1 or (inputs and ":" in inputs[0] and not Path(inputs[0]).exists()):
        if len(inputs) < 2:
            raise AlignerError("give a pivot and at least one rendering, as LANG:FILE")
        target = set_from_files(list(inputs))
        out_dir = out_dir or Path("outputs") / "files"
    else:
        target = Path(inputs[0]) if inputs else default_set()
    glossary = load_glossary_option(glossary_path, not no_glossary)
    renderings = len((target if isinstance(target, DocumentSet) else load_set(target)).renderings)
    result = run_set(
        target,
        out_dir,
        glossary=glossary,
        encoder_spec=encoder_spec,
        progress=StepProgress(2 * renderings),
    )
    for problem in result.problems:
        click.echo(f"aligner: warning: {problem}", err=True)
    click.echo(result.summary())
    for path in result.written:
        click.echo(f"wrote {path}")
    if fail_under is not None:
        low = [
            s.name
            for s in result.scores
            if s.term_compliance is not None and 100 * s.term_compliance < fail_under
        ]
        if low:
            raise AlignerError(f"term compliance below {fail_under:g}% in: {', '.join(low)}")


def _register() -> None:
    from aligner.cli_align import align, evaluate
    from aligner.cli_glossary import glossary_group

    cli.add_command(glossary_group)
    cli.add_command(align)
    cli.add_command(evaluate)


_register()


def main() -> None:
    cli(prog_name="aligner")
