"""Sentence segmentation: one entry point, ``split_sentences``, over per-language rule profiles."""

from __future__ import annotations

from aligner.segment.profiles import PROFILES, profile_for
from aligner.segment.rules import boundaries

#: Name and version of the segmenter, part of every output's signature.
SEGMENTER = "rules-1"

SUPPORTED = tuple(sorted(PROFILES))


def split_sentences(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans ``(start, end)`` of the sentences of one paragraph, without surrounding white space.

    >>> text = "Mr. Li met Dr. Wang on Dec. 27. They spoke."
    >>> [text[a:b] for a, b in split_sentences(text, "en")]
    ['Mr. Li met Dr. Wang on Dec. 27.', 'They spoke.']
    """
    spans = []
    start = 0
    for cut in [*boundaries(text, profile_for(lang)), len(text)]:
        span = _trim(text, start, cut)
        if span is not None:
            spans.append(span)
        start = cut
    return spans


def is_supported(lang: str) -> bool:
    return profile_for(lang).lang != "und"


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


__all__ = ["SEGMENTER", "SUPPORTED", "is_supported", "split_sentences"]
