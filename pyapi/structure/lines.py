"""Classify single source lines with the Lark grammar ``grammar/perbup.lark``.

Each non-blank line becomes a :class:`Line`: what it is (``kind``), the
label its marker carries (``label``, without brackets or dots) and the text
left after the leading markup noise and the marker (``text``, verbatim: only
stripped at both ends, never normalised inside).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from lark import Lark, Token, Transformer
from lark.exceptions import LarkError, UnexpectedInput

from ..resources import GRAMMAR
from .errors import StructureError

GRAMMAR_PATH = GRAMMAR / "perbup.lark"


@dataclass(frozen=True)
class Line:
    no: int          # 1-based line number in the source
    raw: str         # the source line as it is
    kind: str        # see _KINDS below; "text" for plain text, "noise" for markup only
    label: str       # marker label ("10", "2", "a", "II", "Kesatu", "3.3"), else ""
    text: str        # content after noise and marker, stripped at both ends
    marker: str = "" # the marker exactly as written ("f,", "a).", "(2)")
    sub: "Line | None" = None   # inline item after "Menimbang :" / "Mengingat :"
    col: int = 1     # 1-based column where ``text`` starts in ``raw``
    content: str = ""  # marker and text as written, without the leading noise




def _strip_wrapping_stars(text: str) -> str:
    """Drop markdown emphasis wrapping the whole content ('**X**', '*X*')."""
    for mark in ("**", "*"):
        if text.startswith(mark) and text.endswith(mark) and len(text) > 2 * len(mark):
            inner = text[len(mark):-len(mark)]
            if mark not in inner:
                return inner.strip()
    if text.endswith("**") and "**" not in text[:-2]:
        return text[:-2].rstrip()
    if text.startswith("**") and "**" not in text[2:]:
        return text[2:].lstrip()
    return text


class _LineTransformer(Transformer):
    """Turn a parse tree of one line into (kind, marker, sub) pieces."""

    def _marker(self, kind, children):
        tok = children[0]
        return (kind, str(tok), None)

    def pasal(self, c): return self._marker("pasal", c)
    def bab(self, c): return self._marker("bab", c)
    def bagian(self, c): return self._marker("bagian", c)
    def paragraf(self, c): return self._marker("paragraf", c)
    def ayat(self, c): return self._marker("ayat", c)
    def ayat_word(self, c): return self._marker("ayat_word", c)
    def huruf(self, c): return self._marker("huruf", c)
    def angka(self, c): return self._marker("angka", c)
    def decimal(self, c): return self._marker("decimal", c)
    def upper(self, c): return self._marker("upper", c)
    def roman(self, c): return self._marker("roman", c)
    def roman_lower(self, c): return self._marker("roman_lower", c)
    def butir_num(self, c): return self._marker("butir_num", c)
    def butir_alpha(self, c): return self._marker("butir_alpha", c)
    def memutuskan(self, c): return self._marker("memutuskan", c)
    def menetapkan(self, c): return self._marker("menetapkan", c)
    def ditetapkan(self, c): return self._marker("ditetapkan", c)
    def diundangkan(self, c): return self._marker("diundangkan", c)
    def pada_tanggal(self, c): return self._marker("pada_tanggal", c)
    def pengundangan(self, c): return self._marker("pengundangan", c)
    def berita(self, c): return self._marker("berita", c)
    def lampiran(self, c): return self._marker("lampiran", c)
    def tabel(self, c): return self._marker("tabel", c)
    def bupati(self, c): return self._marker("bupati", c)

    def preamble(self, c):
        kw = str(c[0])
        kind = "menimbang" if kw.startswith("Menimbang") else "mengingat"
        sub = c[1] if len(c) > 1 else None
        return (kind, kw, sub)

    def lead(self, c):
        return ("lead", "".join(str(t) for t in c), None)


@lru_cache(maxsize=1)
def _parser() -> Lark:
    return Lark(GRAMMAR_PATH.read_text(encoding="utf-8"), parser="lalr",
                lexer="contextual", maybe_placeholders=False)


def _label(kind: str, marker: str) -> str:
    m = marker.strip()
    if kind == "pasal":
        return m.replace("**", "").lstrip("“\"").split()[1]
    if kind in ("bab", "bagian", "paragraf"):
        return m.split()[1]
    if kind == "ayat":
        return m.strip("()")
    if kind == "ayat_word":
        return m.split()[1]
    if kind == "tabel":
        return m.split()[1].rstrip(".")
    if kind in ("huruf", "angka", "decimal", "upper", "roman", "roman_lower"):
        return m.rstrip(".,")
    if kind in ("butir_num", "butir_alpha"):
        return m.rstrip(".").rstrip(")")
    return ""


def classify(no: int, raw: str) -> Line:
    """Classify one non-blank source line."""
    try:
        tree = _parser().parse(raw)
    except UnexpectedInput as exc:   # pragma: no cover - REST accepts any text
        raise StructureError(f"cannot read line {no}: {exc.__class__.__name__}",
                             line=no, column=getattr(exc, "column", None)) from None
    except LarkError as exc:         # pragma: no cover
        raise StructureError(f"cannot read line {no}: {exc}", line=no) from None
    if tree.data == "row":
        return Line(no, raw, "row", "", raw.rstrip(), col=1, content=raw.rstrip())
    lead = ""
    head = None
    rest = ""
    for child in _LineTransformer().transform(tree).children:
        if isinstance(child, Token):          # REST
            rest = str(child)
        elif child[0] == "lead":
            lead = child[1]
        else:
            head = child
    text = _strip_wrapping_stars(rest.strip())
    content = _strip_wrapping_stars(raw[len(lead):].strip())
    col = len(raw) - len(raw.lstrip()) + 1 if not head else len(lead) + 1
    if head is None:
        kind = "text" if text else "noise"
        col = raw.find(text) + 1 if text else 1
        return Line(no, raw, kind, "", text, col=col, content=content)
    kind, marker, sub = head
    sub_line = None
    if sub is not None:
        sub_kind, sub_marker, _ = sub
        sub_line = Line(no, raw, sub_kind, _label(sub_kind, sub_marker), text, sub_marker)
        text = ""
    col = raw.find(text) + 1 if text else len(raw) + 1
    return Line(no, raw, kind, _label(kind, marker), text, marker.strip(), sub_line, col,
                content)


def source_lines(text: str) -> list[str]:
    """Split on "\n" only (not on form feeds etc.), dropping a trailing "\r"."""
    return [l[:-1] if l.endswith("\r") else l for l in text.split("\n")]


# Items run together on one line by the PDF conversion:
#   "... oleh Menteri. (3) Kuota haji ..."       an ayat after a sentence end
#   "... terdiri atas: a. haji reguler; dan b. haji khusus."   list items
#   "PENDAPATAN, ALOKASI DANA  Pasal 15"          a Pasal heading after a title
#   "... lingkungan hidup; dan 10 / 71"            a page counter at the end
_RUN_AYAT = re.compile(r"[.;:](?P<gap>[ ]+)\(\d{1,3}\)[ ]")
_RUN_ITEM = re.compile(r"(?::|;(?:[ ]+(?:dan/atau|dan|atau))?)(?P<gap>[ ]+)(?:[a-z]|\d{1,2})\.[ ]"
                       r"|[a-z)]\.(?P<gap2>[ ]+)\d{1,2}\.[ ]+[A-Z]")     # "... gambar. 7. Penerjemah"
_RUN_COUNTER = re.compile(r"\S(?P<gap>[ ]+)\d{1,4}[ ]+/[ ]+\d{1,4}[ ]*$")   # "...; dan 10 / 71"
_RUN_PASAL = re.compile(r"^[^a-z]*[A-Z][^a-z]*?(?P<gap>[ ]+)Pasal[ ]+\d+[A-Z]?[ ]*$"
                        r"|[.;:](?P<gap2>[ ]+)Pasal[ ]+\d+[A-Z]?[ ]*$")


def split_run_together(raw: str) -> list[str]:
    """The pieces of a line that holds several items (see above); most lines
    are one piece.  Every piece is a verbatim substring of ``raw``."""
    cuts = set()
    for pattern in (_RUN_AYAT, _RUN_ITEM):
        for m in pattern.finditer(raw):
            gap = "gap" if m.group("gap") is not None else "gap2"
            if raw[:m.start(gap)].strip(" -*#"):      # not a marker at the line start
                cuts.add(m.end(gap))
    m = _RUN_COUNTER.search(raw)
    if m and raw[:m.start("gap")].strip(" -*#"):
        cuts.add(m.end("gap"))
    m = _RUN_PASAL.search(raw)
    if m:
        gap = "gap" if m.group("gap") is not None else "gap2"
        if raw[:m.start(gap)].strip(" -*#"):
            cuts.add(m.end(gap))
    if not cuts:
        return [raw]
    pieces, start = [], 0
    for cut in sorted(cuts):
        pieces.append(raw[start:cut].rstrip())
        start = cut
    pieces.append(raw[start:])
    return [p for p in pieces if p.strip()]


def classify_text(text: str) -> list[Line]:
    """Classify every non-blank line of ``text`` (blank lines are skipped);
    a line holding items run together is read as one line per item."""
    out = []
    for no, raw in enumerate(source_lines(text), start=1):
        if raw.strip():
            for piece in split_run_together(raw):
                out.append(classify(no, piece))
    return out
