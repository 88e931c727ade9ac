"""Anchors: what a translation keeps, read the same way in every script, and only what both sides have."""

import numpy as np

from aligner.align import encode_document
from aligner.align.anchors import anchor_matrices, features
from aligner.glossary import load_glossary
from aligner.reader import parse_document
from tests.conftest import ROOT
from tests.fake_encoder import TrigramEncoder

ZH = "第一，坚持党的领导。一是加强GDP统计，2023年完成。"
EN = "Firstly, we uphold the leadership; first, GDP statistics are strengthened, finished in 2023."
RU = "Во-первых, мы укрепляем статистику GDP, завершённую в 2023 году."


def test_numbers_enumeration_markers_and_acronyms_agree_across_scripts() -> None:
    zh, en, ru = (set(features(text, lang)) for text, lang in ((ZH, "zh"), (EN, "en"), (RU, "ru")))
    shared = {"#2023", "#1", "w:gdp"}  # 第一 / 一是 / Firstly / во-первых are all "1"; GDP inside Chinese
    assert shared <= zh and shared <= en and shared <= ru


def test_short_lowercase_words_are_not_anchors() -> None:
    assert not {"w:the", "w:we", "w:are", "w:und"} & set(features("We are the best und so weiter.", "en"))


def test_only_features_both_documents_have_get_a_column() -> None:
    src = [features(EN, "en"), features("Nothing to see.", "en")]
    tgt = [features(ZH, "zh")]
    a, b = anchor_matrices(src, tgt)
    assert a.shape[1] == b.shape[1] == 3  # #1, #2023, w:gdp; "uphold", "leadership" are English only
    assert a[1].sum() == 0 and np.all(a[0] > 0) and np.all(b[0] > 0)


def test_glossary_concepts_are_anchors() -> None:
    glossary = load_glossary(ROOT / "glossary")
    en = parse_document("We build a community with a shared future for mankind.", "en")
    zh = parse_document("我们构建人类命运共同体。", "zh")
    feats = [encode_document(d, TrigramEncoder(), glossary=glossary).features[0] for d in (en, zh)]
    assert "c:community_shared_future" in feats[0] and "c:community_shared_future" in feats[1]
