"""Numbers as a reader sees them, across scripts: "18th", "十八", "XVIII", "восемнадцатый" are all 18.

Used as alignment anchors and for the number-mismatch check. ``values(text, lang)`` returns the integer values
(and decimal strings) a sentence mentions, with enumeration markers ("Firstly", "二是", "во-вторых") as
ordinals.
"""

from __future__ import annotations

import re

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_ZH_DIGIT = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_ZH_UNIT = {"十": 10, "百": 100, "千": 1000, "万": 10_000}
_ZH_NUMBER = re.compile(r"[零〇一二两三四五六七八九十百千万]+")
_ROMAN = re.compile(r"\b[IVXLCDM]{2,}\b")
_ROMAN_VALUE = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

_ORDINALS = {
    "en": ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth", ("", "ly")),
    "fr": (
        "premier deuxième troisième quatrième cinquième sixième septième huitième neuvième dixième",
        ("", "ment"),
    ),
    "de": ("erst zweit dritt viert fünft sechst siebt acht neunt zehnt", ("ens", "e", "er", "es", "en")),
    "es": ("primer segund tercer cuart quint sext séptim octav noven décim", ("o", "a", "os", "as", "")),
}
_RU_ORDINALS = ["перв", "втор", "трет", "четв", "пят", "шест", "седьм", "восьм", "девят", "десят"]
# month names (and their usual abbreviations), which stand for numbers in dates: "December 27" / "12月27日"
_MONTHS = {
    "en": "jan feb mar apr may jun jul aug sep oct nov dec",
    "fr": "janv févr mars avr mai juin juil août sept oct nov déc",
    "de": "jan feb mär apr mai jun jul aug sep okt nov dez",
    "es": "ene feb mar abr may jun jul ago sep oct nov dic",
    "ru": "янв фев мар апр ма июн июл авг сен окт ноя дек",
}
# number words that official texts use where Chinese writes a numeral ("a decade" / 十年, "a century" / 百年);
# "one" is left out: "one another", "no one"
_EN_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "twenty": 20,
    "hundred": 100,
    "thousand": 1000,
    "decade": 10,
    "century": 100,
}
_EN_TEENS = {
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
}


def zh_number(text: str) -> int | None:
    """十八 -> 18, 二〇二三 -> 2023, 一百零五 -> 105; None if it is not a number."""
    if not text:
        return None
    if all(c in _ZH_DIGIT for c in text) and len(text) > 1:  # digit by digit, as in years
        return int("".join(str(_ZH_DIGIT[c]) for c in text))
    total, section, digit = 0, 0, None
    for c in text:
        if c in _ZH_DIGIT:
            digit = _ZH_DIGIT[c]
        elif c in _ZH_UNIT:
            unit = _ZH_UNIT[c]
            if unit == 10_000:
                total = (total + section + (digit or 0)) * unit
                section = 0
            else:
                section += (1 if digit is None else digit) * unit
            digit = None
        else:
            return None
    return total + section + (digit or 0)


def roman(text: str) -> int | None:
    values = [_ROMAN_VALUE[c] for c in text]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return total if 0 < total < 4000 else None


def _month_context(lowered: str, stem: str) -> bool:
    """A month name beside a number ("December 27", "27 декабря"), not the verb "may" or the word "mars"."""
    return bool(re.search(rf"\d\s*(?:-\d+\s*)?{stem}|(?<!\w){stem}\w*\.?\s*\d", lowered))


def _enumerated(text: str, start: int, end: int) -> bool:
    """一 as a number: an enumeration (一是, 第一, 其一, 一、) or before a measure word (一个, 一项, 一年)."""
    after = text[end : end + 1]
    return after in ("是", "、", "项", "次", "年", "条", "位") or text[max(0, start - 1) : start] in (
        "第",
        "其",
    )


def values(text: str, lang: str = "en") -> list[str]:
    """Normalised numbers in ``text``: digits (thousands separators dropped), CJK numerals, Roman numerals,
    ordinal words and enumeration markers, each as a string ("18", "3.5"); month names next to a number as
    "m12" (the zh/ja month "12月" is read as digits and also gives "m12")."""
    base = lang.split("-")[0].lower()
    text = text.translate(_FULLWIDTH_DIGITS)
    found = []
    for m in _DIGITS.finditer(text):
        raw = m.group()
        if base in ("zh", "ja") and text[m.end() : m.end() + 1] == "月":
            continue  # a month: counted below as "m12"
        if re.fullmatch(r"\d{1,3}(?:,\d{3})+", raw) or (
            re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw) and base in ("de", "ru", "es", "fr")
        ):
            raw = raw.replace(",", "").replace(".", "")
        found.append(raw.replace(",", ".") if base in ("de", "ru", "es", "fr") else raw)
    if base in ("zh", "ja"):
        found += [f"m{int(m.group(1))}" for m in re.finditer(r"(\d{1,2})\s*月", text)]
        for m in _ZH_NUMBER.finditer(text):
            if m.group() in ("一", "两") and not _enumerated(text, m.start(), m.end()):
                continue  # 统一, 一切, 进一步, 一带一路: "one" inside words, not a number
            value = zh_number(m.group())
            if value is not None:
                found.append(str(value))
    for m in _ROMAN.finditer(text):
        value = roman(m.group())
        if value is not None:
            found.append(str(value))
    lowered = text.lower()
    if base in _ORDINALS:
        stems, endings = _ORDINALS[base]
        for n, stem in enumerate(stems.split(), 1):
            if re.search(rf"\b{stem}(?:{'|'.join(endings)})\b", lowered):
                found.append(str(n))
        if base == "en":
            found += [str(v) for w, v in _EN_TEENS.items() if re.search(rf"\b{w}\b", lowered)]
            found += [str(v) for w, v in _EN_WORDS.items() if re.search(rf"\b{w}s?\b", lowered)]
    if base in _MONTHS:
        for n, stem in enumerate(_MONTHS[base].split(), 1):
            if re.search(rf"(?<!\w){stem}\w*(?:\.|\b)", lowered) and _month_context(lowered, stem):
                found.append(f"m{n}")
    if base == "ru":
        found += [str(v) for stem, v in (("десятилет", 10), ("столет", 100)) if stem in lowered]
        for n, stem in enumerate(_RU_ORDINALS, 1):
            if re.search(
                rf"\b(?:во?-|в-){stem}\w*|\b{stem}(?:ый|ой|ий|ая|ое|ые|ого|ому|ом|ую|ых|ым)\b", lowered
            ):
                found.append(str(n))
    return found
