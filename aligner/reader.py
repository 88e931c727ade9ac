"""Reading a rendering from disk: decoding, paragraphs, sentences.

Encodings: UTF-8 with or without a byte-order mark, UTF-16 and UTF-32 with one. Anything else is refused with
the file name and the byte offset of the first bad byte; so is a binary file (a NUL byte with no UTF-16/32
mark) and a file with no text.

Paragraphs (``paragraphs=``):

- ``line``: every line break ends a paragraph; blank lines are skipped.
- ``blank``: paragraphs are separated by blank lines; the lines inside one are joined (hard-wrapped text).
- ``auto`` (default): ``blank`` when the file has blank lines and most lines inside its blocks end without
  sentence-final punctuation (it looks hard-wrapped), ``line`` otherwise.

Presegmented input (``presegmented=True``): every non-blank line is one sentence, as it stands; a blank line
ends a paragraph. Blank lines are not sentences and get no id.
"""

from __future__ import annotations

import codecs
import itertools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from aligner.document import Document, Paragraph, Sentence
from aligner.errors import InputError
from aligner.segment import SEGMENTER, split_sentences

ParagraphMode = Literal["auto", "line", "blank"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_FINAL = re.compile(r"[.!?。！？…:;\"'”’»)）」』]\s*$")
_WS = re.compile(r"\s+")
_CJK = r"\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_WRAP = re.compile(rf"(?<=[{_CJK}])\s*[\r\n]\s*(?=[{_CJK}])")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def decode(data: bytes, name: str) -> Decoded:
    """Decode a file's bytes, or raise ``InputError`` saying where and why it is not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                return Decoded(body.decode(encoding), encoding + " (BOM)")
            except UnicodeDecodeError as err:
                raise InputError(
                    f"{name}: not valid {encoding.upper()} at byte offset {err.start + len(bom)}"
                ) from None
    nul = data.find(b"\x00", 0, 1 << 16)
    if nul >= 0:
        raise InputError(
            f"{name}: looks like a binary file (NUL byte at byte offset {nul}); "
            "expected UTF-8 text, or UTF-16 with a byte-order mark"
        )
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            f"{name}: not valid UTF-8 at byte offset {err.start} (byte 0x{data[err.start]:02x}); "
            "save it as UTF-8, or UTF-16 with a byte-order mark"
        ) from None


def read_text(path: str | Path) -> Decoded:
    """The decoded text of a file; ``InputError`` for a missing, unreadable, binary or empty file."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a directory, not a file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as err:
        raise InputError(f"{name}: cannot be read ({err.strerror})") from None
    decoded = decode(data, name)
    if not decoded.text.strip():
        raise InputError(f"{name}: is empty (no text to read)")
    return decoded


def read_document(
    path: str | Path,
    lang: str,
    *,
    presegmented: bool = False,
    paragraphs: ParagraphMode = "auto",
) -> Document:
    """Read and segment a rendering.

    >>> doc = read_document("seeds/cfawc-2023/en-seed.txt", "en")  # doctest: +SKIP
    >>> doc.sentences[0].id
    'p0.s0'
    """
    decoded = read_text(path)
    return parse_document(
        decoded.text,
        lang,
        path=str(path),
        encoding=decoded.encoding,
        presegmented=presegmented,
        paragraphs=paragraphs,
    )


def parse_document(
    text: str,
    lang: str,
    *,
    path: str = "<text>",
    encoding: str = "utf-8",
    presegmented: bool = False,
    paragraphs: ParagraphMode = "auto",
) -> Document:
    """Segment text already in memory into a ``Document`` (see the module docstring for the rules)."""
    blocks = _blocks(text, "blank" if presegmented else _resolve(text, paragraphs))
    paras: list[Paragraph] = []
    sentences: list[Sentence] = []
    for block in blocks:
        first = len(sentences)
        if presegmented:
            spans = [(a, b) for a, b, _ in _lines(text, block[0], block[1]) if text[a:b].strip()]
            spans = [_strip(text, a, b) for a, b in spans]
        else:
            spans = [
                (block[0] + a, block[0] + b) for a, b in split_sentences(text[block[0] : block[1]], lang)
            ]
        for a, b in spans:
            sentences.append(Sentence(len(sentences), len(paras), a, b, fold(text[a:b])))
        if len(sentences) > first:
            paras.append(Paragraph(len(paras), block[0], block[1], first, len(sentences)))
    if not sentences:
        raise InputError(f"{path}: is empty (no text to read)")
    return Document(
        path=path,
        lang=lang,
        text=text,
        paragraphs=tuple(paras),
        sentences=tuple(sentences),
        encoding=encoding,
        segmenter="presegmented" if presegmented else SEGMENTER,
    )


def fold(raw: str) -> str:
    """One line of text: line breaks inside CJK text vanish, other white space runs become one space."""
    return _WS.sub(" ", _CJK_WRAP.sub("", raw)).strip()


def _lines(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """(start, end without the line break, is blank) for each line of ``text[start:end]``."""
    out = []
    for m in _LINE.finditer(text, start, end):
        if m.start() == m.end():
            break
        body = m.group().rstrip("\r\n")
        out.append((m.start(), m.start() + len(body), not body.strip()))
    return out


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _resolve(text: str, mode: ParagraphMode) -> Literal["line", "blank"]:
    if mode != "auto":
        return mode
    lines = _lines(text, 0, len(text))
    if not any(blank for _, _, blank in lines):
        return "line"
    inner = [
        text[a:b]
        for (a, b, blank), (_, _, next_blank) in itertools.pairwise(lines)
        if not blank and not next_blank
    ]
    if not inner:
        return "line"
    wrapped = sum(1 for line in inner if not _FINAL.search(line))
    return "blank" if wrapped * 2 > len(inner) else "line"


def _blocks(text: str, mode: Literal["line", "blank"]) -> list[tuple[int, int]]:
    lines = _lines(text, 0, len(text))
    if mode == "line":
        return [(a, b) for a, b, blank in lines if not blank]
    blocks: list[tuple[int, int]] = []
    start: int | None = None
    end = 0
    for a, b, blank in lines:
        if blank:
            if start is not None:
                blocks.append((start, end))
            start = None
        else:
            start = a if start is None else start
            end = b
    if start is not None:
        blocks.append((start, end))
    return blocks
