"""TMX 1.4b: one translation unit per row of the (multi-way) table, one variant per rendering that has text
there. Renderings are told apart by a ``<prop type="x-rendering">`` on each variant (two may share a language);
the signature is a header ``<prop type="x-aligner-signature">``; each unit carries ``x-bead`` props. The
output has no creation date, so the same input gives the same file."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from aligner import __version__
from aligner.align.multiway import MultiAlignment
from aligner.document import Document

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(doc: Document, ids: tuple[int, ...]) -> str:
    return _NOT_XML.sub("", doc.text_of(ids))


def to_tmx(multi: MultiAlignment, signature: str) -> str:
    root = ET.Element("tmx", {"version": "1.4"})
    header = ET.SubElement(
        root,
        "header",
        {
            "creationtool": "aligner",
            "creationtoolversion": __version__,
            "segtype": "sentence",
            "o-tmf": "aligner",
            "adminlang": "en",
            "srclang": multi.pivot.lang,
            "datatype": "plaintext",
        },
    )
    ET.SubElement(header, "prop", {"type": "x-aligner-signature"}).text = signature
    body = ET.SubElement(root, "body")
    pivot_name = multi.pivot_name
    for k, row in enumerate(multi.rows):
        unit = ET.SubElement(body, "tu", {"tuid": str(k + 1)})
        for name, cell in row.cells.items():
            ET.SubElement(unit, "prop", {"type": f"x-bead-{name}"}).text = "+".join(cell.kinds) or "none"
        variants = [(pivot_name, multi.pivot, row.pivot)] + [
            (name, multi.renderings[name], cell.ids) for name, cell in row.cells.items()
        ]
        for name, doc, ids in variants:
            if not ids:
                continue
            tuv = ET.SubElement(unit, "tuv", {XML_LANG: doc.lang})
            ET.SubElement(tuv, "prop", {"type": "x-rendering"}).text = name
            ET.SubElement(tuv, "seg").text = _text(doc, ids)
    ET.indent(root, space=" ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
