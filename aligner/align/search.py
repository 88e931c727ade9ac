"""The search: a monotone alignment of two sentence sequences into beads, in time linear in their length.

Cost of a bead of ``a`` source and ``b`` target sentences (``a, b >= 1``)::

    (1 - sim) * (a * b) ** size_exponent + type penalty + length weight * |log length ratio|
        + subsume * max(0, best single pair's cosine - sim)   (a merge must be closer than its best pair)
        - anchor weight * (2 * cos(anchors_src, anchors_tgt) - 1)     (when both windows have anchors)
        - paragraph bonus (both beads start a paragraph) + paragraph cross (a window spans a paragraph break)

where ``sim`` mixes the cosine of the windows' mean vectors (the normalised mean of their sentences'
embeddings) with the cosine of the windows encoded as one text (``window_mix``, for windows of up to
``encoded_windows`` sentences). A 1-0 or 0-1 bead costs ``null_cost``, less for a sentence whose best partner
in the band is weak. Mean-vector cosines come from a band of sentence-to-sentence cosines and their prefix
sums, so a bead of any size costs a few array look-ups.

Search, coarse to fine (as in Vecalign): a level whose full grid is small is searched whole; otherwise both
sides are halved (neighbouring sentences averaged), the halves aligned recursively, and the level searched in a
band of ``band`` sentences around the coarse path projected down. The dynamic programme runs row by row over
the band, vectorised over the band's width (the 0-1 beads of a row by a running minimum), so time and memory
grow with ``length x band``, never ``n x m``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from aligner.align.config import AlignConfig

_CHUNK = 1024  # rows of bead costs computed at once


@dataclass(frozen=True)
class Side:
    """One side of an alignment as the search sees it."""

    emb: np.ndarray  # (n, d) float32, rows L2-normalised
    lengths: np.ndarray  # (n,) characters
    para: np.ndarray  # (n,) bool: the sentence starts a paragraph
    anchors: np.ndarray | None = None  # (n, h) float32 anchor counts, or None
    # real embeddings of windows of k consecutive sentences encoded as one text: windows[k][s] is the
    # window that starts at sentence s (k >= 2)
    windows: dict[int, np.ndarray] | None = None

    def __len__(self) -> int:
        return int(self.emb.shape[0])


@dataclass(frozen=True)
class Span:
    """A bead as prefix bounds: source sentences ``[i0, i1)``, target sentences ``[j0, j1)``."""

    i0: int
    i1: int
    j0: int
    j1: int


def search(src: Side, tgt: Side, config: AlignConfig) -> list[Span]:
    """The best monotone path of beads covering every sentence of both sides exactly once."""
    n, m = len(src), len(tgt)
    if n == 0 or m == 0:
        return [Span(i, i + 1, 0, 0) for i in range(n)] + [Span(n, n, j, j + 1) for j in range(m)]
    ratio = (_robust_total(tgt.lengths) + 1.0) / (_robust_total(src.lengths) + 1.0)
    return _search(src, tgt, config.allowed_beads(), config, ratio, fine=True)


def _robust_total(lengths: np.ndarray) -> float:
    """Total length with each sentence capped at four times the median: the length ratio of two documents must
    not hang on one runaway line."""
    return float(np.minimum(lengths, 4.0 * max(float(np.median(lengths)), 1.0)).sum())


def _search(
    src: Side, tgt: Side, beads: tuple[tuple[int, int], ...], config: AlignConfig, ratio: float, fine: bool
) -> list[Span]:
    n, m = len(src), len(tgt)
    if (n + 1) * (m + 1) <= config.full_cells or n < 4 or m < 4:
        lo = np.zeros(n + 1, dtype=np.int64)
        width = m + 1
    else:
        coarse_beads = tuple(b for b in beads if b[0] <= 2 and b[1] <= 2)
        coarse = _search(_halve(src), _halve(tgt), coarse_beads, config, ratio, fine=False)
        lo, width = _band(coarse, n, m, config.band)
    return _dp(src, tgt, beads, lo, width, config, ratio, fine)


def _halve(side: Side) -> Side:
    n = len(side)
    pairs = np.arange(0, n, 2)
    emb = np.add.reduceat(side.emb, pairs, axis=0)
    emb /= np.maximum(np.linalg.norm(emb, axis=1, keepdims=True), 1e-12)
    anchors = None if side.anchors is None else np.add.reduceat(side.anchors, pairs, axis=0)
    return Side(emb.astype(np.float32), np.add.reduceat(side.lengths, pairs), side.para[pairs], anchors, None)


def _band(coarse: list[Span], n: int, m: int, width: int) -> tuple[np.ndarray, int]:
    """Row bounds for the fine level: every fine cell the coarse path passes through, widened by ``width``."""
    jmin = np.full(n + 1, m, dtype=np.int64)
    jmax = np.zeros(n + 1, dtype=np.int64)
    for span in coarse:
        r0, r1 = min(2 * span.i0, n), min(2 * span.i1, n)
        c0, c1 = min(2 * span.j0, m), min(2 * span.j1, m)
        np.minimum(jmin[r0 : r1 + 1], c0, out=jmin[r0 : r1 + 1])
        np.maximum(jmax[r0 : r1 + 1], c1, out=jmax[r0 : r1 + 1])
    lo = np.minimum.accumulate((jmin - width)[::-1])[::-1]
    hi = np.maximum.accumulate(jmax + width)
    lo[0] = min(int(lo[0]), 0)
    hi[n] = max(int(hi[n]), m)
    return lo, int((hi - lo).max()) + 1


class _Windows:
    """Cosines between windows of consecutive rows of two matrices, inside a band, from prefix sums."""

    def __init__(
        self, x: np.ndarray, y: np.ndarray, lo: np.ndarray, width: int, amax: int, bmax: int
    ) -> None:
        self.x, self.y, self.lo, self.width, self.amax, self.bmax = x, y, lo, width, amax, bmax
        n = x.shape[0]
        ahead = lo[np.minimum(np.arange(n) + amax, n)] - lo[np.minimum(np.arange(n) + 1, n)]
        self.slo = lo[np.minimum(np.arange(n) + 1, n)] - bmax  # first target column of sentence row p
        self.swidth = width + bmax + int(ahead.max(initial=0)) + 1
        self.sq_x = _window_squares(x, amax)
        self.sq_y = _window_squares(y, bmax)

    def prefix(self, p0: int, p1: int) -> np.ndarray:
        """Prefix sums along the band of sentence cosines, rows ``p0..p1-1``: shape (rows, swidth + 1)."""
        m = self.y.shape[0]
        slo = self.slo[p0:p1]
        c0, c1 = max(int(slo.min()), 0), min(int(slo.max()) + self.swidth, m)
        out = np.zeros((p1 - p0, self.swidth + 1), dtype=np.float64)
        if c1 <= c0:
            return out
        dense = self.x[p0:p1] @ self.y[c0:c1].T  # (rows, c1 - c0)
        cols = slo[:, None] + np.arange(self.swidth)[None, :] - c0
        ok = (cols >= 0) & (cols < c1 - c0)
        band = np.where(ok, np.take_along_axis(dense, np.clip(cols, 0, c1 - c0 - 1), axis=1), 0.0)
        np.cumsum(band, axis=1, out=out[:, 1:])
        return out

    def cosines(self, r0: int, r1: int, a: int, b: int, prefix: np.ndarray, p_base: int) -> np.ndarray:
        """cos(window of rows [i-a, i), window of columns [j-b, j)) for rows i in [r0, r1), j in the band."""
        rows = np.arange(r0, r1)
        j = self.lo[rows][:, None] + np.arange(self.width)[None, :]
        num = np.zeros(j.shape, dtype=np.float64)
        for t in range(1, a + 1):
            p = np.maximum(rows - t, 0)
            hi = np.clip(j - self.slo[p][:, None], 0, self.swidth)
            lo = np.clip(hi - b, 0, self.swidth)
            r = (p - p_base)[:, None]
            num += prefix[r, hi] - prefix[r, lo]
        sx = self.sq_x[a][rows][:, None]
        sy = self.sq_y[b][np.clip(j, 0, self.y.shape[0])]
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.asarray(num / np.sqrt(sx * sy))

    def best_pair(self, r0: int, r1: int, a: int, b: int, prefix: np.ndarray, p_base: int) -> np.ndarray:
        """The highest cosine between one row and one column inside each window pair."""
        rows = np.arange(r0, r1)
        j = self.lo[rows][:, None] + np.arange(self.width)[None, :]
        best = np.full(j.shape, -np.inf)
        for t in range(1, a + 1):
            p = np.maximum(rows - t, 0)
            hi = j - self.slo[p][:, None]
            r = (p - p_base)[:, None]
            for u in range(1, b + 1):
                col = np.clip(hi - u, 0, self.swidth - 1)
                np.maximum(best, prefix[r, col + 1] - prefix[r, col], out=best)
        return best


def _weighted(side: Side, config: AlignConfig) -> np.ndarray:
    """Sentence vectors scaled by (length / mean length) ** window_weight: in a window's mean, a long sentence
    says more than a short one ("And it was so.")."""
    if not config.window_weight or len(side) == 0:
        return side.emb
    weights = ((side.lengths + 1.0) / (float(side.lengths.mean()) + 1.0)) ** config.window_weight
    return np.asarray(side.emb * weights[:, None], dtype=np.float32)


def _window_squares(x: np.ndarray, kmax: int) -> dict[int, np.ndarray]:
    """|sum of rows [i-k, i)|^2 for every prefix end i (length n + 1; nan where the window does not fit)."""
    n = x.shape[0]
    gram = {d: np.einsum("ij,ij->i", x[: max(n - d, 0)], x[d:]).astype(np.float64) for d in range(0, kmax)}
    cum = {d: np.concatenate(([0.0], np.cumsum(g))) for d, g in gram.items()}
    out = {}
    ends = np.arange(n + 1)
    for k in range(1, kmax + 1):
        total = np.zeros(n + 1)
        for d in range(0, k):
            top = np.clip(ends - d, 0, max(n - d, 0))
            bottom = np.clip(ends - k, 0, max(n - d, 0))
            total += (1 if d == 0 else 2) * (cum[d][top] - cum[d][bottom])
        total[ends < k] = np.nan
        out[k] = total
    return out


def _dp(
    src: Side,
    tgt: Side,
    beads: tuple[tuple[int, int], ...],
    lo: np.ndarray,
    width: int,
    config: AlignConfig,
    ratio: float,
    fine: bool,
) -> list[Span]:
    n, m = len(src), len(tgt)
    amax = max(a for a, _ in beads)
    bmax = max(b for _, b in beads)
    windows = _Windows(_weighted(src, config), _weighted(tgt, config), lo, width, amax, bmax)
    anchors = None
    if config.anchor_weight and src.anchors is not None and tgt.anchors is not None:
        anchors = _Windows(src.anchors, tgt.anchors, lo, width, amax, bmax)
    costs = _Costs(src, tgt, lo, width, config, ratio, fine)
    if config.null_sim and fine:
        best_x, best_y = _best_partners(windows, n, m)
        costs.null_x = costs.null_x * _partner_factor(best_x, config.null_sim)
        costs.null_y = costs.null_y * _partner_factor(best_y, config.null_sim)
    pairs = [(t, a, b) for t, (a, b) in enumerate(beads) if a >= 1]
    insert = beads.index((0, 1)) if (0, 1) in beads else -1
    k = np.arange(width)
    back = np.full((n + 1, width), -1, dtype=np.int8)
    rows: dict[int, np.ndarray] = {}

    # cost of inserting target sentences 0..j-1 (0-1 beads), for the running minimum of each row
    # (padded by the band's width on both sides, so that any cell of a row can index it without clipping)
    inserted_before = np.concatenate(
        (np.zeros(width), [0.0], np.cumsum(costs.null_y), np.full(width, float(costs.null_y.sum())))
    )
    j0 = lo[0] + k
    rows[0] = np.where((j0 >= 0) & (j0 <= m), inserted_before[j0 + width], np.inf)
    back[0, lo[0] + k > 0] = insert
    for r0 in range(1, n + 1, _CHUNK):
        r1 = min(r0 + _CHUNK, n + 1)
        p_base = max(r0 - amax, 0)
        prefix = windows.prefix(p_base, r1 - 1)
        anchor_prefix = None if anchors is None else anchors.prefix(p_base, r1 - 1)
        chunk_costs = {}
        for t, a, b in pairs:
            if b == 0:
                chunk_costs[t] = costs.null(r0, r1)
                continue
            sim = windows.cosines(r0, r1, a, b, prefix, p_base)
            anchor = None
            if anchors is not None and anchor_prefix is not None:
                anchor = anchors.cosines(r0, r1, a, b, anchor_prefix, p_base)
            best = windows.best_pair(r0, r1, a, b, prefix, p_base) if config.subsume and a * b > 1 else None
            chunk_costs[t] = costs.bead(r0, r1, a, b, sim, anchor, best)
        candidates = np.empty((len(pairs), width))
        bead_of = np.array([t for t, _, _ in pairs], dtype=np.int8)
        for i in range(r0, r1):
            candidates.fill(np.inf)  # one row per bead type: the cost of reaching each cell with it
            for row, (t, a, b) in enumerate(pairs):
                if i - a < 0:
                    continue
                shift = int(lo[i] - b - lo[i - a])
                k0, k1 = max(0, -shift), min(width, width - shift)
                if k0 < k1:
                    np.add(
                        rows[i - a][k0 + shift : k1 + shift],
                        chunk_costs[t][i - r0, k0:k1],
                        out=candidates[row, k0:k1],
                    )
            choice = candidates.argmin(axis=0)
            best = candidates[choice, k]
            arg = np.where(np.isfinite(best), bead_of[choice], -1).astype(np.int8)
            if insert >= 0:
                before = inserted_before[lo[i] + k + width]
                run = np.minimum.accumulate(best - before) + before
                inserted = run < best - 1e-9
                arg[inserted] = insert
                best = run
            if lo[i] < 0 or lo[i] + width - 1 > m:
                best[(lo[i] + k > m) | (lo[i] + k < 0)] = np.inf
            rows[i] = best
            back[i] = arg
            rows.pop(i - amax - 1, None)
    return _trace(back, lo, beads, n, m)


def _trace(
    back: np.ndarray, lo: np.ndarray, beads: tuple[tuple[int, int], ...], n: int, m: int
) -> list[Span]:
    path = []
    i, j = n, m
    while i > 0 or j > 0:
        t = int(back[i, j - lo[i]])
        if t < 0:  # unreachable: cannot happen with 1-0 and 0-1 beads allowed
            raise RuntimeError(f"alignment search found no path at ({i}, {j})")
        a, b = beads[t]
        path.append(Span(i - a, i, j - b, j))
        i, j = i - a, j - b
    path.reverse()
    return path


def _length_variance(x: np.ndarray, y: np.ndarray, ratio: float) -> float:
    """Variance of target length around ``ratio * source length``, per character, from the documents'
    sentences in order (a rough estimate: sentence counts differ, so pair the cumulative proportions)."""
    if len(x) < 4 or len(y) < 4:
        return 6.8 * ratio
    share = np.linspace(0, 1, min(len(x), len(y)) + 1)[1:-1]
    cx = np.interp(share, np.linspace(0, 1, len(x) + 1), np.concatenate(([0.0], np.cumsum(x))))
    cy = np.interp(share, np.linspace(0, 1, len(y) + 1), np.concatenate(([0.0], np.cumsum(y))))
    spread = float(np.var(np.diff(cy) - ratio * np.diff(cx)))
    return max(spread / max(float(np.mean(np.diff(cy))), 1.0), 0.5 * ratio)


def _best_partners(windows: _Windows, n: int, m: int) -> tuple[np.ndarray, np.ndarray]:
    """Each sentence's highest cosine with a sentence of the other side inside the band."""
    best_x = np.full(n, -1.0)
    best_y = np.full(m, -1.0)
    for p0 in range(0, n, _CHUNK):
        p1 = min(p0 + _CHUNK, n)
        prefix = windows.prefix(p0, p1)
        band = np.diff(prefix, axis=1)  # (rows, swidth): the sentence cosines themselves
        cols = windows.slo[p0:p1][:, None] + np.arange(windows.swidth)[None, :]
        inside = (cols >= 0) & (cols < m)
        band = np.where(inside, band, -1.0)
        best_x[p0:p1] = band.max(axis=1)
        np.maximum.at(best_y, np.clip(cols, 0, max(m - 1, 0))[inside], band[inside])
    return best_x, best_y


