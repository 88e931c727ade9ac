"""Glossary matching speed: 10,000 synthetic multi-word terms per language against 200,000 sentences.

Prints, per language, the time to load the glossary from its TSV files and build the matcher, sentences per
second, occurrences found, and the process's peak memory. Goal (English, 2 cores): >= 50,000 sentences/s after
loading, load < 2 s.

    python benchmarks/glossary.py [--sentences 200000] [--terms 10000] [--langs en,ru,zh]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aligner.glossary import Concept, Glossary, Term, TermMatcher, load_glossary
from aligner.glossary.store import save

WORDS = {
    "en": [
        "policy",
        "state",
        "council",
        "committee",
        "development",
        "security",
        "global",
        "cooperation",
        "initiative",
        "national",
        "people",
        "central",
        "military",
        "foreign",
        "affairs",
        "economic",
        "strategic",
        "modern",
        "reform",
        "open",
        "trade",
        "investment",
        "partnership",
        "international",
        "community",
        "future",
        "shared",
        "common",
        "peace",
        "stability",
        "governance",
        "system",
        "leadership",
        "party",
    ],
    "ru": [
        "политика",
        "государство",
        "совет",
        "комитет",
        "развитие",
        "безопасность",
        "глобальный",
        "сотрудничество",
        "инициатива",
        "национальный",
        "народ",
        "центральный",
        "военный",
        "иностранный",
        "дело",
        "экономический",
        "стратегический",
        "реформа",
        "торговля",
        "партнёрство",
        "международный",
        "сообщество",
        "будущее",
        "общий",
        "мир",
        "стабильность",
        "управление",
        "система",
        "руководство",
    ],
    "zh": list(
        "政策国家委员会发展安全全球合作倡议民族人民中央军事外交经济战略现代改革开放贸易投资伙伴国际社会未来共享和平稳定治理体系领导"
    ),
}


def synthetic_glossary(lang: str, n_terms: int, rng: random.Random) -> Glossary:
    vocab = WORDS[lang]
    joiner = "" if lang == "zh" else " "
    concepts, terms, seen = [], [], set()
    while len(terms) < n_terms:
        text = joiner.join(rng.choice(vocab) for _ in range(rng.randint(2, 5)))
        if text in seen:
            continue
        seen.add(text)
        cid = f"c{len(terms)}"
        concepts.append(Concept(cid, "synthetic"))
        terms.append(Term(cid, lang, text, rng.choice(["preferred", "admitted", "deprecated", "forbidden"])))
    return Glossary(tuple(concepts), tuple(terms))


def sentences(lang: str, n: int, glossary: Glossary, rng: random.Random) -> list[str]:
    """Sentences of 12-30 words from a filler vocabulary, with a glossary term in about every other one (real
    texts of the domain have fewer: this is a hard case)."""
    if lang == "zh":  # characters of no term, so that matches come only from the terms put in
        used = set("".join(WORDS["zh"]))
        letters = [chr(c) for c in range(0x4E00, 0x9FA6) if chr(c) not in used]
        filler = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 3))) for _ in range(5000)]
    else:
        letters = sorted({c for w in WORDS[lang] for c in w})
        filler = ["".join(rng.choice(letters) for _ in range(rng.randint(2, 9))) for _ in range(5000)]
    joiner = "" if lang == "zh" else " "
    end = "。" if lang == "zh" else "."
    out = []
    for _ in range(n):
        words = [rng.choice(filler) for _ in range(rng.randint(12, 30))]
        for _ in range(rng.choice((0, 0, 1, 1, 2))):
            words.insert(rng.randrange(len(words)), rng.choice(glossary.terms).text)
        out.append(joiner.join(words).capitalize() + end)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sentences", type=int, default=200_000)
    parser.add_argument("--terms", type=int, default=10_000)
    parser.add_argument("--langs", default="en,ru,zh")
    args = parser.parse_args()
    rng = random.Random(7)
    print(f"{'lang':<5}{'terms':>7}{'load s':>8}{'sentences':>11}{'match s':>9}{'sent/s':>10}{'found':>9}")
    for lang in args.langs.split(","):
        glossary = synthetic_glossary(lang, args.terms, rng)
        texts = sentences(lang, args.sentences, glossary, rng)
        with tempfile.TemporaryDirectory() as tmp:
            save(glossary, tmp)
            start = time.perf_counter()
            matcher = TermMatcher(load_glossary(tmp), lang)
            load_s = time.perf_counter() - start
        start = time.perf_counter()
        found = sum(len(matcher.find(text)) for text in texts)
        match_s = time.perf_counter() - start
        print(
            f"{lang:<5}{args.terms:>7}{load_s:>8.2f}{len(texts):>11}{match_s:>9.2f}{len(texts) / match_s:>10.0f}{found:>9}"
        )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS of the process): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
