"""Alignment quality and speed on the gold sets, and how the search scales with document length.

For each set: strict and lax P/R/F1 (as in ../shared/bench/README.md), seconds spent embedding and searching,
and the peak memory of the process that aligned it (each set runs in its own process). Then a synthetic
scaling run of the search alone (random embeddings with a known path) up to 30,000 x 40,000 sentences; with
--end-to-end also a 30,000 x 40,000 run that encodes real text (Bible verses made unique) with the default
encoder.

    python benchmarks/align.py                  # gold sets + search scaling
    python benchmarks/align.py --end-to-end     # ... + encode and align 30,000 x 40,000 real sentences
    python benchmarks/align.py --sets textberg  # one set
    python benchmarks/align.py --sets textberg-reversed,bible-reversed  # target -> source: a direction
                                                # the settings were not tuned on
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BENCH = ROOT.parent / "shared" / "bench"
SETS = ("textberg", "bible", "seed")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_set(name: str) -> dict[str, object]:
    from aligner.align import AlignConfig, align_encoded, encode_document
    from aligner.beads import Bead, parse_beads
    from aligner.docset import load_set
    from aligner.encoders import get_encoder
    from aligner.evaluate import merge_by_verse, score
    from aligner.glossary import load_glossary
    from aligner.reader import read_document

    config = AlignConfig()
    encoder = get_encoder()
    jobs = []  # (src path, src lang, tgt path, tgt lang, gold, verses)
    glossary = None
    presegmented = True
    reversed_ = name.endswith("-reversed")
    name = name.removesuffix("-reversed")
    if name == "textberg":
        t = BENCH / "textberg-dev"
        jobs.append((t / "dev.de", "de", t / "dev.fr", "fr", t / "dev.defr", None))
    elif name == "bible":
        b = BENCH / "bible-5k"
        jobs.append(
            (
                b / "en" / "001",
                "en",
                b / "zh" / "001",
                "zh",
                b / "gold" / "001.align",
                (b / "en.verse", b / "zh.verse"),
            )
        )
    else:
        docset = load_set(ROOT / "seeds" / "cfawc-2023")
        glossary = load_glossary(ROOT / "glossary")
        presegmented = False
        for entry in docset.others:
            jobs.append((docset.pivot_entry.path, "en", entry.path, entry.lang, entry.gold, None))
    embed = search = 0.0
    golds, tests, per_doc = [], [], {}
    cache = {}
    sentences = 0
    for src_path, src_lang, tgt_path, tgt_lang, gold_path, verses in jobs:
        encoded = []
        for path, lang in ((src_path, src_lang), (tgt_path, tgt_lang)):
            if path not in cache:
                start = time.perf_counter()
                doc = read_document(path, lang, presegmented=presegmented)
                cache[path] = encode_document(doc, encoder, windows=config.encoded_windows, glossary=glossary)
                embed += time.perf_counter() - start
                sentences += len(doc)
            encoded.append(cache[path])
        start = time.perf_counter()
        if reversed_:
            pair = align_encoded(encoded[1], encoded[0], config)
        else:
            pair = align_encoded(encoded[0], encoded[1], config)
        search += time.perf_counter() - start
        beads = [Bead(b.tgt, b.src, b.score) for b in pair.beads] if reversed_ else list(pair.beads)
        if verses is not None:
            beads = merge_by_verse(beads, *(p.read_text(encoding="utf-8").splitlines() for p in verses))
        gold = parse_beads(gold_path.read_text(encoding="utf-8"))
        golds.append(gold)
        tests.append(beads)
        per_doc[tgt_path.stem] = round(score([gold], [beads]).f1_strict, 4)
    s = score(golds, tests)
    return {
        "set": name + ("-reversed" if reversed_ else ""),
        "sentences": sentences,
        "strict_p": s.precision_strict,
        "strict_r": s.recall_strict,
        "strict_f1": s.f1_strict,
        "lax_p": s.precision_lax,
        "lax_r": s.recall_lax,
        "lax_f1": s.f1_lax,
        "embed_s": embed,
        "search_s": search,
        "peak_mb": _peak_mb(),
        "per_document": per_doc,
    }


def scaling(n: int, m: int) -> dict[str, object]:
    """The search alone on random embeddings of a translation with a known path (n source, m target)."""
    import numpy as np

    from aligner.align.config import AlignConfig
    from aligner.align.search import Side, search

    rng = np.random.default_rng(0)
    d = 512
    src = rng.normal(size=(n, d)).astype(np.float32)
    src /= np.linalg.norm(src, axis=1, keepdims=True)
    # target: each source sentence once, a third of them split in two, to reach m sentences
    splits = set(rng.choice(n, size=max(m - n, 0), replace=False).tolist())
    rows = []
    for i in range(n):
        for _ in range(2 if i in splits else 1):
            v = src[i] + rng.normal(scale=0.05, size=d).astype(np.float32)
            rows.append(v / np.linalg.norm(v))
    tgt = np.array(rows, dtype=np.float32)
    lengths = rng.integers(40, 200, size=n).astype(float)
    tgt_lengths = np.array(
        [lengths[i] / (2 if i in splits else 1) for i in range(n) for _ in range(2 if i in splits else 1)]
    )
    side_src = Side(src, lengths, np.zeros(n, bool))
    side_tgt = Side(tgt, tgt_lengths, np.zeros(len(tgt), bool))
    start = time.perf_counter()
    path = search(side_src, side_tgt, AlignConfig())
    seconds = time.perf_counter() - start
    return {"n": n, "m": len(tgt), "search_s": seconds, "beads": len(path), "peak_mb": _peak_mb()}


def end_to_end(n: int, m: int) -> dict[str, object]:
    """Encode and align n x m real sentences (Bible verses, numbered so that none repeats)."""
    from aligner.align import AlignConfig, align_encoded, encode_document
    from aligner.encoders import get_encoder
    from aligner.reader import parse_document

    en = (BENCH / "bible-5k" / "en" / "001").read_text(encoding="utf-8").splitlines()
    zh = (BENCH / "bible-5k" / "zh" / "001").read_text(encoding="utf-8").splitlines()
    src = "\n".join(f"{en[k % len(en)]} ({k // len(en)})" for k in range(n))
    tgt = "\n".join(f"{zh[k % len(zh)]}（{k // len(zh)}）" for k in range(m))
    encoder = get_encoder()
    config = AlignConfig()
    start = time.perf_counter()
    a = encode_document(parse_document(src, "en", presegmented=True), encoder, windows=config.encoded_windows)
    b = encode_document(parse_document(tgt, "zh", presegmented=True), encoder, windows=config.encoded_windows)
    embed = time.perf_counter() - start
    start = time.perf_counter()
    pair = align_encoded(a, b, config)
    search_s = time.perf_counter() - start
    return {
        "n": n,
        "m": m,
        "embed_s": embed,
        "search_s": search_s,
        "beads": len(pair.beads),
        "peak_mb": _peak_mb(),
    }


def _child(args: list[str]) -> dict[str, object]:
    done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--end-to-end", action="store_true")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        if kind == "set":
            print(json.dumps(run_set(rest[0])))
        elif kind == "scale":
            print(json.dumps(scaling(int(rest[0]), int(rest[1]))))
        else:
            print(json.dumps(end_to_end(int(rest[0]), int(rest[1]))))
        return
    print(
        f"{'set':<18}{'sents':>7}{'P':>7}{'R':>7}{'F1':>7}{'laxF1':>7}{'embed s':>9}{'search s':>9}{'peak MB':>9}"
    )
    for name in args.sets.split(","):
        if name != "seed" and not BENCH.exists():
            print(f"{name:<18} skipped: {BENCH} is not there")
            continue
        r = _child(["--child", "set", name])
        print(
            f"{name:<18}{r['sentences']:>7}{r['strict_p']:>7.3f}{r['strict_r']:>7.3f}{r['strict_f1']:>7.3f}"
            f"{r['lax_f1']:>7.3f}{r['embed_s']:>9.1f}{r['search_s']:>9.2f}{r['peak_mb']:>9.0f}"
        )
        if name == "seed":
            print(f"{'':<18}per rendering strict F1: {r['per_document']}")
    print("\nsearch alone, synthetic embeddings (512 dimensions):")
    print(f"{'source':>8}{'target':>8}{'search s':>10}{'peak MB':>9}")
    for n in (1000, 3000, 10000, 30000):
        r = _child(["--child", "scale", str(n), str(n * 4 // 3)])
        print(f"{r['n']:>8}{r['m']:>8}{r['search_s']:>10.2f}{r['peak_mb']:>9.0f}")
    if args.end_to_end:
        r = _child(["--child", "e2e", "30000", "40000"])
        print(
            f"\nend to end, {r['n']} x {r['m']} real sentences: embed {r['embed_s']:.0f} s, search {r['search_s']:.1f} s, "
            f"peak {r['peak_mb']:.0f} MB"
        )


if __name__ == "__main__":
    main()