def _partner_factor(best: np.ndarray, weight: float) -> np.ndarray:
    """Leaving out a sentence with no good partner anywhere near is cheap: the null cost shrinks by ``weight``
    per three median absolute deviations its best cosine lies below the document's median best cosine (never
    below a quarter). Measured in the document's own spread, since cosines run lower across scripts."""
    if len(best) == 0:
        return best
    centre = float(np.median(best))
    spread = 3.0 * max(float(np.median(np.abs(best - centre))), 1e-3)
    return np.asarray(np.clip(1.0 + weight * (best - centre) / spread, 0.25, 1.0))


def _null_costs(lengths: np.ndarray, config: AlignConfig) -> np.ndarray:
    """Cost of leaving a sentence unaligned: ``null_cost``, scaled by its length relative to the median
    (clipped to [1/3, 3]) to the power ``null_length``; short fragments (OCR debris, headings) are cheap to
    leave out, long sentences dear."""
    if not config.null_length or len(lengths) == 0:
        return np.full(len(lengths), config.null_cost)
    relative = np.clip((lengths + 1.0) / (float(np.median(lengths)) + 1.0), 1 / 3, 3.0)
    return np.asarray(config.null_cost * relative**config.null_length, dtype=np.float64)


def _backgrounds(x: np.ndarray, y: np.ndarray, samples: int = 64) -> tuple[np.ndarray, np.ndarray]:
    """Each sentence's mean cosine with random sentences of the other side: how close it lies to everything
    (a "hub"), to be discounted from its cosines with its candidates."""
    rng = np.random.default_rng(0)
    ky = rng.integers(0, len(y), size=min(samples, len(y)))
    kx = rng.integers(0, len(x), size=min(samples, len(x)))
    return (x @ y[ky].T).mean(axis=1).astype(np.float64), (y @ x[kx].T).mean(axis=1).astype(np.float64)


