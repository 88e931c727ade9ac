"""TBX (ISO 30042:2019, TBX v3) in the TBX-Basic dialect, DCA style: export and import.

Mapping: a concept is a ``conceptEntry`` (``descrip type="subjectField"`` for the domain, ``descrip
type="definition"``, ``note``, ``admin type="source"``); a term is a ``termSec`` in the ``langSec`` of its
language, with ``termNote type="administrativeStatus"`` (preferred, admitted, deprecated; ``superseded`` reads
as deprecated), a ``note`` and ``admin type="source"``. What TBX-Basic has no data category for is kept in
notes that start with ``aligner:`` so that an export followed by an import gives back the same glossary:
``aligner:forbidden`` (written as deprecatedTerm-admn-sts), ``aligner:case-sensitive``, ``aligner:unverified``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from aligner.atomic import write_text
from aligner.errors import InputError
from aligner.glossary.model import Concept, Glossary, Status, Term
from aligner.reader import read_text

NS = "urn:iso:std:iso:30042:ed:3.0"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_TO_TBX = {
    "preferred": "preferredTerm-admn-sts",
    "admitted": "admittedTerm-admn-sts",
    "deprecated": "deprecatedTerm-admn-sts",
    "forbidden": "deprecatedTerm-admn-sts",
}
_FROM_TBX: dict[str, Status] = {
    "preferredTerm-admn-sts": "preferred",
    "admittedTerm-admn-sts": "admitted",
    "deprecatedTerm-admn-sts": "deprecated",
    "supersededTerm-admn-sts": "deprecated",
}
FLAG_FORBIDDEN = "aligner:forbidden"
FLAG_CASE = "aligner:case-sensitive"
FLAG_UNVERIFIED = "aligner:unverified"


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def _sub(parent: ET.Element, tag: str, text: str = "", **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, _q(tag), attrs)
    if text:
        element.text = text
    return element


def to_tbx(glossary: Glossary, source_desc: str = "Exported by aligner") -> str:
    ET.register_namespace("", NS)
    root = ET.Element(_q("tbx"), {"type": "TBX-Basic", "style": "dca", XML_LANG: "en"})
    header = _sub(_sub(root, "tbxHeader"), "fileDesc")
    _sub(_sub(header, "sourceDesc"), "p", source_desc)
    body = _sub(_sub(root, "text"), "body")
    for concept in glossary.concepts:
        entry = _sub(body, "conceptEntry", id=concept.id)
        if concept.domain:
            _sub(entry, "descrip", concept.domain, type="subjectField")
        if concept.definition:
            _sub(entry, "descrip", concept.definition, type="definition")
        if concept.source:
            _sub(entry, "admin", concept.source, type="source")
        if concept.note:
            _sub(entry, "note", concept.note)
        sections: dict[str, ET.Element] = {}
        for term in glossary.terms_of(concept.id):
            if term.lang not in sections:
                sections[term.lang] = _sub(entry, "langSec", **{XML_LANG: term.lang})
            sec = _sub(sections[term.lang], "termSec")
            _sub(sec, "term", term.text)
            _sub(sec, "termNote", _TO_TBX[term.status], type="administrativeStatus")
            if term.source:
                _sub(sec, "admin", term.source, type="source")
            if term.note:
                _sub(sec, "note", term.note)
            for flag, on in (
                (FLAG_FORBIDDEN, term.status == "forbidden"),
                (FLAG_CASE, term.case_sensitive),
                (FLAG_UNVERIFIED, not term.verified),
            ):
                if on:
                    _sub(sec, "note", flag)
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def export_tbx(glossary: Glossary, path: str | Path) -> None:
    write_text(path, to_tbx(glossary))


def import_tbx(path: str | Path) -> Glossary:
    name = str(path)
    try:
        root = ET.fromstring(read_text(path).text.encode("utf-8"))
    except ET.ParseError as err:
        raise InputError(f"{name}: not well-formed XML ({err})") from None
    if root.tag != _q("tbx"):
        raise InputError(
            f"{name}: not a TBX v3 file (root element {root.tag!r}, expected tbx in namespace {NS})"
        )
    concepts: list[Concept] = []
    terms: list[Term] = []
    for entry in root.iter(_q("conceptEntry")):
        cid = entry.get("id", "")
        concepts.append(
            Concept(
                cid,
                _text(entry, "descrip", "subjectField"),
                _text(entry, "descrip", "definition"),
                _notes(entry)[0],
                _text(entry, "admin", "source"),
            )
        )
        for section in entry.findall(_q("langSec")):
            lang = section.get(XML_LANG, "")
            for sec in section.findall(_q("termSec")):
                note, flags = _notes(sec)
                status = _FROM_TBX.get(_text(sec, "termNote", "administrativeStatus"), "admitted")
                if FLAG_FORBIDDEN in flags:
                    status = "forbidden"
                terms.append(
                    Term(
                        cid,
                        lang,
                        (sec.findtext(_q("term")) or "").strip(),
                        status,
                        FLAG_CASE in flags,
                        FLAG_UNVERIFIED not in flags,
                        note,
                        _text(sec, "admin", "source"),
                    )
                )
    return Glossary(tuple(concepts), tuple(terms), name)


def _text(parent: ET.Element, tag: str, kind: str) -> str:
    for element in parent.findall(_q(tag)):
        if element.get("type") == kind:
            return " ".join((element.text or "").split())
    for group in parent.findall(_q(tag + "Grp")):  # <descripGrp><descrip type=...>
        found = _text(group, tag, kind)
        if found:
            return found
    return ""


def _notes(parent: ET.Element) -> tuple[str, set[str]]:
    notes = [" ".join((n.text or "").split()) for n in parent.findall(_q("note"))]
    flags = {n for n in notes if n.startswith("aligner:")}
    return " ".join(n for n in notes if n and n not in flags), flags
