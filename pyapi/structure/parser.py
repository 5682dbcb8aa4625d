"""Build the tree of provisions of one Perbup from its classified lines.

Sections follow the anatomy of a Perbup: ``judul`` (everything before
Menimbang), ``menimbang``, ``mengingat``, ``menetapkan`` (MEMUTUSKAN and
Menetapkan), the batang tubuh (BAB > Bagian > Paragraf > Pasal > ayat >
huruf > angka > butir), ``penutup`` (from "Agar setiap orang
mengetahuinya" / "Ditetapkan di" up to the Lampiran) and the Lampiran.
See the package docstring for paths and citations.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .cite import canonical_cite
from .errors import StructureError
from .lines import Line, classify_text
from .metadata import read_metadata
from .model import Document, Duplicate, Gap, Node
from .outline import Outline
from .sequence import follows, is_first, missing_between, value

BODY_KINDS = {"ayat": "ayat", "huruf": "huruf", "angka": "angka", "butir_num": "butir",
              "butir_alpha": "butir", "roman_lower": "angka"}
LAMPIRAN_KINDS = {"bab": "bab", "roman": "bab", "upper": "huruf", "huruf": "huruf",
                  "angka": "angka", "decimal2": "angka", "decimal3": "angka",
                  "decimal4": "angka", "butir_num": "butir", "butir_alpha": "butir",
                  "roman_lower": "angka"}
LIST_MARKERS = ("ayat", "ayat_word", "huruf", "angka", "butir_num", "butir_alpha",
                "roman_lower", "upper", "roman", "decimal")
_PAGE_NUMBER = re.compile(r"^\d{1,3}$")
# Artefacts of PDF conversion, on a line of their own: a running page banner
# ("www.hukumonline.com") and a page counter ("3 / 24").
_ARTEFACT = re.compile(r"^\ufeff?\s*(?:www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/[\w./-]*)?|\d{1,4}\s*/\s*\d{1,4})\s*$",
                       re.IGNORECASE)
# How an amendment item of an amending article begins.
_AMENDMENT = re.compile(r"(?i)(?:ketentuan|di\s*antara|judul|penjelasan|lampiran|bagian|bab|paragraf|"
                        r"pasal|menambah|menghapus|mengubah|mencabut|setelah|sesudah|sebelum|"
                        r"menyisipkan|dalam|istilah|penambahan|frasa|kata)\b")
# The start of the PENJELASAN part (elucidation) after the batang tubuh.
_PENJELASAN = re.compile(r"^PENJELASAN(?:\s+(?:ATAS|UNDANG|PERATURAN|PASAL\s+DEMI|UMUM)\b.*)?$")


class ParseReport:
    def __init__(self) -> None:
        self.gaps: list[Gap] = []
        self.duplicates: list[Duplicate] = []
        self.anomalies: list[tuple[int, str]] = []
        self.unplaced: list[tuple[int, str]] = []

    def anomaly(self, line: int, note: str) -> None:
        self.anomalies.append((line, note))


def _append(node: Node, text: str, line_no: int) -> None:
    if text:
        node.text = f"{node.text}\n{text}" if node.text else text
    node.lines.append(line_no)


class Builder:
    def __init__(self) -> None:
        self.root = Node("document", "", "", (), cite="")
        self.report = ParseReport()
        self.section = "judul"
        self.sections: list[tuple[str, Line]] = []
        self.single: dict[str, Node] = {}
        self.outline: Outline | None = None
        self.container: Node = self.root       # current BAB / Bagian / Paragraf
        self.bab: Node | None = None
        self.bagian: Node | None = None
        self.heading: Node | None = None        # heading still collecting its title
        self.pasal: Node | None = None
        self.pasal_seq = Outline(self.root, {}, self.report)
        self.pasal_labels: set[str] = set()     # every Pasal label so far ("10", "10#2")
        self.amending: Node | None = None       # the amending article ("Pasal I") being read
        self.articles = False                   # the text has amending articles (a "Pasal II")
        self.quoted = False                     # inside the provisions it quotes
        self.lampiran: Node | None = None
        self.table: Node | None = None
        self.tables: dict[str, int] = {}
        self.last_table: str | None = None
        self.ttd: Node | None = None

    # -- helpers -------------------------------------------------------------------
    def _section_node(self, kind: str, label: str = "", parent: Node | None = None) -> Node:
        parent = parent or self.root
        path = parent.path + ((kind, label),)
        node = Node(kind, label, "", path, cite=canonical_cite(path), parent=parent)
        parent.children.append(node)
        return node

    def _single(self, kind: str) -> Node:
        if kind not in self.single:
            self.single[kind] = self._section_node(kind)
        return self.single[kind]

    def _unplaced(self, line: Line, why: str | None = None) -> None:
        self.report.unplaced.append((line.no, line.raw))
        if why:
            self.report.anomaly(line.no, why)

    def _stray(self, outline: Outline, style: str, line: Line) -> bool:
        """A bare marker ("d)") that continues nothing: report, do not build."""
        if line.text or is_first(style, line.label) or outline._continues(style, line.label):
            return False
        self._unplaced(line, f'stray marker "{line.marker}" without text')
        return True

    # -- dispatch -------------------------------------------------------------------
    def feed(self, line: Line) -> None:
        k = line.kind
        if k == "noise" or (k == "text" and _ARTEFACT.match(line.raw)):
            self._unplaced(line)
            return
        if (k == "text" and self.section in ("body", "penutup", "lampiran", "ttd")
                and _PENJELASAN.match(" ".join(line.text.split()))):
            self.section = "penjelasan"
            self.outline = None
        if self.section == "penjelasan":
            # The PENJELASAN repeats "Pasal 1 ... Cukup jelas": kept as one part
            # of its own, never read as batang tubuh.
            _append(self._single("penjelasan"), line.content, line.no)
            self.sections.append((self.section, line))
            return
        if k == "lampiran" and self.section in ("body", "penutup", "lampiran", "ttd"):
            self._start_lampiran(line)
        elif k == "menimbang" and self.section == "judul":
            self._start_list_section("menimbang", line)
        elif k == "mengingat" and self.section in ("judul", "menimbang"):
            self._start_list_section("mengingat", line)
        elif k in ("memutuskan", "menetapkan") and self.section in ("judul", "menimbang", "mengingat", "menetapkan"):
            self.section = "menetapkan"
            _append(self._single("menetapkan"), line.content, line.no)
        elif k in ("pengundangan", "ditetapkan") and self.section == "body":
            self.section = "penutup"
            _append(self._single("penutup"), line.content, line.no)
        elif k in ("bab", "bagian", "paragraf", "pasal") and self.section in (
                "judul", "menimbang", "mengingat", "menetapkan", "body"):
            self.section = "body"
            self._body(line)
        else:
            getattr(self, "_" + self.section.replace("-", "_"))(line)
        self.sections.append((self.section, line))

    # -- preamble ---------------------------------------------------------------------
    def _judul(self, line: Line) -> None:
        _append(self._single("judul"), line.content, line.no)

    def _start_list_section(self, kind: str, line: Line) -> None:
        self.section = kind
        node = self._single(kind)
        node.lines.append(line.no)
        self.outline = Outline(node, BODY_KINDS, self.report)
        if line.sub is not None:
            self._list_line(line.sub)

    def _list_line(self, line: Line) -> None:
        out = self.outline
        if line.kind in BODY_KINDS:
            style, label = out.resolve(line.kind, line.label, line.no)
            if style not in BODY_KINDS:
                style = "huruf"
            if self._stray(out, style, line):
                return
            out.add(style, label, line.text, line.no)
        else:
            _append(out.top(), line.content, line.no)

    _menimbang = _list_line
    _mengingat = _list_line

    def _menetapkan(self, line: Line) -> None:
        _append(self._single("menetapkan"), line.content, line.no)

    # -- batang tubuh ---------------------------------------------------------------------
    def _heading_node(self, kind: str, line: Line, parent: Node, path) -> Node:
        label = line.label
        used = {c.label for c in parent.children if c.kind == kind}
        n = 1
        while label in used:              # a repeated number: addressed "#n", reported
            n += 1
            label = f"{line.label}#{n}"
        if n > 1:
            path = path[:-1] + ((kind, label),)
        node = Node(kind, label, line.text, path, cite=canonical_cite(path),
                    lines=[line.no], parent=parent)
        if n > 1:
            self.report.duplicates.append(Duplicate(kind, line.label, label, node.cite, line.no))
        parent.children.append(node)
        self.heading = node
        self.pasal = None
        self.outline = None
        return node

    def _quoted(self, line: Line) -> bool:
        """In an amending article (``Pasal I``), the BAB, Pasal, ayat and items
        it quotes ("Ketentuan Pasal 5 diubah sehingga berbunyi sebagai berikut:
        Pasal 5 (1) ...") are text of the amendment item, not provisions of
        the amending regulation; the next amendment item ("2. Di antara Pasal
        5 dan Pasal 6 disisipkan ...") or article ends the quotation."""
        if self.amending is None:
            return False
        k = line.kind
        top = self.outline.top() if self.outline else None
        if k in ("bab", "bagian", "paragraf") or (k == "pasal" and line.label[:1].isdigit()):
            self.quoted = True
        elif (not self.quoted and k in BODY_KINDS and top is not None and top.kind == "angka"
              and top.parent is self.amending and top.text.rstrip().endswith(":")):
            self.quoted = True          # "... diubah sehingga berbunyi sebagai berikut:" then items
        elif not self.quoted or k not in BODY_KINDS and k != "ayat_word":
            return False
        elif k == "angka" and _AMENDMENT.match(line.text):
            items = [c.label for c in self.amending.children if c.kind == "angka"]
            last = items[-1].split("#")[0] if items else "0"
            if last.isdigit() and line.label == str(int(last) + 1):
                self.quoted = False
                return False
        _append(self.outline.top() if self.outline else self.amending, line.content, line.no)
        return True

    def _body(self, line: Line) -> None:
        k = line.kind
        if self._quoted(line):
            return
        if k == "bab":
            self.bab = self._heading_node("bab", line, self.root, (("bab", line.label),))
            self.bagian = None
            self.container = self.bab
        elif k == "bagian":
            parent = self.bab or self.root
            self.bagian = self._heading_node("bagian", line, parent,
                                             parent.path + (("bagian", line.label),))
            self.container = self.bagian
        elif k == "paragraf":
            parent = self.bagian or self.bab or self.root
            self.container = self._heading_node("paragraf", line, parent,
                                                parent.path + (("paragraf", line.label),))
        elif k == "pasal":
            if line.label == "I" and not self.articles:
                # "Pasal I" without a "Pasal II" is not an amending article
                # but an OCR slip for "Pasal 1"
                self.report.anomaly(line.no, '"Pasal I" read as "Pasal 1" (no Pasal II follows)')
                line = replace(line, label="1")
            node = self.pasal_seq.attach(self.container, "pasal", "pasal", line.label, "",
                                         line.no, path_base=(), seq_key=("pasal",), within="",
                                         taken=self.pasal_labels)
            self.pasal_labels.add(node.label)
            self.heading = None
            self.pasal = node
            self.outline = Outline(node, BODY_KINDS, self.report)
            self.amending = node if not line.label[:1].isdigit() else None
            self.quoted = False
        elif k in ("ayat", "ayat_word", "huruf", "angka", "butir_num", "butir_alpha", "roman_lower"):
            if self.pasal is None:
                raise StructureError(
                    f'{k.replace("_word", "")} "{line.marker}" outside any Pasal', line=line.no,
                    column=line.raw.find(line.marker) + 1 or None)
            out = self.outline
            style, label = k, line.label
            if k == "ayat_word":
                last = out.last.get((id(self.pasal), "ayat"))
                if not (last and follows("ayat", last, label)):
                    _append(out.top(), line.content, line.no)
                    return
                style = "ayat"
                self.report.anomaly(line.no, f'"{line.marker}" read as ayat ({label})')
            style, label = out.resolve(style, label, line.no)
            if style not in BODY_KINDS:
                _append(out.top(), line.content, line.no)
                return
            if line.marker.endswith(",") and style == "huruf":
                self.report.anomaly(line.no, f'"{line.marker}" read as huruf "{label}."')
            if line.marker.endswith(")."):
                self.report.anomaly(line.no, f'"{line.marker}" read as "{label})"')
            if self._stray(out, style, line):
                return
            out.add(style, label, line.text, line.no)
        elif self.pasal is not None:
            _append(self.outline.top(), line.content, line.no)
        elif self.heading is not None:
            _append(self.heading, line.content, line.no)
        else:
            _append(self._single("menetapkan"), line.content, line.no)

    # -- penutup -----------------------------------------------------------------------------
    def _penutup(self, line: Line) -> None:
        if line.kind == "text" and _PAGE_NUMBER.match(line.text):
            self._unplaced(line)
            return
        _append(self._single("penutup"), line.content, line.no)

    # -- lampiran ------------------------------------------------------------------------------
    def _start_lampiran(self, line: Line) -> None:
        self.section = "lampiran"
        m = re.match(r"\s*([IVX]+)\b(.*)$", line.text)
        label = m.group(1) if m else ""
        self.lampiran = self._section_node("lampiran", label)
        _append(self.lampiran, line.content, line.no)
        self.outline = Outline(self.lampiran, LAMPIRAN_KINDS, self.report)
        self.table = None
        self.tables = {}
        self.last_table = None
        self.ttd = None

    def _lampiran(self, line: Line) -> None:
        k = line.kind
        out = self.outline
        if k != "row":
            self.table = None
        if k == "row":
            self._row(line)
        elif k == "tabel":
            self._table(line)
        elif k == "bupati" and out.stack:
            self.section = "ttd"
            self.ttd = self._section_node("tanda_tangan", "", self.lampiran)
            _append(self.ttd, line.content, line.no)
        elif k in ("bab", "roman", "upper", "huruf", "angka", "decimal", "butir_num",
                   "butir_alpha", "roman_lower"):
            style, label = k, line.label
            if k == "decimal":
                style = f"decimal{min(label.count('.') + 1, 4)}"
            style, label = out.resolve(style, label, line.no)
            if self._stray(out, style, line):
                return
            if line.marker.endswith(",") and style == "huruf":
                self.report.anomaly(line.no, f'"{line.marker}" read as huruf "{label}."')
            out.add(style, label, line.text, line.no)
        elif k == "text" and _PAGE_NUMBER.match(line.text):
            self._unplaced(line)
        else:
            _append(out.top(), line.content, line.no)

    def _ttd(self, line: Line) -> None:
        _append(self.ttd, line.content, line.no)

    def _table(self, line: Line) -> None:
        label = line.label
        n = self.tables.get(label, 0) + 1
        self.tables[label] = n
        assigned = label if n == 1 else f"{label}#{n}"
        parent = self.outline.top()
        path = self.lampiran.path + (("tabel", assigned),)
        node = Node("tabel", assigned, line.text, path, cite=canonical_cite(path),
                    lines=[line.no], parent=parent)
        parent.children.append(node)
        if n > 1:
            self.report.duplicates.append(Duplicate("tabel", label, assigned, node.cite, line.no))
        else:
            prev = self.last_table
            if prev is None or (value("tabel", label) or ()) > (value("tabel", prev) or ()):
                for miss in missing_between("tabel", prev, label):
                    self.report.gaps.append(Gap("tabel", miss, prev or "", self.lampiran.cite, line.no))
                self.last_table = label
        self.table = node

    def _row(self, line: Line) -> None:
        cells = line.raw.rstrip("\r\n").split("\t")
        if self.table is None:
            self.report.anomaly(line.no, "table row outside any Tabel")
            _append(self.outline.top(), line.text, line.no)
            return
        if not self.table.cells:
            self.table.cells = [c.strip() for c in cells]
            self.table.lines.append(line.no)
            return
        n = sum(1 for c in self.table.children if c.kind == "baris") + 1
        path = self.table.path + (("baris", str(n)),)
        row = Node("baris", str(n), line.text, path, cite=canonical_cite(path),
                   lines=[line.no], parent=self.table, cells=[c.strip() for c in cells])
        self.table.children.append(row)


_HEADING = re.compile(r"peraturan\s+(?:bupati|wali\s?kota|daerah|gubernur|menteri|pemerintah|presiden)"
                      r"|undang\s*-\s*undang", re.IGNORECASE)


def _check_regulation(text: str, lines: list[Line]) -> None:
    if not text.strip():
        raise StructureError("empty text: nothing to parse", line=None)
    if not any(l.kind == "pasal" for l in lines):
        raise StructureError("not a regulation: no Pasal heading found", line=lines[0].no,
                             column=1)
    if not _HEADING.search(text):
        raise StructureError('not a regulation: no heading naming its kind ("PERATURAN BUPATI", '
                             '"PERATURAN WALI KOTA", "PERATURAN DAERAH", "UNDANG-UNDANG", ...)',
                             line=lines[0].no, column=1)


def parse(text: str, regency: str = "draft") -> Document:
    """Parse a Perbup text into a :class:`Document`.  Raises StructureError."""
    if not isinstance(text, str):
        raise StructureError("text must be a string")
    lines = classify_text(text)
    _check_regulation(text, lines)
    builder = Builder()
    builder.articles = any(l.kind == "pasal" and l.label == "II" for l in lines)
    for line in lines:
        builder.feed(line)
    rep = builder.report
    doc = Document(regency=regency, root=builder.root,
                   metadata=read_metadata(builder.sections),
                   unplaced=rep.unplaced, gaps=rep.gaps,
                   duplicates=rep.duplicates, anomalies=sorted(rep.anomalies))
    return doc
