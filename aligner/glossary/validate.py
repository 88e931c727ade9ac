"""Checks that keep a glossary usable: each problem with its file and line."""

from __future__ import annotations

from collections import defaultdict

from aligner.glossary.languages import is_language_code
from aligner.glossary.model import Glossary
from aligner.glossary.store import CONCEPTS_FILE, TERMS_FILE, Problem


def validate(glossary: Glossary) -> list[Problem]:
    """Duplicate concept ids, terms of unknown concepts, unknown language codes, empty terms, one term string
    with two statuses in one concept, the same preferred term in two concepts."""
    problems: list[Problem] = []
    first_line: dict[str, int] = {}
    for c in glossary.concepts:
        if not c.id:
            problems.append(Problem(CONCEPTS_FILE, c.line, "empty concept id"))
        elif c.id in first_line:
            problems.append(
                Problem(
                    CONCEPTS_FILE, c.line, f"duplicate concept id {c.id!r} (first on line {first_line[c.id]})"
                )
            )
        else:
            first_line[c.id] = c.line
    statuses: dict[tuple[str, str, str], tuple[str, int]] = {}
    preferred: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    for t in glossary.terms:
        if not t.text:
            problems.append(Problem(TERMS_FILE, t.line, f"empty term in concept {t.concept!r}"))
            continue
        if t.concept not in first_line:
            problems.append(
                Problem(TERMS_FILE, t.line, f"term {t.text!r} belongs to unknown concept {t.concept!r}")
            )
        if not is_language_code(t.lang):
            problems.append(
                Problem(
                    TERMS_FILE, t.line, f"unknown language code {t.lang!r} (use ISO 639-1, e.g. en, zh, ru)"
                )
            )
        key = (t.concept, t.lang, t.text.casefold())
        if key in statuses and statuses[key][0] != t.status:
            status, line = statuses[key]
            problems.append(
                Problem(TERMS_FILE, t.line, f"term {t.text!r} is {t.status} here but {status} on line {line}")
            )
        statuses.setdefault(key, (t.status, t.line))
        if t.status == "preferred":
            preferred[(t.lang, t.text.casefold())].append((t.concept, t.line))
    for (lang, text), owners in preferred.items():
        concepts = sorted({c for c, _ in owners})
        if len(concepts) > 1:
            line = max(line for _, line in owners)
            problems.append(
                Problem(
                    TERMS_FILE, line, f"preferred {lang} term {text!r} in two concepts: {', '.join(concepts)}"
                )
            )
    return problems
