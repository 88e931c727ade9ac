"""Any Hugging Face sentence encoder through ``transformers``, from local files only (needs PyTorch).

``hf:PATH`` loads a saved model folder; ``hf:NAME`` a model already in the Hugging Face cache. Nothing is ever
downloaded: a model that is not there is an error that says so. Pooling and prefixes follow the model family:

- a sentence-transformers folder (``modules.json`` with a Pooling module): its pooling mode;
- LaBSE: the pooler output (CLS, dense, tanh);
- E5 (multilingual-e5 and the like): mean pooling over ``"query: " + text``;
- BGE-M3: the CLS vector;
- anything else: mean pooling.

Sentences are batched by length (less padding), on the GPU when there is one; vectors are L2-normalised.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from aligner.errors import AlignerError


def _family(name: str, folder: Path | None) -> tuple[str, str]:
    """(pooling, prefix) for a model."""
    lowered = name.lower()
    if folder is not None:
        pooling = _sentence_transformers_pooling(folder)
        if pooling:
            return pooling, "query: " if "e5" in lowered else ""
    if "labse" in lowered:
        return "pooler", ""
    if "e5" in lowered:
        return "mean", "query: "
    if "bge" in lowered:
        return "cls", ""
    return "mean", ""


def _sentence_transformers_pooling(folder: Path) -> str:
    modules = folder / "modules.json"
    if not modules.is_file():
        return ""
    for module in json.loads(modules.read_text(encoding="utf-8")):
        if module.get("type", "").endswith("Pooling"):
            config_file = folder / module.get("path", "") / "config.json"
            if config_file.is_file():
                config = json.loads(config_file.read_text(encoding="utf-8"))
                if config.get("pooling_mode_cls_token"):
                    return "cls"
                if config.get("pooling_mode_mean_tokens"):
                    return "mean"
    return ""


class HuggingFaceEncoder:
    def __init__(self, path_or_name: str, *, batch_size: int = 32, max_length: int = 256) -> None:
        try:
            import torch
        except ImportError:
            raise AlignerError("the hf: encoders need PyTorch: pip install 'aligner[torch]'") from None
        from transformers import AutoModel, AutoTokenizer

        folder = Path(path_or_name).expanduser()
        source = str(folder) if folder.is_dir() else path_or_name
        try:
            self._tokenizer: Any = AutoTokenizer.from_pretrained(source, local_files_only=True)
            self._model: Any = AutoModel.from_pretrained(source, local_files_only=True)
        except (OSError, ValueError) as err:
            where = (
                f"folder {folder}"
                if folder.is_dir()
                else f"model {path_or_name!r} in the local Hugging Face cache"
            )
            raise AlignerError(
                f"cannot load the {where} ({str(err).splitlines()[0][:200]}); aligner never downloads models: "
                "save the model to a folder and pass hf:FOLDER"
            ) from None
        self._torch = torch
        self._device = "cuda" if torch.cuda.is_available() else "cpu"
        self._model.to(self._device).eval()
        self._pooling, self._prefix = _family(path_or_name, folder if folder.is_dir() else None)
        self._batch_size, self._max_length = batch_size, max_length
        self._name = f"hf:{folder.name if folder.is_dir() else path_or_name}/{self._pooling}"

    @property
    def name(self) -> str:
        return self._name

    def encode(self, sentences: Sequence[str]) -> np.ndarray:
        torch = self._torch
        dim = int(self._model.config.hidden_size)
        out = np.zeros((len(sentences), dim), dtype=np.float32)
        order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
        with torch.inference_mode():
            for start in range(0, len(order), self._batch_size):
                batch = order[start : start + self._batch_size]
                inputs = self._tokenizer(
                    [self._prefix + sentences[i] for i in batch],
                    padding=True,
                    truncation=True,
                    max_length=self._max_length,
                    return_tensors="pt",
                ).to(self._device)
                output = self._model(**inputs)
                vectors = self._pool(output, inputs["attention_mask"])
                vectors = torch.nn.functional.normalize(vectors.float(), dim=-1)
                out[batch] = vectors.cpu().numpy()
        return out

    def _pool(self, output: Any, mask: Any) -> Any:
        if self._pooling == "pooler" and getattr(output, "pooler_output", None) is not None:
            return output.pooler_output
        hidden = output.last_hidden_state
        if self._pooling == "cls":
            return hidden[:, 0]
        weights = mask.unsqueeze(-1).to(hidden.dtype)
        return (hidden * weights).sum(dim=1) / weights.sum(dim=1).clamp(min=1e-9)
