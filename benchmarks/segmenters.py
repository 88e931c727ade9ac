"""Compare aligner's rule segmenter with maintained libraries on the project's hard cases.

Prints, per language, how many cases each segmenter gets exactly right, and the time to segment the seed set.
pysbd and sentencex are optional: `pip install pysbd sentencex` to include them.

    python benchmarks/segmenters.py
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from aligner.segment import split_sentences  # noqa: E402
from tests.segment_cases import CASES  # noqa: E402

Splitter = Callable[[str, str], list[str]]


def _ours(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


def _candidates() -> dict[str, Splitter]:
    found: dict[str, Splitter] = {"aligner rules-1": _ours}
    try:
        import pysbd

        found["pysbd"] = lambda text, lang: [
            s.strip() for s in pysbd.Segmenter(language=lang, clean=False).segment(text)
        ]
    except ImportError:
        pass
    try:
        import sentencex

        found["sentencex"] = lambda text, lang: [s.strip() for s in sentencex.segment(lang, text)]
    except ImportError:
        pass
    return found


def main() -> None:
    splitters = _candidates()
    print(f"{'lang':<6}" + "".join(f"{name:>18}" for name in splitters))
    totals = dict.fromkeys(splitters, 0)
    for lang, cases in CASES.items():
        row = f"{lang:<6}"
        for name, split in splitters.items():
            good = sum(split(text, lang) == expected for text, expected in cases)
            totals[name] += good
            row += f"{f'{good}/{len(cases)}':>18}"
        print(row)
    n = sum(len(c) for c in CASES.values())
    print(f"{'all':<6}" + "".join(f"{f'{totals[name]}/{n}':>18}" for name in splitters))
    seed = (ROOT / "seeds" / "cfawc-2023" / "000_7bb629c7fcce0667.txt").read_text(encoding="utf-8") * 100
    start = time.perf_counter()
    count = sum(len(split_sentences(line, "en")) for line in seed.splitlines())
    print(f"aligner rules-1: {count} sentences in {time.perf_counter() - start:.2f} s (seed x100)")


if __name__ == "__main__":
    main()
