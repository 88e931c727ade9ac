import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.errors import InputError
from aligner.reader import decode, fold, parse_document, read_document

TEXT = "Mr. Li came.\r\nHe sat. “Why?” she asked.\r\n\r\n第一段。第二句！\r\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8 (BOM)"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le (BOM)"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be (BOM)"),
    ],
)
def test_encodings_decode_to_the_same_text_without_bom(data: bytes, encoding: str) -> None:
    decoded = decode(data, "f.txt")
    assert decoded.text == TEXT
    assert decoded.encoding == encoding


def test_offsets_point_into_the_text_as_read_with_crlf(tmp_path) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(codecs.BOM_UTF8 + TEXT.encode("utf-8"))
    doc = read_document(path, "en")
    assert [s.text for s in doc.sentences] == [
        "Mr. Li came.",
        "He sat.",
        "“Why?” she asked.",
        "第一段。第二句！",
    ]
    for s in doc.sentences:
        assert doc.text[s.start : s.end] == s.text
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1, 2]
    assert (doc.sentences[1].start, doc.sentences[1].end) == (14, 21)


def test_line_mode_makes_every_line_a_paragraph() -> None:
    doc = parse_document("One. Two.\nThree.\n\nFour.", "en", paragraphs="line")
    assert [(s.text, s.paragraph) for s in doc.sentences] == [
        ("One.", 0),
        ("Two.", 0),
        ("Three.", 1),
        ("Four.", 2),
    ]
    assert [(p.first, p.stop) for p in doc.paragraphs] == [(0, 2), (2, 3), (3, 4)]


def test_blank_mode_joins_wrapped_lines_and_keeps_raw_offsets() -> None:
    text = "A sentence that is\nwrapped here. Another\none.\n\nNew paragraph."
    doc = parse_document(text, "en", paragraphs="blank")
    assert [(s.text, s.paragraph) for s in doc.sentences] == [
        ("A sentence that is wrapped here.", 0),
        ("Another one.", 0),
        ("New paragraph.", 1),
    ]
    assert doc.text[doc.sentences[0].start : doc.sentences[0].end] == "A sentence that is\nwrapped here."


def test_auto_mode_detects_hard_wrapped_text() -> None:
    wrapped = "The first paragraph is\nwrapped over lines that\nend in the middle.\n\nThe second\none too."
    assert len(parse_document(wrapped, "en").paragraphs) == 2
    one_per_line = "First line.\nSecond line.\n\nThird line."
    assert len(parse_document(one_per_line, "en").paragraphs) == 3


def test_chinese_line_wraps_vanish_when_folded() -> None:
    assert fold("中华民族\n伟大复兴") == "中华民族伟大复兴"
    assert fold("Central\r\n  Military") == "Central Military"


def test_presegmented_keeps_each_line_and_blank_lines_break_paragraphs() -> None:
    doc = parse_document("Mr. Li came. He sat.\n  Second line  \n\nThird\n", "en", presegmented=True)
    assert [(s.text, s.paragraph, s.index) for s in doc.sentences] == [
        ("Mr. Li came. He sat.", 0, 0),
        ("Second line", 0, 1),
        ("Third", 1, 2),
    ]
    assert doc.segmenter == "presegmented"


def test_sentence_ids_name_paragraph_and_index() -> None:
    doc = parse_document("Hi there. Go now.\nYes sir.", "en")
    assert [s.id for s in doc.sentences] == ["p0.s0", "p0.s1", "p1.s2"]
    assert doc.starts_paragraph(2) and not doc.starts_paragraph(1)


def test_undecodable_bytes_name_the_offset() -> None:
    with pytest.raises(InputError, match=r"bad\.txt: not valid UTF-8 at byte offset 6 \(byte 0xff\)"):
        decode(b"Hello \xff there", "bad.txt")


def test_invalid_utf16_names_the_offset() -> None:
    data = codecs.BOM_UTF16_LE + "ab".encode("utf-16-le") + b"\x00\xd8\x41\x00"  # lone surrogate
    with pytest.raises(InputError, match=r"not valid UTF-16-LE at byte offset 6"):
        decode(data, "u16.txt")


_FRAGMENTS = st.sampled_from(
    [
        "Mr.",
        "Li",
        "came",
        ".",
        "!",
        "?",
        " ",
        " ",
        "\n",
        "\r\n",
        "\n\n",
        "U.S.",
        "3.5%",
        "“",
        "”",
        "«",
        "»",
        "会议",
        "。",
        "；",
        "二是",
        "В.",
        "Путин",
        "...",
        "…",
        "\t",
        "etc.",
        "He",
        "(",
        ")",
        "z. B.",
        "A",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    parts=st.lists(_FRAGMENTS, min_size=1, max_size=60),
    lang=st.sampled_from(["en", "ru", "zh", "ja", "de", "fr", "es", "xx"]),
    mode=st.sampled_from(["line", "blank", "auto", "preseg"]),
)
def test_every_character_lands_in_exactly_one_sentence(parts: list[str], lang: str, mode: str) -> None:
    text = "".join(parts)
    if not text.strip():
        return
    if mode == "preseg":
        doc = parse_document(text, lang, presegmented=True)
    else:
        doc = parse_document(text, lang, paragraphs=mode)  # type: ignore[arg-type]
    covered = [0] * len(text)
    last_end = 0
    for i, s in enumerate(doc.sentences):
        assert s.index == i
        assert s.start >= last_end and s.end > s.start
        last_end = s.end
        assert s.text == fold(text[s.start : s.end])
        for k in range(s.start, s.end):
            covered[k] += 1
    for k, ch in enumerate(text):
        assert covered[k] <= 1
        assert covered[k] == 1 or ch.isspace(), f"character {k} {ch!r} is in no sentence"
    assert [p.first for p in doc.paragraphs] == sorted(p.first for p in doc.paragraphs)
    assert sum(p.stop - p.first for p in doc.paragraphs) == len(doc.sentences)
