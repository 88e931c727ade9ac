"""A deterministic stand-in encoder for fast tests: vectors from hashed character trigrams."""

from __future__ import annotations

import zlib
from collections.abc import Sequence

import numpy as np


class TrigramEncoder:
    name = "test-trigrams"

    def encode(self, sentences: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(sentences), 256), dtype=np.float32)
        for i, text in enumerate(sentences):
            padded = f"  {text.lower()}  "
            for k in range(len(padded) - 2):
                out[i, zlib.crc32(padded[k : k + 3].encode()) % 256] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-9)