class _Costs:
    """Bead costs for a chunk of rows, from window cosines and the cheap signals."""

    def __init__(
        self, src: Side, tgt: Side, lo: np.ndarray, width: int, config: AlignConfig, ratio: float, fine: bool
    ) -> None:
        self.lo, self.width, self.config, self.ratio, self.fine = lo, width, config, ratio, fine
        self.m = len(tgt)
        self.real_x = {1: src.emb, **(src.windows or {})}
        self.real_y = {1: tgt.emb, **(tgt.windows or {})}
        self.cum_x = np.concatenate(([0.0], np.cumsum(src.lengths, dtype=np.float64)))
        self.cum_y = np.concatenate(([0.0], np.cumsum(tgt.lengths, dtype=np.float64)))
        self.smooth = max(1.0, 0.3 * float(self.cum_y[-1]) / max(self.m, 1))
        self.para_x = np.concatenate((src.para.astype(np.int64), [1]))
        self.para_y = np.concatenate((tgt.para.astype(np.int64), [1]))
        self.cpara_x = np.concatenate(([0], np.cumsum(src.para.astype(np.int64))))
        self.cpara_y = np.concatenate(([0], np.cumsum(tgt.para.astype(np.int64))))
        bx, by = _backgrounds(src.emb, tgt.emb)
        self.cum_bx = np.concatenate(([0.0], np.cumsum(bx)))
        self.cum_by = np.concatenate(([0.0], np.cumsum(by)))
        self.length_var = _length_variance(src.lengths, tgt.lengths, ratio) if config.length_gc else 0.0
        self.null_x = _null_costs(src.lengths, config)
        self.null_y = _null_costs(tgt.lengths, config)
        self.penalties = {2: 0.0, 3: config.merge_penalty, 4: config.merge3_penalty}

    def _j(self, r0: int, r1: int) -> np.ndarray:
        return np.asarray(self.lo[r0:r1][:, None] + np.arange(self.width)[None, :])

    def _real(self, rows: np.ndarray, j: np.ndarray, a: int, b: int) -> np.ndarray:
        """Cosines of windows encoded as one text, for the rows and band cells given: one matrix product per
        block of rows over the columns the block's band spans, then a gather."""
        wx, wy = self.real_x[a], self.real_y[b]
        out = np.empty(j.shape, dtype=np.float64)
        for s in range(0, len(rows), 256):
            ix = np.clip(rows[s : s + 256] - a, 0, len(wx) - 1)
            jy = np.clip(j[s : s + 256] - b, 0, len(wy) - 1)
            c0, c1 = int(jy.min()), int(jy.max()) + 1
            dense = wx[ix] @ wy[c0:c1].T
            out[s : s + 256] = np.take_along_axis(dense, jy - c0, axis=1)
        return out

    def null(self, r0: int, r1: int) -> np.ndarray:
        """Cost of leaving out source sentence i - 1 (a 1-0 bead), the same across the band."""
        return np.repeat(self.null_x[r0 - 1 : r1 - 1, None], self.width, axis=1)

    def bead(
        self,
        r0: int,
        r1: int,
        a: int,
        b: int,
        sim: np.ndarray,
        anchor: np.ndarray | None,
        best_pair: np.ndarray | None = None,
    ) -> np.ndarray:
        cfg = self.config
        i = np.arange(r0, r1)[:, None]
        j = self._j(r0, r1)
        valid = (j - b >= 0) & (j <= self.m) & (i - a >= 0)
        jc = np.clip(j, 0, self.m)  # clipped indices: cells that do not fit are masked by ``valid``
        jb = np.clip(j - b, 0, self.m)
        if (
            cfg.window_mix
            and (a > 1 or b > 1)
            and a in self.real_x
            and b in self.real_y
            and len(self.real_x[a])
            and len(self.real_y[b])
        ):
            sim = (1 - cfg.window_mix) * sim + cfg.window_mix * self._real(i[:, 0], j, a, b)
        if best_pair is not None:
            # a merge must earn its keep: a window no closer than its best single pair carries a passenger
            passenger = np.maximum(best_pair - np.nan_to_num(sim, nan=0.0), 0.0)
        if cfg.centre:
            background = (self.cum_bx[i] - self.cum_bx[np.maximum(i - a, 0)]) / a
            background = background + (self.cum_by[jc] - self.cum_by[jb]) / b
            sim = sim - cfg.centre * background / 2
        cost = (1.0 - np.nan_to_num(sim, nan=0.0)) * float(a * b) ** cfg.size_exponent + self.penalties.get(
            a + b, cfg.merge4_penalty
        )
        if best_pair is not None:
            cost += cfg.subsume * passenger
        ls = self.cum_x[i] - self.cum_x[np.maximum(i - a, 0)]
        lt = self.cum_y[jc] - self.cum_y[jb]
        cost += cfg.length_weight * np.abs(np.log((lt + self.smooth) / (self.ratio * ls + self.smooth)))
        if cfg.length_gc:
            # Gale and Church: the length difference against its expected spread, which grows with the length,
            # so a long bead with a clear mismatch pays more than a short one
            expected = self.ratio * ls
            spread = np.sqrt(self.length_var * (expected + lt) / 2 + self.smooth)
            cost += cfg.length_gc * np.minimum(np.abs(lt - expected) / spread, 4.0)
        if anchor is not None:
            both = np.isfinite(anchor)
            cost -= np.where(both, cfg.anchor_weight * (2 * np.nan_to_num(anchor) - 1), 0.0)
        if self.fine and (cfg.paragraph_bonus or cfg.paragraph_cross):
            start_x = self.para_x[np.maximum(i - a, 0)]
            start_y = self.para_y[jb]
            cost -= cfg.paragraph_bonus * (start_x * start_y)
            inside_x = self.cpara_x[i] - self.cpara_x[np.minimum(i - a + 1, i)]
            inside_y = self.cpara_y[jc] - self.cpara_y[np.minimum(jb + 1, jc)]
            cost += cfg.paragraph_cross * ((inside_x > 0).astype(float) + (inside_y > 0))
        return np.where(valid, cost, np.inf)
