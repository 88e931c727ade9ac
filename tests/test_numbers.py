import pytest

from aligner.numbers import roman, values, zh_number


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("after the 18th CPC Congress", "en", ["18"]),
        ("党的十八大以来", "zh", ["18"]),
        ("после XVIII съезда", "ru", ["18"]),
        ("Firstly, we agree. Secondly, we act.", "en", ["1", "2"]),
        ("一是坚持原则；二是守正创新", "zh", ["1", "2"]),
        ("во-первых, мы; в-десятых, они", "ru", ["1", "10"]),
        ("3.5% of 1,000,000", "en", ["3.5", "1000000"]),
        ("3,5 % von 1.000.000", "de", ["3.5", "1000000"]),
        ("二〇二三年", "zh", ["2023"]),
        ("２０２３年１２月", "zh", ["2023", "m12"]),
        ("On December 27-28, a meeting", "en", ["27", "28", "m12"]),
        ("2023年12月27日至28日", "zh", ["2023", "27", "28", "m12"]),
        ("27–28 декабря, за десятилетие", "ru", ["27", "28", "m12", "10"]),
        ("over the past decade, we may", "en", ["10"]),
        ("Tenth, we are strengthening", "en", ["10"]),
        ("十是加强党中央集中统一领导", "zh", ["10"]),
    ],
)
def test_numbers_across_scripts(text: str, lang: str, expected: list[str]) -> None:
    assert values(text, lang) == expected


def test_chinese_numerals() -> None:
    assert [zh_number(t) for t in ("十八", "一百零五", "两千", "三万五千", "二〇二三", "十")] == [
        18,
        105,
        2000,
        35000,
        2023,
        10,
    ]
    assert zh_number("会议") is None


def test_roman_numerals() -> None:
    assert [roman(t) for t in ("XVIII", "MCMXLIX", "IV")] == [18, 1949, 4]
