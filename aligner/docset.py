"""Document sets: renderings of one text, described by a ``manifest.toml`` in their folder.

A manifest names the set, its pivot (the rendering that gold alignments are made against) and each rendering's
file, language, role, provenance and optional gold bead file::

    name = "cfawc-2023"
    pivot = "en-seed"

    [[rendering]]
    name = "zh"
    lang = "zh"
    file = "zh.txt"
    role = "reference"
    provenance = "project-made"
    gold = "gold/zh.align"
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from aligner.errors import InputError


@dataclass(frozen=True)
class RenderingEntry:
    name: str
    lang: str
    path: Path
    role: str
    provenance: str
    notes: str
    gold: Path | None


@dataclass(frozen=True)
class DocumentSet:
    name: str
    title: str
    root: Path
    pivot: str
    renderings: tuple[RenderingEntry, ...]

    def rendering(self, name: str) -> RenderingEntry:
        for entry in self.renderings:
            if entry.name == name:
                return entry
        raise InputError(f"{self.root}: no rendering named {name!r} in the set")

    @property
    def pivot_entry(self) -> RenderingEntry:
        return self.rendering(self.pivot)

    @property
    def others(self) -> tuple[RenderingEntry, ...]:
        return tuple(e for e in self.renderings if e.name != self.pivot)


_REQUIRED = ("name", "lang", "file", "role", "provenance")


def load_set(folder: str | Path) -> DocumentSet:
    """Read a document set's manifest; ``InputError`` for a missing folder, manifest or field."""
    root = Path(folder)
    manifest = root / "manifest.toml"
    if not root.is_dir():
        raise InputError(f"{root}: no such document set folder")
    try:
        data = tomllib.loads(manifest.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{manifest}: no manifest in the document set folder") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise InputError(f"{manifest}: not a valid TOML manifest ({err})") from None
    entries = []
    for i, raw in enumerate(data.get("rendering", [])):
        missing = [k for k in _REQUIRED if not isinstance(raw.get(k), str) or not raw.get(k)]
        if missing:
            raise InputError(f"{manifest}: rendering #{i + 1} lacks {', '.join(missing)}")
        entries.append(
            RenderingEntry(
                name=raw["name"],
                lang=raw["lang"],
                path=root / raw["file"],
                role=raw["role"],
                provenance=raw["provenance"],
                notes=str(raw.get("notes", "")),
                gold=root / raw["gold"] if raw.get("gold") else None,
            )
        )
    if not entries:
        raise InputError(f"{manifest}: lists no rendering")
    names = [e.name for e in entries]
    if len(set(names)) != len(names):
        raise InputError(f"{manifest}: two renderings share a name")
    pivot = str(data.get("pivot", entries[0].name))
    result = DocumentSet(
        str(data.get("name", root.name)), str(data.get("title", "")), root, pivot, tuple(entries)
    )
    result.pivot_entry  # noqa: B018 - raises when the pivot is not a rendering of the set
    return result
