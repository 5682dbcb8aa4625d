"""Canonical citations printed from node paths.

==============================  ====================================
path step                       printed as
==============================  ====================================
("judul", "")                   Judul
("menimbang", "")               Menimbang
("mengingat", "")               Mengingat
("menetapkan", "")              Menetapkan
("bab", "II")                   BAB II
("bagian", "Kesatu")            Bagian Kesatu
("paragraf", "1")               Paragraf 1
("pasal", "10")                 Pasal 10
("ayat", "2")                   ayat (2)
("huruf", "a") / ("huruf","A")  huruf a / huruf A
("angka", "1") / ("angka","1.1") / ("angka","ii")   angka 1 / angka 1.1 / angka ii
("butir", "1") / ("butir","a")  angka 1) / huruf a)
("penutup", "")                 Penutup
("lampiran", "") / (.., "I")    Lampiran / Lampiran I
("tabel", "3.3")                Tabel 3.3
("baris", "2")                  baris 2
("tanda_tangan", "")            tanda tangan
==============================  ====================================

A label repeated among siblings carries a ``#n`` suffix (``3.8#2``), printed
as is: ``Lampiran Tabel 3.8#2`` (the internal key).  A public label carries
the heading that makes it unique instead (``3.8 (“RSUD Tipe B”)``,
pyapi/structure/public.py), printed as is after the number.
"""

from __future__ import annotations

_WORD = {
    "judul": "Judul", "menimbang": "Menimbang", "mengingat": "Mengingat",
    "menetapkan": "Menetapkan", "penutup": "Penutup", "lampiran": "Lampiran",
    "bab": "BAB", "bagian": "Bagian", "paragraf": "Paragraf", "pasal": "Pasal",
    "huruf": "huruf", "angka": "angka", "tabel": "Tabel", "baris": "baris",
    "tanda_tangan": "tanda tangan",
}


def _step(kind: str, label: str) -> str:
    if kind == "document":
        return ""
    if label.endswith(")") and " (" in label and kind in ("ayat", "butir"):
        # a public label qualified by its heading (pyapi/structure/public.py)
        from .public import qualified, split_label

        base, _, heading = split_label(label)
        if heading is not None:
            return f"{_step(kind, base)} ({qualified('', heading).strip()[1:-1]})"
    if kind == "ayat":
        base, _, dup = label.partition("#")
        return f"ayat ({base})" + (f"#{dup}" if dup else "")
    if kind == "butir":
        base, _, dup = label.partition("#")
        word = "angka" if base[:1].isdigit() else "huruf"
        return f"{word} {base})" + (f"#{dup}" if dup else "")
    word = _WORD.get(kind, kind)
    return f"{word} {label}" if label else word


def canonical_cite(path) -> str:
    """``(("pasal","10"),("ayat","2"),("huruf","a"))`` -> ``Pasal 10 ayat (2) huruf a``."""
    return " ".join(s for s in (_step(k, v) for k, v in path) if s)
