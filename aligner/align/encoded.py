"""A document ready to align: its sentence and window embeddings, lengths, paragraphs and anchor features."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from aligner.align.anchors import features
from aligner.align.config import AlignConfig
from aligner.document import Document
from aligner.encoders import SentenceEncoder, WindowEncoder
from aligner.glossary import Glossary, TermMatcher


@dataclass(frozen=True)
class EncodedDocument:
    doc: Document
    emb: np.ndarray  # (n, d) float32, normalised
    windows: dict[int, np.ndarray]  # k -> (n - k + 1, d): windows of k sentences encoded as one text
    lengths: np.ndarray  # (n,) characters
    para: np.ndarray  # (n,) bool
    features: tuple[tuple[str, ...], ...]  # anchor features per sentence

    def __len__(self) -> int:
        return len(self.doc.sentences)


def encode_document(
    doc: Document, encoder: SentenceEncoder, *, windows: int | None = None, glossary: Glossary | None = None
) -> EncodedDocument:
    """Embed a document's sentences (and windows of up to ``windows`` sentences, by default as many as the
    aligner's settings use) and collect its anchors."""
    if windows is None:
        windows = AlignConfig().encoded_windows
    texts = [s.text for s in doc.sentences]
    if isinstance(encoder, WindowEncoder):
        emb, encoded_windows = encoder.encode_windows(texts, windows)
    else:
        emb, encoded_windows = _encode_texts(texts, doc.joiner, encoder, windows)
    concepts = _concepts(doc, glossary)
    feats = tuple(
        tuple(features(text, doc.lang)) + tuple(f"c:{c}" for c in concepts[i]) for i, text in enumerate(texts)
    )
    para = np.array([doc.starts_paragraph(i) for i in range(len(texts))], dtype=bool)
    lengths = np.array([len(t) for t in texts], dtype=np.float64)
    return EncodedDocument(doc, emb.astype(np.float32), encoded_windows, lengths, para, feats)


def _encode_texts(
    texts: list[str], joiner: str, encoder: SentenceEncoder, windows: int
) -> tuple[np.ndarray, dict[int, np.ndarray]]:
    """Sentences and windows encoded as texts (repeated texts once)."""
    window_texts = {
        k: [joiner.join(texts[s : s + k]) for s in range(len(texts) - k + 1)] for k in range(2, windows + 1)
    }
    everything = texts + [t for k in sorted(window_texts) for t in window_texts[k]]
    unique = list(dict.fromkeys(everything))
    vectors = encoder.encode(unique) if unique else np.zeros((0, 1), dtype=np.float32)
    index = {text: row for row, text in enumerate(unique)}
    emb = vectors[[index[t] for t in texts]] if texts else vectors
    return emb, {k: vectors[[index[t] for t in ts]] for k, ts in window_texts.items() if ts}


def _concepts(doc: Document, glossary: Glossary | None) -> Sequence[Sequence[str]]:
    out: list[list[str]] = [[] for _ in doc.sentences]
    if glossary is None:
        return out
    matcher = TermMatcher(glossary, doc.lang)
    if not matcher.terms:
        return out
    for i, sentence in enumerate(doc.sentences):
        for occurrence in matcher.find(sentence.text):
            out[i].append(occurrence.concept)
            out[i].extend(occurrence.contains)
    return out
