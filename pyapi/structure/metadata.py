"""Read the regulation's metadata from its own text (judul and penutup)."""

from __future__ import annotations

import re

from .lines import Line

_MONTHS = {m: i for i, m in enumerate(
    ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
     "september", "oktober", "november", "desember"], start=1)}


_KINDS = {"PERATURAN DAERAH": "Peraturan Daerah", "PERATURAN GUBERNUR": "Peraturan Gubernur",
          "PERATURAN MENTERI": "Peraturan Menteri", "PERATURAN PEMERINTAH": "Peraturan Pemerintah",
          "PERATURAN PRESIDEN": "Peraturan Presiden", "UNDANG-UNDANG": "Undang-Undang"}
_OTHER_KIND = re.compile(r"(PERATURAN\s+(?:DAERAH|GUBERNUR|MENTERI|PEMERINTAH|PRESIDEN)|UNDANG\s*-\s*UNDANG)"
                         r"(?:\s+(.+))?$")


def _iso(date: str | None) -> str | None:
    m = re.match(r"(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$", date or "")
    if not m or m.group(2).lower() not in _MONTHS:
        return None
    return f"{m.group(3)}-{_MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"


def read_metadata(sections: list[tuple[str, Line]]) -> dict:
    meta: dict = {k: None for k in (
        "jenis", "daerah", "nomor", "tahun", "tentang", "ditetapkan_di",
        "ditetapkan_tanggal", "diundangkan_di", "diundangkan_tanggal", "berita_daerah")}
    judul = [l.content for s, l in sections if s == "judul"]
    tentang: list[str] = []
    state = None
    for text in judul:
        t = text.strip().rstrip(",")
        m = re.match(r"PERATURAN\s+(BUPATI|WALI\s?KOTA)\s+(.+)$", t)
        if m and meta["jenis"] is None:
            meta["jenis"] = "Peraturan Bupati" if m.group(1) == "BUPATI" else "Peraturan Wali Kota"
            meta["daerah"] = m.group(2).strip().title()
            continue
        m = _OTHER_KIND.match(t.lstrip("\ufeff"))
        if m and meta["jenis"] is None:
            meta["jenis"] = _KINDS[" ".join(m.group(1).split()).upper().replace(" - ", "-")]
            rest = (m.group(2) or "").strip()
            meta["daerah"] = rest.title() if rest and rest != "REPUBLIK INDONESIA" else None
            continue
        m = re.match(r"NOMOR\s+(\d+)?\s*TAHUN\s+(\d{4})", t)
        if m and meta["tahun"] is None:
            meta["nomor"], meta["tahun"] = m.group(1), m.group(2)
            continue
        if t == "TENTANG":
            state = "tentang"
            continue
        if t.startswith("DENGAN RAHMAT"):
            state = None
        elif state == "tentang":
            tentang.append(t)
    if tentang:
        meta["tentang"] = " ".join(tentang)
    pending = None
    for section, line in sections:
        if section != "penutup":
            continue
        if line.kind in ("ditetapkan", "diundangkan"):
            meta[f"{line.kind}_di"] = line.text.strip() or None
            pending = line.kind
        elif line.kind == "pada_tanggal" and pending:
            meta[f"{pending}_tanggal"] = line.text.strip() or None
            pending = None
        elif line.kind == "berita":
            m = re.search(r"TAHUN\s+(\d{4})\s+NOMOR\s+(\d+)", line.text)
            if m:
                meta["berita_daerah"] = {"tahun": m.group(1), "nomor": m.group(2)}
    meta["ditetapkan_tanggal_iso"] = _iso(meta["ditetapkan_tanggal"])
    meta["diundangkan_tanggal_iso"] = _iso(meta["diundangkan_tanggal"])
    return meta
