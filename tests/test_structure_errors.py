"""Bad input, drafts and citation printing for the structure parser."""

import pytest

from pyapi.structure import StructureError, canonical_cite, parse

DRAFT = """PERATURAN BUPATI CONTOH
NOMOR 1 TAHUN 2025

TENTANG

SISTEM KERJA

BUPATI CONTOH,

Menimbang : a. bahwa perlu;
b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a;

MEMUTUSKAN:

Menetapkan : PERATURAN BUPATI TENTANG SISTEM KERJA.

BAB I
KETENTUAN UMUM

Pasal 1

- (1) Ayat satu.
- (3) Ayat tiga:
 - a. satu;
 - c. tiga.

Pasal 2

Isi pasal dua.

Pasal 2

Isi pasal dua lagi.

Pasal 4

Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.
"""


@pytest.mark.parametrize("text", ["", "   \n\n  \t\n"])
def test_empty(text):
    with pytest.raises(StructureError) as exc:
        parse(text)
    assert "empty" in str(exc.value)
    assert exc.value.line is None


def test_not_a_regulation():
    text = "Resep nasi goreng\n\n1. Panaskan minyak.\n2. Masukkan nasi.\n"
    with pytest.raises(StructureError) as exc:
        parse(text)
    assert "not a regulation" in str(exc.value)
    assert isinstance(exc.value, ValueError)


def test_regulation_words_without_pasal():
    with pytest.raises(StructureError, match="no Pasal"):
        parse("PERATURAN BUPATI CONTOH\nNOMOR 1 TAHUN 2025\n")


def test_ayat_outside_pasal_names_the_line():
    text = "PERATURAN BUPATI CONTOH\n\nBAB I\nUMUM\n\n- (1) Ayat tanpa pasal.\n\nPasal 1\n\nIsi.\n"
    with pytest.raises(StructureError) as exc:
        parse(text)
    assert exc.value.line == 6
    assert exc.value.column == 3
    assert "outside any Pasal" in str(exc.value)
    assert "line 6" in str(exc.value)


def test_huruf_outside_pasal():
    text = "PERATURAN BUPATI CONTOH\n\nBAB I\n\na. huruf lepas;\n\nPasal 1\n\nIsi.\n"
    with pytest.raises(StructureError) as exc:
        parse(text)
    assert exc.value.line == 5


def test_draft_gaps_and_duplicates():
    doc = parse(DRAFT)
    assert doc.regency == "draft"
    assert [n.label for n in doc.nodes() if n.kind == "pasal"] == ["1", "2", "2#2", "4"]
    gaps = {(g.kind, g.label, g.after, g.within) for g in doc.gaps}
    assert ("ayat", "2", "1", "Pasal 1") in gaps
    assert ("huruf", "b", "a", "Pasal 1 ayat (3)") in gaps
    assert ("pasal", "3", "2", "") in gaps
    assert [(d.kind, d.label, d.assigned, d.line) for d in doc.duplicates] == [("pasal", "2", "2#2", 31)]
    assert doc.by_cite("Pasal 2#2").text == "Isi pasal dua lagi."
    assert doc.metadata["daerah"] == "Contoh" and doc.metadata["nomor"] == "1"
    assert doc.by_cite("Menimbang huruf b").text.startswith("bahwa berdasarkan")


def test_draft_document_api():
    doc = parse(DRAFT, regency="contoh")
    p1 = doc.get((("pasal", "1"),))
    assert p1.parent.cite == "BAB I"
    assert doc.get([("pasal", "9")]) is None
    assert doc.by_cite("pasal 1 ayat (3) huruf c").cite == "Pasal 1 ayat (3) huruf c"
    d = doc.to_dict()
    assert d["regency"] == "contoh" and d["root"]["kind"] == "document"
    assert d["gaps"] and d["duplicates"]


@pytest.mark.parametrize("path,cite", [
    ((("pasal", "10"), ("ayat", "2"), ("huruf", "a"), ("angka", "1")), "Pasal 10 ayat (2) huruf a angka 1"),
    ((("pasal", "1"), ("angka", "32")), "Pasal 1 angka 32"),
    ((("pasal", "12"), ("ayat", "4"), ("huruf", "b"), ("butir", "1")), "Pasal 12 ayat (4) huruf b angka 1)"),
    ((("pasal", "12"), ("butir", "a")), "Pasal 12 huruf a)"),
    ((("bab", "II"),), "BAB II"),
    ((("bab", "II"), ("bagian", "Kesatu")), "BAB II Bagian Kesatu"),
    ((("bab", "II"), ("bagian", "Kesatu"), ("paragraf", "1")), "BAB II Bagian Kesatu Paragraf 1"),
    ((("menimbang", ""), ("huruf", "d")), "Menimbang huruf d"),
    ((("mengingat", ""), ("angka", "3")), "Mengingat angka 3"),
    ((("penutup", ""),), "Penutup"),
    ((("lampiran", ""),), "Lampiran"),
    ((("lampiran", "I"), ("bab", "III")), "Lampiran I BAB III"),
    ((("lampiran", ""), ("huruf", "A"), ("angka", "1")), "Lampiran huruf A angka 1"),
    ((("lampiran", ""), ("tabel", "3.3")), "Lampiran Tabel 3.3"),
    ((("lampiran", ""), ("tabel", "3.8#2"), ("baris", "1")), "Lampiran Tabel 3.8#2 baris 1"),
])
def test_canonical_cite(path, cite):
    assert canonical_cite(path) == cite


def test_no_raw_lark_errors_on_odd_input():
    # control characters and stray markup must never escape as Lark exceptions
    text = "PERATURAN BUPATI X\n\x0c\n**\n####\nPasal 1\n\n- \n(1) ok\n\u00a0\n"
    doc = parse(text)
    assert doc.get([("pasal", "1"), ("ayat", "1")]).text == "ok"


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([
    "Pasal 1", "Pasal 3", "BAB I", "Bagian Kesatu", "- (1) isi", "(2) isi", "a. x", "f, y",
    "1. z", "1) w", "a) v", "A. h", "II. r", "Tabel 3.1 t", "a\tb\tc", "LAMPIRAN", "- ",
    "**", "teks biasa", "Menimbang : a. bahwa", "Ditetapkan di X", "pada tanggal 1 Mei 2024",
    "BUPATI X,", "", "ayat 2 (dua) isi", "i. r", "3.1 d",
]), max_size=30))
def test_random_lines_only_raise_structure_error(lines):
    text = "PERATURAN BUPATI X\n" + "\n".join(lines)
    try:
        doc = parse(text)
    except StructureError as exc:
        assert exc.line is None or exc.line >= 1
        return
    placed = {no for n in doc.nodes() for no in n.lines} | {no for no, _ in doc.unplaced}
    for no, raw in enumerate(text.split("\n"), start=1):
        if raw.strip():
            assert no in placed
