"""Structure parser: a Perbup text -> a tree of addressable provisions.

Public API
----------
``parse(text, regency="draft") -> Document``; ``load_regency(id) -> Document``
(reads ``regencies/<id>/text.txt``, cached); ``REGENCIES``;
``canonical_cite(path)``; ``StructureError`` (``.line``, ``.column``).

``Document``: ``.regency``, ``.root``, ``.metadata``, ``.get(path)``,
``.by_cite(cite)``, ``.nodes()``, ``.unplaced`` [(line, raw)], ``.gaps``
[Gap(kind, label, after, within, line)], ``.duplicates``
[Duplicate(kind, label, assigned, cite, line)], ``.anomalies`` [(line, note)],
``.to_dict()``.

Paths and citations
-------------------
A path is a tuple of ``(kind, label)`` steps; the citation is printed from it
(see ``cite.py``).

* Preamble: ``("judul","")``; ``("menimbang",""),("huruf","d")`` ->
  "Menimbang huruf d"; ``("mengingat",""),("angka","3")`` -> "Mengingat angka 3";
  ``("menetapkan","")`` holds MEMUTUSKAN and Menetapkan.
* Batang tubuh: ``("bab","II")``, ``("bab","II"),("bagian","Kesatu")``,
  ``(..., ("paragraf","1"))``.  A Pasal is addressed globally:
  ``("pasal","10"),("ayat","2"),("huruf","a"),("angka","1")`` ->
  "Pasal 10 ayat (2) huruf a angka 1"; its *parent node* is its BAB /
  Bagian / Paragraf.  Deeper items ``1)`` / ``a)`` have kind ``butir`` with
  label ``1`` / ``a`` and print as "angka 1)" / "huruf a)".
* ``("penutup","")``: from "Agar setiap orang mengetahuinya" (or
  "Ditetapkan di") to the Lampiran: signatures, Berita Daerah.
* Lampiran: ``("lampiran","")`` ("LAMPIRAN I" -> label "I").  Below it the
  Lampiran's own numbering, nested as the text nests it:
  roman chapters ``I.`` / ``BAB I`` -> ``("bab","I")`` "Lampiran BAB I";
  ``A.`` -> ``("huruf","A")``; ``a.`` -> ``("huruf","a")``; ``1.`` ->
  ``("angka","1")``; ``1.1`` / ``4.1.2`` -> ``("angka","1.1")``; ``i.`` ->
  ``("angka","i")``; ``1)`` / ``a)`` -> ``("butir", ...)``.  So
  "Lampiran huruf A angka 1", "Lampiran BAB IV huruf A angka 4 huruf a angka 1)".
  Tables are addressed flat under the Lampiran, like a Pasal:
  ``("lampiran",""),("tabel","3.3")`` -> "Lampiran Tabel 3.3" (parent node:
  the heading they appear under); rows ``("baris","1")`` ... numbered from
  the first row after the header; ``Node.cells`` holds the cells of a row
  (header cells on the tabel node; an empty first cell means "same as the
  row above").  The signature block at the end is ``("tanda_tangan","")``.
* A label repeated among siblings (or a second "Tabel 3.8") gets ``#n``:
  ``3.8#2``, ``1#2``; each is listed in ``Document.duplicates``.  Numbers
  skipped in a sequence are listed in ``Document.gaps`` and never filled.

Text
----
A node's text is its own text as in the source minus the leading markup
noise (``- ``, ``**``, ``####``) and the label marker; a markdown emphasis
wrapping the whole line is dropped.  Each line is stripped at both ends,
never normalised inside; lines of one node are joined with ``"\\n"`` (so
each line of ``text`` is a verbatim substring of a source line).  Lines
that continue a node after a page break are appended to it.  Noise-only
lines, bare page numbers and stray markers go to ``Document.unplaced``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .. import regulations
from .cite import canonical_cite
from .errors import StructureError
from .model import Document, Duplicate, Gap, Node


def parse(text: str, regency: str = "draft") -> Document:
    """The structure of ``text`` (see pyapi.structure.parser).  The parser,
    and Lark with it, is imported on first use: a start that finds every
    structure in the start cache never needs it."""
    from .parser import parse as parse_text

    return parse_text(text, regency)


def regency_text_path(regency_id: str) -> Path:
    """The text of a regulation package (see pyapi.regulations)."""
    return regulations.get(regency_id).text_path


def load_regency(regency_id: str) -> Document:
    """Parse the text of regulation package ``regency_id`` (cached per process)."""
    return _parse_file(regency_text_path(regency_id), regency_id)


@lru_cache(maxsize=None)
def _parse_file(path: Path, regency_id: str) -> Document:
    return parse(path.read_text(encoding="utf-8"), regency_id)


__all__ = ["parse", "load_regency", "Document", "Node", "Gap", "Duplicate",
           "StructureError", "canonical_cite", "regency_text_path"]
