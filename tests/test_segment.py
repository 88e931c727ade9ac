import pytest

from aligner.segment import split_sentences
from tests.segment_cases import CASES


def _split(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [(lang, text, expected) for lang, cases in CASES.items() for text, expected in cases],
    ids=[f"{lang}-{i}" for lang, cases in CASES.items() for i in range(len(cases))],
)
def test_hard_case(lang: str, text: str, expected: list[str]) -> None:
    assert _split(text, lang) == expected


def test_at_least_25_cases_per_language() -> None:
    assert {lang: len(cases) >= 25 for lang, cases in CASES.items()} == dict.fromkeys(CASES, True)


def test_region_and_case_variants_of_a_language_code() -> None:
    text = "Mr. Li came. He sat."
    assert _split(text, "en-GB") == _split(text, "EN") == ["Mr. Li came.", "He sat."]


def test_unknown_language_uses_generic_rules() -> None:
    assert _split("Tere. Kuidas läheb?", "et") == ["Tere.", "Kuidas läheb?"]


def test_long_line_is_segmented_in_linear_time() -> None:
    text = "This is one sentence with the U.S. in it. " * 20000
    assert len(split_sentences(text, "en")) == 20000
