"""The document model: a rendering read from a file, cut into paragraphs and sentences.

Offsets are code points into ``Document.text``, the file's text as decoded (a leading byte-order mark is not
part of it; line endings are kept as they were, so ``\\r\\n`` counts as two characters). ``Sentence.text`` is
the sentence with its inner white space (line breaks included) folded to single spaces; the original is always
``document.text[sentence.start:sentence.end]``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    """One sentence. ``index`` is its 0-based position in the document, the id used by bead files."""

    index: int
    paragraph: int
    start: int
    end: int
    text: str

    @property
    def id(self) -> str:
        """A stable, readable id: ``p3.s41`` is sentence 41 (0-based, in the document) of paragraph 3."""
        return f"p{self.paragraph}.s{self.index}"


@dataclass(frozen=True)
class Paragraph:
    """A paragraph: its span in the text and the range of sentence indices ``[first, stop)`` it holds."""

    index: int
    start: int
    end: int
    first: int
    stop: int


@dataclass(frozen=True)
class Document:
    """A rendering of a text in one language."""

    path: str
    lang: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    encoding: str = "utf-8"
    segmenter: str = ""

    def __len__(self) -> int:
        return len(self.sentences)

    def paragraph_of(self, sentence_index: int) -> Paragraph:
        return self.paragraphs[self.sentences[sentence_index].paragraph]

    @property
    def joiner(self) -> str:
        """What separates sentences in running text: nothing in Chinese and Japanese, a space elsewhere."""
        return "" if self.lang.split("-")[0].lower() in ("zh", "ja") else " "

    def text_of(self, ids: tuple[int, ...] | list[int]) -> str:
        """The (folded) text of these sentences, joined as the language writes them."""
        return self.joiner.join(self.sentences[i].text for i in ids)

    def starts_paragraph(self, sentence_index: int) -> bool:
        """True when the sentence is the first of its paragraph (soft evidence for alignment)."""
        return self.paragraph_of(sentence_index).first == sentence_index
