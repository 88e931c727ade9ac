"""How terms and texts are made comparable, per language.

Word languages (English, Russian, and by default any language written with spaces): a text is read as its
words (letters and digits; every other character separates words, so punctuation, quotes, apostrophes and line
breaks never block a match), lower-cased unless a term is case-sensitive. English adds: hyphenated words match
joined and spaced forms ("multi-polar" / "multipolar" / "multi polar"), the last word of a term may take a
plural ending (-s, -es, -ies), a possessive is a word of its own, and an article at the start of a term is
optional. Russian words are reduced to their dictionary form with pymorphy3 (a maintained morphological
analyser with the OpenCorpora dictionary: it maps every case and number of a word to one lemma, which a
stemmer does not: Snowball gives "ид" for идеи but "иде" for идеями), with ё read as е. An ambiguous word is read
as an adjective, participle or noun first, since terms are noun phrases.

Chinese and Japanese: no word boundaries; full-width Latin letters and digits read as half-width, quotation
marks and white space are ignored, so "一带一路" matches “一带一路” and 「一带一路」; with ``traditional=True``
(needs the optional ``opencc`` package), traditional characters read as simplified.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from aligner.errors import AlignerError
from aligner.glossary.languages import base_language

WORD = re.compile(r"[^\W_]+")
_JOINED_WORD = re.compile(r"[^\W_]+(?:[-‐‑][^\W_]+)+|[^\W_]+")
_HYPHENATED = re.compile(r"[^\W_][-‐‑][^\W_]")
ARTICLES = {
    "en": ("a", "an", "the"),
    "fr": ("le", "la", "les", "l", "un", "une"),
    "de": ("der", "die", "das", "ein", "eine"),
    "es": ("el", "la", "los", "las", "un", "una"),
}
CHARACTER_LANGUAGES = frozenset({"zh", "ja"})
_CJK_DROP = re.compile(r"[\s\"'“”‘’「」『』〝〞〟＂＇]")
_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


SpanMap = Callable[[int, int], tuple[int, int]]
#: a normalised view of a text, and how to map a span of it back to the original
View = tuple[str, SpanMap]


class WordNormalizer:
    """Word-based normalisation (English, Russian, other languages written with spaces)."""

    def __init__(self, lang: str) -> None:
        self.lang = base_language(lang)
        self.articles = ARTICLES.get(self.lang, ())
        self._word: Callable[[str], str] = _lemma if self.lang == "ru" else str

    def words(self, text: str, *, case_sensitive: bool = False) -> list[str]:
        found = WORD.findall(text if case_sensitive else text.lower())
        return found if self._word is str else [self._word(w) for w in found]

    def keys(self, term: str, *, case_sensitive: bool = False) -> set[str]:
        """Automaton keys for a term: its words padded with spaces, and their variants."""
        variants = {term, re.sub(r"(?<=[^\W_])[-‐‑](?=[^\W_])", "", term)}
        keys = set()
        for variant in variants:
            words = self.words(variant, case_sensitive=case_sensitive)
            while len(words) > 1 and words[0].lower() in self.articles:
                words = words[1:]
            if not words:
                continue
            endings = [words[-1]]
            if self.lang == "en":
                endings += _plurals(words[-1])
            for last in endings:
                keys.add(" " + " ".join([*words[:-1], last]) + " ")
        return keys

    def views(self, text: str, *, case_sensitive: bool) -> list[View]:
        views = [_word_view(text, self.words(text, case_sensitive=case_sensitive), WORD)]
        if ("-" in text or "‐" in text or "‑" in text) and _HYPHENATED.search(text):
            joined = [re.sub(r"[-‐‑]", "", m.group()) for m in _JOINED_WORD.finditer(text)]
            joined = [self._word(w if case_sensitive else w.lower()) for w in joined]
            views.append(_word_view(text, joined, _JOINED_WORD))
        return views


class CharacterNormalizer:
    """Character-based normalisation for Chinese and Japanese."""

    def __init__(self, lang: str, *, traditional: bool = False) -> None:
        self.lang = base_language(lang)
        self._convert = _traditional_to_simplified() if traditional else None

    def keys(self, term: str, *, case_sensitive: bool = False) -> set[str]:
        key = self._normalise(term, case_sensitive)
        key = _CJK_DROP.sub("", key)
        return {key} if key else set()

    def views(self, text: str, *, case_sensitive: bool) -> list[View]:
        norm = self._normalise(text, case_sensitive)
        if not _CJK_DROP.search(norm):
            return [(norm, _identity)]
        kept = [i for i, ch in enumerate(norm) if not _CJK_DROP.match(ch)]
        squeezed = "".join(norm[i] for i in kept)
        return [(squeezed, lambda a, b: (kept[a], kept[b - 1] + 1))]

    def _normalise(self, text: str, case_sensitive: bool) -> str:
        out = text.translate(_FULLWIDTH)
        if not case_sensitive:
            lowered = out.lower()
            out = lowered if len(lowered) == len(out) else out
        if self._convert is not None:
            out = self._convert(out)
        return out


Normalizer = WordNormalizer | CharacterNormalizer


def normalizer_for(lang: str, *, traditional: bool = False) -> Normalizer:
    if base_language(lang) in CHARACTER_LANGUAGES:
        return CharacterNormalizer(lang, traditional=traditional)
    return WordNormalizer(lang)


def _plurals(word: str) -> list[str]:
    if not word.isalpha():
        return []
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return [word + "es"]
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return [word + "s", word[:-1] + "ies"]
    return [word + "s"]


def _identity(a: int, b: int) -> tuple[int, int]:
    return a, b


def _word_view(text: str, words: list[str], pattern: re.Pattern[str]) -> View:
    """A view ``" w1 w2 ... "``: word ``i`` is preceded by exactly ``i + 1`` spaces, which maps a span back."""
    view = " " + " ".join(words) + " "
    found: list[re.Match[str]] = []

    def span(a: int, b: int) -> tuple[int, int]:
        if not found:  # most texts have no match: find the words' offsets only when one needs them
            found.extend(pattern.finditer(text))
        return found[view.count(" ", 0, a) - 1].start(), found[view.count(" ", 0, b) - 1].end()

    return view, span


@functools.lru_cache(maxsize=1)
def _morph():  # type: ignore[no-untyped-def]
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@functools.lru_cache(maxsize=200_000)
def _lemma(word: str) -> str:
    if not word.isalpha() or word.isascii():
        return word.replace("ё", "е")
    parses = _morph().parse(word)
    # Terms are noun phrases: read an ambiguous word as adjective, participle or noun before anything else, so
    # that every form of it gets the same lemma ("Устав" is a noun here, not the gerund of "устать").
    for pos in ("ADJF", "PRTF", "NOUN"):
        for parse in parses:
            if pos == parse.tag.POS:
                return str(parse.normal_form).replace("ё", "е").replace(" ", "")
    return str(parses[0].normal_form).replace("ё", "е").replace(" ", "")


def _traditional_to_simplified() -> Callable[[str], str]:
    try:
        import opencc
    except ImportError:
        raise AlignerError(
            "matching traditional characters needs the optional opencc package: pip install 'aligner[zh]'"
        ) from None
    converter = opencc.OpenCC("t2s")

    @functools.lru_cache(maxsize=100_000)
    def char(ch: str) -> str:
        out = converter.convert(ch)
        return out if len(out) == 1 else ch

    def convert(text: str) -> str:
        whole = str(converter.convert(text))
        return whole if len(whole) == len(text) else "".join(char(c) for c in text)

    return convert
