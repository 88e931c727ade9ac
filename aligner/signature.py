"""Signatures: what produced an output, so that any figure or file can be reproduced.

Like sacrebleu's ``BLEU|nrefs:1|case:mixed|tok:13a|version:2.x``: a flat mapping, printed as
``aligner:0.1.0|seg:rules-1|enc:none|glossary:none|paragraphs:auto``.
"""

from __future__ import annotations

from aligner import __version__
from aligner.segment import SEGMENTER


def signature(
    *, segmenter: str = SEGMENTER, encoder: str = "none", glossary: str = "none", **settings: object
) -> dict[str, str]:
    """The signature of a run as an ordered mapping of strings."""
    sig = {"aligner": __version__, "seg": segmenter, "enc": encoder, "glossary": glossary}
    sig.update({key: str(value) for key, value in sorted(settings.items())})
    return sig


def signature_string(sig: dict[str, str]) -> str:
    return "|".join(f"{key}:{value}" for key, value in sig.items())
