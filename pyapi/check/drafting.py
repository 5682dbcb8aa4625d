"""Drafting rules of Lampiran II UU 12/2011 that plain text shows.

* Lists (tabulasi) in the batang tubuh: every item but the last ends with
  ";"; the item before the last carries "dan", "atau" or "dan/atau"; the
  lead-in of a list ends with ":".  An item's end is the end of its last
  sub-item when it has some.  The definitions of Pasal 1, which end with ".",
  are not a list in this sense.
* A complete draft (one with its penutup) says when it comes into force
  ("mulai berlaku") and ends with the engagement formula ("Agar setiap
  orang mengetahuinya, memerintahkan pengundangan ...") naming the gazette
  of its kind: Berita Daerah for a Peraturan Bupati, Wali Kota or Gubernur,
  Lembaran Daerah for a Peraturan Daerah, Lembaran Negara for an
  Undang-Undang, Peraturan Pemerintah or Peraturan Presiden.
* A Peraturan Bupati, Wali Kota or Gubernur has no ketentuan pidana:
  criminal sanctions are for laws and Peraturan Daerah.
* Numbers in the batang tubuh are written with digits followed by their
  words in brackets ("2 (dua)", "20% (dua puluh persen)"); numbers that
  label or cite something (Pasal 5, ayat (2), Nomor 7 Tahun 2022, a year,
  dates, decimals, scales "1:50.000", numbers inside a reference) are not
  counted, nor a code followed by brackets that are not number words.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..citation import iter_citations
from ..citation.words import terbilang
from ..structure import Node
from .core import Draft
from .model import Finding

LIST_KINDS = ("huruf", "angka", "butir")
_CONJ = re.compile(r"(?i);\s*(?:dan/atau|dan|atau)$")
_SEMI = re.compile(r"(?i);(?:\s*(?:dan/atau|dan|atau))?$")
_NUMBER = re.compile(r"(?<![\w./(,:-])(\d+)(?![\w/)]|[.,:]\d)")
_WORDS = re.compile(r"\s*(%|\s*persen)?\s*\(([^()]*)\)")
_NUMBER_WORDS = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
                 "sembilan", "sepuluh", "sebelas", "belas", "puluh", "ratus", "seratus", "ribu",
                 "seribu", "juta", "miliar", "milyar", "triliun", "koma", "persen", "per"}
_LABEL_WORDS = {"pasal", "ayat", "angka", "huruf", "nomor", "no", "no.", "tahun", "tabel",
                "lampiran", "bab", "paragraf", "butir", "level", "pp", "uu", "perbup", "perda",
                "rt", "rw", "km"}
_MONTHS = ("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
           "september", "oktober", "november", "desember")


def _clean(text: str) -> str:
    return text.strip().strip("*").rstrip()


def _end(item: Node) -> tuple[Node, str]:
    """The node holding the end of an item (its last sub-item, if any) and that end."""
    last = item
    for node in item.walk():
        if node.text:
            last = node
    lines = [l for l in last.text.split("\n") if _clean(l)]
    return last, _clean(lines[-1]) if lines else ""


def _tail(text: str, width: int = 40) -> str:
    return text[-width:].lstrip()


def _lists(draft: Draft) -> Iterator[tuple[Node, list[Node]]]:
    for holder in draft.own_body:
        if holder.kind == "pasal" and not holder.label[:1].isdigit():
            continue              # the numbered amendments of "Pasal I" are not a tabulation
        groups: dict[str, list[Node]] = {}
        for child in holder.children:
            if child.kind in LIST_KINDS:
                key = child.kind + ("#num" if child.label[:1].isdigit() else "#alpha")
                groups.setdefault(key, []).append(child)
        for items in groups.values():
            if holder.path == (("pasal", "1"),) and items[0].kind == "angka":
                continue          # the definitions of Pasal 1 end with "."
            yield holder, items


def _check_lists(draft: Draft) -> Iterator[Finding]:
    for holder, items in _lists(draft):
        lead = [l for l in holder.text.split("\n") if _clean(l)]
        if lead:
            text = _clean(lead[-1])
            if text and not text.endswith(":"):
                line, column = draft.place(holder, len(holder.text.rstrip()) - 1)
                yield Finding("lead-in-colon", holder.cite, line, column,
                              {"tail": _tail(text)}, text)
        if len(items) < 2:
            continue
        for i, item in enumerate(items[:-1]):
            node, end = _end(item)
            line, column = draft.place(node, len(node.text.rstrip()) - 1)
            if not _SEMI.search(end):
                yield Finding("item-end", item.cite, line, column, {"tail": _tail(end)}, end)
            if i == len(items) - 2 and not re.search(r"(?i)\b(?:dan/atau|dan|atau)$", end):
                yield Finding("item-conjunction", item.cite, line, column,
                              {"tail": _tail(end)}, end)


def _spelled(n: int) -> str | None:
    try:
        return terbilang(n)
    except ValueError:
        return None


def _check_numbers(draft: Draft) -> Iterator[Finding]:
    for node in draft.own_body:
        text = node.text
        spans = None
        for match in _NUMBER.finditer(text):
            if spans is None:
                spans = [(f.start, f.end) for f in iter_citations(text)]
            before = text[max(0, match.start() - 20):match.start()].split()
            previous = before[-1].lower().rstrip(":,") if before else ""
            n = int(match.group(1))
            words = _WORDS.match(text, match.end())
            spelled = _spelled(n)
            line, column = draft.place(node, match.start())
            if words:
                written = " ".join(words.group(2).split())
                said = written.lower().split()
                if not said or not set(said) <= _NUMBER_WORDS:
                    continue            # "999 (BA BUN)": a code, not a number in words
                if said[-1] == "persen" and words.group(1):
                    said = said[:-1]
                if spelled and " ".join(said) != spelled and "koma" not in said:
                    yield Finding("number-words-mismatch", node.cite, line, column,
                                  {"number": match.group(1), "written": written,
                                   "words": spelled},
                                  text[match.start():words.end()])
                continue
            if previous in _LABEL_WORDS or previous.startswith("no.") or 1900 <= n <= 2099:
                continue            # a label, a number of a regulation, a year
            if any(a <= match.start() < b for a, b in spans):
                continue            # inside a reference ("Pasal 5 angka 4 atau 7")
            after = text[match.end():match.end() + 12].lstrip().lower()
            if after.startswith(_MONTHS) or previous in _MONTHS:
                continue
            yield Finding("number-words", node.cite, line, column,
                          {"number": match.group(1), "words": spelled or "…"},
                          " ".join(text[max(0, match.start() - 25):match.end() + 15].split()))


_WHAT = {"bahwa": {"id": "diawali 'bahwa'", "en": "begin with 'bahwa'"},
         ";": {"id": "diakhiri ';'", "en": "end with ';'"},
         "both": {"id": "diawali 'bahwa' dan tidak diakhiri ';'",
                  "en": "begin with 'bahwa' nor end with ';'"}}


def _check_konsiderans(draft: Draft) -> Iterator[Finding]:
    """Each point of the konsiderans begins with "bahwa" and ends with ";" (the
    last one may end with ".")."""
    for part in draft.doc.root.children:
        if part.kind != "menimbang":
            continue
        points = part.children
        for point in points:
            text = " ".join(point.full_text().split()).strip("*").strip()
            if not text:
                continue
            starts = text.lower().startswith("bahwa")
            # the last point may close with "." (as many enacted laws print it)
            ends = text.endswith(";") or (point is points[-1] and text.endswith("."))
            if starts and ends:
                continue
            what = _WHAT["both" if not (starts or ends) else "bahwa" if not starts else ";"]
            line, column = draft.marker_at(point)
            excerpt = text if len(text) <= 60 else f"{text[:28]} … {text[-28:]}"
            yield Finding("konsiderans-form", point.cite, line, column,
                          {"what": what, "excerpt": excerpt, "target": "bahwa" if not starts else ";"},
                          text)


_COMMENCEMENT = re.compile(r"(?i)mulai\s+berlaku")
_ENGAGEMENT = re.compile(r"(?i)agar\s+setiap\s+orang\s+mengetahuinya[^.]*")
GAZETTE = {"Peraturan Bupati": "Berita Daerah", "Peraturan Wali Kota": "Berita Daerah",
           "Peraturan Walikota": "Berita Daerah", "Peraturan Gubernur": "Berita Daerah",
           "Peraturan Daerah": "Lembaran Daerah", "Undang-Undang": "Lembaran Negara",
           "Peraturan Pemerintah": "Lembaran Negara", "Peraturan Presiden": "Lembaran Negara"}
NO_PENAL = ("Peraturan Bupati", "Peraturan Wali Kota", "Peraturan Walikota", "Peraturan Gubernur")
_PENAL = re.compile(r"(?i)\bdipidana\b|\bpidana\s+(?:penjara|kurungan|denda)\b|"
                    r"^ketentuan\s+pidana$")
_PENUTUP_WHAT = {
    "commencement": {"id": "tidak menyebut kapan mulai berlaku ('... mulai berlaku pada tanggal "
                           "diundangkan')",
                     "en": "does not say when it comes into force ('... mulai berlaku pada "
                           "tanggal diundangkan')"},
    "engagement": {"id": "tidak memuat rumusan pengundangan ('Agar setiap orang mengetahuinya, "
                         "memerintahkan pengundangan ...')",
                   "en": "lacks the engagement formula ('Agar setiap orang mengetahuinya, "
                         "memerintahkan pengundangan ...')"},
    "gazette": {"id": "tidak menempatkan pengundangannya dalam {gazette}",
                "en": "does not place its promulgation in the {gazette}"},
}


def _check_penutup(draft: Draft) -> Iterator[Finding]:
    """Commencement and engagement formula of a complete draft."""
    penutup = next((n for n in draft.doc.root.children if n.kind == "penutup"), None)
    if penutup is None or not draft.pasal:
        return                                  # a fragment: nothing to say about its end
    last = draft.pasal[-1]
    body = "\n".join(n.text for n in draft.own_body if n.text)
    if not _COMMENCEMENT.search(body):
        line, column = draft.marker_at(last)
        yield Finding("penutup-formula", last.cite, line, column,
                      {"what": _PENUTUP_WHAT["commencement"], "target": "commencement"},
                      last.full_text().split("\n")[0])
    closing = "\n".join(n.text for n in (last, penutup) if n.text)
    engagement = _ENGAGEMENT.search(" ".join(closing.split()))
    line, column = draft.marker_at(penutup)
    if engagement is None:
        yield Finding("penutup-formula", penutup.cite, line, column,
                      {"what": _PENUTUP_WHAT["engagement"], "target": "engagement"},
                      penutup.text.split("\n")[0])
        return
    gazette = GAZETTE.get(draft.doc.metadata.get("jenis") or "")
    if gazette and gazette.lower() not in engagement.group(0).lower():
        what = {k: v.format(gazette=gazette) for k, v in _PENUTUP_WHAT["gazette"].items()}
        yield Finding("penutup-formula", penutup.cite, line, column,
                      {"what": what, "target": gazette}, engagement.group(0))


def _check_penal(draft: Draft) -> Iterator[Finding]:
    """No ketentuan pidana in a Peraturan Bupati, Wali Kota or Gubernur."""
    jenis = draft.doc.metadata.get("jenis") or ""
    if jenis not in NO_PENAL:
        return
    for node in draft.own_body:
        text = " ".join((node.text or "").split())
        match = _PENAL.search(text)
        if match:
            line, column = draft.marker_at(node)
            yield Finding("penal-provision", node.cite, line, column,
                          {"jenis": jenis, "phrase": match.group(0)}, text)
            return                              # one is enough to say it


def check(draft: Draft) -> Iterator[Finding]:
    yield from _check_konsiderans(draft)
    yield from _check_penutup(draft)
    yield from _check_penal(draft)
    yield from _check_lists(draft)
    yield from _check_numbers(draft)
