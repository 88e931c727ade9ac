"""The hf: encoder path, offline: a tiny randomly initialised BERT and a tokenizer trained here, saved to a
folder and loaded back with local files only."""

import json
from pathlib import Path

import numpy as np
import pytest

from aligner.encoders import get_encoder
from aligner.errors import AlignerError

torch = pytest.importorskip("torch")
tokenizers = pytest.importorskip("tokenizers")
transformers = pytest.importorskip("transformers")

CORPUS = [
    "The conference was held in Beijing.",
    "会议在北京举行。",
    "Совещание прошло в Пекине.",
    "A community with a shared future for mankind.",
    "人类命运共同体",
    "сообщество единой судьбы человечества",
] * 20


def _save_tiny_model(folder: Path, *, sentence_transformers_pooling: str | None = None) -> Path:
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers

    tok = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.train_from_iterator(
        CORPUS,
        trainers.WordPieceTrainer(
            vocab_size=200, special_tokens=["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
        ),
    )
    fast = transformers.PreTrainedTokenizerFast(
        tokenizer_object=tok,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
    )
    config = transformers.BertConfig(
        vocab_size=fast.vocab_size,
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=64,
    )
    torch.manual_seed(0)
    model = transformers.BertModel(config)
    folder.mkdir(parents=True)
    fast.save_pretrained(folder)
    model.save_pretrained(folder)
    if sentence_transformers_pooling:
        (folder / "modules.json").write_text(
            json.dumps(
                [{"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"}]
            )
        )
        (folder / "1_Pooling").mkdir()
        key = f"pooling_mode_{sentence_transformers_pooling}"
        (folder / "1_Pooling" / "config.json").write_text(json.dumps({key: True}))
    return folder


def test_loads_offline_and_encodes_normalised_vectors_in_input_order(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    folder = _save_tiny_model(tmp_path / "tiny")
    encoder = get_encoder(f"hf:{folder}")
    sentences = ["会议在北京举行。", "The conference was held in Beijing, as planned long before.", "Пекин"]
    vectors = encoder.encode(sentences)
    assert vectors.shape == (3, 32) and vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, rtol=1e-5)
    # batching sorts by length; the rows still come back in input order
    one_by_one = np.vstack([encoder.encode([s]) for s in sentences])
    np.testing.assert_allclose(vectors, one_by_one, atol=1e-5)
    assert encoder.name == "hf:tiny/mean"


@pytest.mark.parametrize(
    ("name", "pooling"), [("LaBSE-tiny", "pooler"), ("multilingual-e5-tiny", "mean"), ("bge-m3-tiny", "cls")]
)
def test_pooling_follows_the_model_family(tmp_path: Path, name: str, pooling: str) -> None:
    encoder = get_encoder(f"hf:{_save_tiny_model(tmp_path / name)}")
    assert encoder.name.endswith(f"/{pooling}")


def test_sentence_transformers_folder_sets_the_pooling(tmp_path: Path) -> None:
    folder = _save_tiny_model(tmp_path / "st-model", sentence_transformers_pooling="cls_token")
    assert get_encoder(f"hf:{folder}").name == "hf:st-model/cls"


def test_e5_gets_its_query_prefix(tmp_path: Path) -> None:
    encoder = get_encoder(f"hf:{_save_tiny_model(tmp_path / 'multilingual-e5-tiny')}")
    plain = get_encoder(f"hf:{_save_tiny_model(tmp_path / 'plain')}")
    text = ["The conference was held in Beijing."]
    assert not np.allclose(encoder.encode(text), plain.encode(text))


def test_a_missing_model_is_a_clear_error_and_nothing_is_downloaded(monkeypatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(AlignerError, match="never downloads models"):
        get_encoder("hf:no-such-org/no-such-model")
