"""Finding every occurrence of every term of a glossary in a text, in one pass per normalised view.

An Aho-Corasick automaton (pyahocorasick) holds the normalised keys of all terms of one language; the text is
normalised the same way (see ``normalize``) and scanned once; overlapping hits are resolved leftmost-longest,
and each occurrence lists the other concepts found inside it ("Joint Staff Department of the Central Military
Commission" is one occurrence of ``cmc_joint_staff`` that contains ``central_military_commission``).
"""

from __future__ import annotations

from dataclasses import dataclass

import ahocorasick

from aligner.glossary.languages import base_language
from aligner.glossary.model import Glossary, Status, Term
from aligner.glossary.normalize import CharacterNormalizer, SpanMap, normalizer_for


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One term found in a text; ``start``/``end`` are code-point offsets into the text searched."""

    start: int
    end: int
    text: str
    concept: str
    term: str
    status: Status
    preferred: str
    contains: tuple[str, ...] = ()


class TermMatcher:
    """All terms of one language of a glossary, ready to search texts.

    >>> from aligner.glossary import load_glossary
    >>> matcher = TermMatcher(load_glossary("glossary"), "en")  # doctest: +SKIP
    >>> [o.concept for o in matcher.find("the Central Military Council met")]  # doctest: +SKIP
    ['central_military_commission']
    """

    def __init__(self, glossary: Glossary, lang: str, *, traditional: bool = False) -> None:
        self.lang = lang
        self.normalizer = normalizer_for(lang, traditional=traditional)
        base = base_language(lang)
        self.terms: list[Term] = [t for t in glossary.terms if base_language(t.lang) == base]
        self._preferred = {t.concept: glossary.preferred(t.concept, t.lang) for t in self.terms}
        # the same span under two terms: report the one most worth a translator's attention first
        order = ("forbidden", "deprecated", "admitted", "preferred")
        self._rank = [order.index(t.status) for t in self.terms]
        self._automata: dict[bool, ahocorasick.Automaton] = {}
        buckets: dict[bool, dict[str, list[int]]] = {False: {}, True: {}}
        for index, term in enumerate(self.terms):
            sensitive = term.case_sensitive and not isinstance(self.normalizer, CharacterNormalizer)
            for key in self.normalizer.keys(term.text, case_sensitive=sensitive):
                buckets[sensitive].setdefault(key, []).append(index)
        for sensitive, keys in buckets.items():
            if keys:
                automaton = ahocorasick.Automaton()
                for key, indices in keys.items():
                    automaton.add_word(key, (len(key), tuple(indices)))
                automaton.make_automaton()
                self._automata[sensitive] = automaton

    def find(self, text: str) -> list[Occurrence]:
        """Every occurrence in ``text``, in order, overlaps resolved leftmost-longest."""
        pad = 0 if isinstance(self.normalizer, CharacterNormalizer) else 1  # keys are " w1 w2 "
        views: list[tuple[list[tuple[int, int, int]], SpanMap]] = []
        for sensitive, automaton in self._automata.items():
            for view, span in self.normalizer.views(text, case_sensitive=sensitive):
                hits = [
                    (end - length + 1 + pad, end + 1 - pad, i)
                    for end, (length, indices) in automaton.iter(view)
                    for i in indices
                ]
                if hits:
                    views.append((hits, span))
        if not views:
            return []
        if len(views) == 1:  # the usual case: resolve overlaps in the view, map back only the winners
            hits, span = views[0]
        else:
            hits = [(*view_span(a, b), i) for found, view_span in views for a, b, i in found]
            span = _same
        occurrences = []
        for a, b, index, contains in self._resolve(hits):
            start, stop = span(a, b)
            term = self.terms[index]
            occurrences.append(
                Occurrence(
                    start,
                    stop,
                    text[start:stop],
                    term.concept,
                    term.text,
                    term.status,
                    self._preferred.get(term.concept, ""),
                    contains,
                )
            )
        return occurrences

    def _resolve(self, hits: list[tuple[int, int, int]]) -> list[tuple[int, int, int, tuple[str, ...]]]:
        """Leftmost-longest non-overlapping hits, each with the other concepts found inside it."""
        if len(hits) > 1:
            rank = self._rank
            hits = sorted(set(hits), key=lambda h: (h[0], h[0] - h[1], rank[h[2]]))
        chosen = []
        taken_until = -1
        for n, (start, stop, index) in enumerate(hits):
            if start < taken_until:
                continue
            inside: set[str] = set()
            for s, e, i in hits[n + 1 :]:  # sorted by start: what lies inside comes next
                if s >= stop:
                    break
                if e <= stop:
                    inside.add(self.terms[i].concept)
            inside.discard(self.terms[index].concept)
            chosen.append((start, stop, index, tuple(sorted(inside)) if inside else ()))
            taken_until = stop
        return chosen


def _same(a: int, b: int) -> tuple[int, int]:
    return a, b
