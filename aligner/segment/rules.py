"""Rule-based sentence boundaries inside one paragraph.

Latin and Cyrillic scripts: a sentence ends at a run of ``. ! ? …`` (with closing quotes and brackets after
it) that is followed by white space and then by something that can open a sentence: a capital letter, a digit,
an opening quote or bracket, ``¿ ¡`` or a dialogue dash. A lower-case word after the run never starts a new
sentence. A single dot is further checked against the word before it (see ``profiles``): abbreviations,
initials, dotted capitals ("U.S."), and German-style ordinals ("3. Oktober") do not end a sentence unless a
usual sentence opener follows them.

Chinese and Japanese: a sentence ends after ``。！？`` (``．`` in Japanese, and ``!?`` half-width) and any
closing quotes or brackets, unless more punctuation follows at once ("“走吧！”，他说"). An ellipsis (……) does
not end a sentence by itself. In Chinese a quotation ending in 。！？ ends the sentence only when a colon
introduced it (他说：“走吧。”) or another quotation follows; in Japanese a particle after the closing bracket
continues the sentence (「行こう。」と言った). A full-width semicolon ``；`` ends a sentence when the next clause opens with an
enumeration marker (一是 / 二是, 第一, （一）, 其次 ...), the way official Chinese texts write lists of points
that other languages write as separate sentences. In every other case, and in every other language, a
semicolon never ends a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from aligner.segment.profiles import Profile

_CLOSERS = "\"'”’»›)]}」』）》〉】〕"
# German closes quotations with “ and ‘, which open them in English: as closers they only ever follow a
# terminator directly, so both readings are safe in Latin text (not in CJK text, where “ opens a sentence).
_LATIN_CLOSERS = _CLOSERS + "“‘"
_OPENERS = "\"'“‘„«‹([{¿¡—–-「『（《〈【〔"

_LATIN_END = re.compile(
    r"(?P<term>\.{2,}|…+|[.!?‽]+)(?P<close>(?:[ \u00a0\u202f]?[»›])?[" + re.escape(_LATIN_CLOSERS) + r"]*)"
    r"(?P<space>\s+)"
)
_CJK_END = re.compile(r"(?P<term>[。！？!?｡]+|．)(?P<close>[" + re.escape(_CLOSERS) + r"]*)\s*")
_CJK_SEMI = re.compile(r"[；;]\s*")
# punctuation that cannot open a sentence: after a terminator it means the terminator was inside a clause
_CJK_NO_START = set("，、。；：！？…,.;:!?" + _CLOSERS)
_OPENER_STRIP = "".join(_OPENERS)
_TOKEN_BEFORE = re.compile(r"(\S+)\s*$")
_SHORT_DOTTED = re.compile(r"^[^\W\d_]{1,3}\.$")
_CAPITAL_DOTTED = re.compile(r"^[^\W\d_a-zа-яё]{1,2}\.$")
_NUMBER = re.compile(r"^\d+$")
_NUMBER_END = re.compile(r"(?:\d|\b[IVXLCDM]+)$")
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
# Japanese particles that continue a sentence after a quotation or an exclamation: 「行こう！」と言った
_JA_CONTINUE = set("とっのをがにではもや")
_QUOTE_CLOSE = set("”’」』")
_QUOTE_OPEN = "“‘「『"


def boundaries(text: str, profile: Profile) -> list[int]:
    """Offsets in ``text`` where a sentence ends (the end of the paragraph is not listed)."""
    found = _cjk_boundaries(text, profile) if profile.cjk else _latin_boundaries(text, profile)
    return sorted(set(found))


def _latin_boundaries(text: str, profile: Profile) -> Iterator[int]:
    for m in _LATIN_END.finditer(text):
        nxt = m.end()
        if nxt >= len(text):
            continue
        first = text[nxt]
        if not (
            first.isupper() or first.isdigit() or first in _OPENERS or (first.isalpha() and _caseless(first))
        ):
            continue
        if _ends_sentence(text, m.start("term"), m.group("term"), text[nxt:], profile):
            yield m.end("close")


def _caseless(ch: str) -> bool:
    """Letters of scripts without case (CJK, Arabic ...) may open a sentence."""
    return ch.lower() == ch.upper()


def _next_word(rest: str) -> str:
    word = re.match(r"[\W_]*([^\W_]+)", rest)
    return word.group(1).lower() if word else ""


def _ends_sentence(text: str, at: int, term: str, rest: str, profile: Profile) -> bool:
    if term != ".":
        return True  # ? ! … and runs of dots end a sentence before a capital
    before = _token_before(text, at)
    if before is None:
        return True
    token = before.group(1).lstrip(_OPENER_STRIP)
    if not token:
        return True
    nxt = _next_word(rest)
    starts = nxt in profile.starters
    next_is_number = rest[:1].isdigit()

    chain = _abbreviation_chain(text, before.start(1), token)
    if _CAPITAL_DOTTED.match(token + ".") and _CAPITAL_DOTTED.match(rest.split(None, 1)[0]):
        return False  # a chain of capitals goes on: "В. В. Путин", "EE. UU."
    for key in chain:
        if key in profile.never:
            return False
        if key in profile.terminal:
            return True
        if key in profile.after_number:
            return _number_before(text, before.start(1))
    key = token.lower()
    if key in profile.before_number and next_is_number:
        return False
    if profile.ordinal_dot and _NUMBER.match(token) and len(token) <= 3:
        return starts and nxt not in profile.months
    letters = token.replace(".", "")
    if len(chain) > 1 or "." in token:
        # a dotted chain not listed ("U.S.", "EE. UU.", "p.m."): an abbreviation, so it ends a sentence only
        # before a usual sentence opener ("in the U.S. He said" but "the U.S. Army")
        return starts and any(c.isalpha() for c in letters)
    if len(token) == 1 and token.isalpha():
        return starts  # an initial ("J. Smith", "В. Путин") unless a sentence opener follows
    return True


def _token_before(text: str, at: int) -> re.Match[str] | None:
    """The white-space-delimited token ending before ``at``; looks back a bounded window, so long lines stay
    linear."""
    return _TOKEN_BEFORE.search(text, max(0, at - 64), at)


def _abbreviation_chain(text: str, token_start: int, token: str) -> list[str]:
    """Keys for the abbreviation ending at ``token``, longest first: "т. д" gives ["т.д", "д"]."""
    parts = [token]
    pos = token_start
    while len(parts) < 4:
        prev = _token_before(text, pos)
        if prev is None or not _SHORT_DOTTED.match(prev.group(1)):
            break
        parts.insert(0, prev.group(1))
        pos = prev.start(1)
    keys = []
    for i in range(len(parts)):
        keys.append("".join(parts[i:]).lower())
    return keys


def _number_before(text: str, token_start: int) -> bool:
    prev = _token_before(text, token_start)
    return prev is not None and bool(_NUMBER_END.search(prev.group(1)))


def _ja_continues(nxt: str, close: str, term: str) -> bool:
    if close:
        return nxt in _JA_CONTINUE
    return term[-1] in "！？!?" and nxt in "とっ"


def _zh_quotation_ends(text: str, at: int, close: str, nxt: str) -> bool:
    """A quotation ending in 。！？ ends the sentence when a colon introduced it (他说：“走吧。”) or another
    quotation follows; one the sentence begins with or cites runs on (“你好！”她回答。)."""
    if not any(c in _QUOTE_CLOSE for c in close):
        return True
    opening = max(text.rfind(q, max(0, at - 2000), at) for q in _QUOTE_OPEN)
    if opening < 0:
        return True
    return (opening > 0 and text[opening - 1] in "：:") or nxt in _QUOTE_OPEN


def _cjk_boundaries(text: str, profile: Profile) -> Iterator[int]:
    for m in _CJK_END.finditer(text):
        if m.group("term") == "．" and profile.lang != "ja":
            continue
        nxt = m.end()
        if nxt >= len(text):
            continue
        if text[nxt] in _CJK_NO_START:
            continue
        term = m.group("term")
        if term[0] in "!?" and (m.start() == 0 or not _CJK_CHAR.match(text[m.start() - 1])):
            continue  # half-width ! ? after Latin text: "Yahoo!是"
        if profile.lang == "ja" and _ja_continues(text[nxt], m.group("close"), term):
            continue
        if profile.lang == "zh" and not _zh_quotation_ends(text, m.start(), m.group("close"), text[nxt]):
            continue
        yield m.end("close")
    if profile.enumeration_markers:
        for m in _CJK_SEMI.finditer(text):
            if text.startswith(profile.enumeration_markers, m.end()):
                yield m.start() + 1
