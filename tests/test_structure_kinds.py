"""The structure parser beyond a Perbup: other kinds of regulation, the
PENJELASAN part, amending regulations and the artefacts of PDF conversion."""

from __future__ import annotations

import pytest

from pyapi.check import check
from pyapi.structure import StructureError, parse

PERDA = """\ufeffwww.hukumonline.com
PERATURAN DAERAH KABUPATEN SUKAMAJU
NOMOR 3 TAHUN 2020
TENTANG
PENYELENGGARAAN PASAR RAKYAT
DENGAN RAHMAT TUHAN YANG MAHA ESA
BUPATI SUKAMAJU,
Menimbang: a. bahwa pasar rakyat perlu ditata;
b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Peraturan Daerah tentang Penyelenggaraan Pasar Rakyat;
Mengingat: 1. Undang-Undang Nomor 7 Tahun 2014 tentang Perdagangan;
MEMUTUSKAN:
Menetapkan: PERATURAN DAERAH TENTANG PENYELENGGARAAN PASAR RAKYAT.
BAB I
KETENTUAN UMUM  Pasal 1
Dalam Peraturan Daerah ini yang dimaksud dengan:
1. Daerah adalah Kabupaten Sukamaju.
2. Pasar Rakyat adalah tempat usaha yang ditata dan dikelola Pemerintah Daerah.
1 / 3
www.hukumonline.com/pusatdata
Pasal 2
(1) Pasar Rakyat dikelola oleh Daerah. (2) Pengelolaan sebagaimana dimaksud pada ayat (1) meliputi: a. penataan; dan
b. pemeliharaan.
Pasal 3
Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.
Agar setiap orang mengetahuinya, memerintahkan pengundangan Peraturan Daerah ini dengan penempatannya dalam Lembaran Daerah Kabupaten Contoh.
PENJELASAN
ATAS
PERATURAN DAERAH KABUPATEN SUKAMAJU
I. UMUM
Pasar rakyat perlu ditata.
II. PASAL DEMI PASAL
Pasal 1
Cukup jelas.
Pasal 2
Ayat (1)
Cukup jelas.
Pasal 3
Cukup jelas.
"""


def test_a_perda_is_read_with_its_kind_and_penjelasan_apart():
    doc = parse(PERDA)
    assert doc.metadata["jenis"] == "Peraturan Daerah"
    assert doc.metadata["nomor"] == "3" and doc.metadata["tahun"] == "2020"
    assert doc.metadata["tentang"] == "PENYELENGGARAAN PASAR RAKYAT"
    pasal = [n.cite for n in doc.root.walk() if n.kind == "pasal"]
    assert pasal == ["Pasal 1", "Pasal 2", "Pasal 3"]          # not the PENJELASAN's
    [penjelasan] = [n for n in doc.root.children if n.kind == "penjelasan"]
    assert "Cukup jelas." in penjelasan.text and penjelasan.text.startswith("PENJELASAN")
    assert doc.gaps == [] and doc.duplicates == []


def test_pdf_artefacts_and_items_run_together():
    doc = parse(PERDA)
    lines = PERDA.split("\n")
    unplaced = {raw.strip() for _, raw in doc.unplaced}
    assert {"1 / 3", "www.hukumonline.com/pusatdata"} <= unplaced
    assert doc.by_cite("BAB I").text == "KETENTUAN UMUM"         # "KETENTUAN UMUM  Pasal 1"
    assert doc.by_cite("Pasal 2 ayat (2)").text.startswith("Pengelolaan sebagaimana")
    assert doc.by_cite("Pasal 2 ayat (2) huruf a").text == "penataan; dan"
    assert doc.by_cite("Pasal 2 ayat (2) huruf b").text == "pemeliharaan."
    assert lines[0].startswith("\ufeffwww")


def test_the_checker_reads_a_perda_and_finds_nothing_wrong_in_it():
    report = check(PERDA)
    assert report.document["counts"] == {"bab": 1, "pasal": 3, "ayat": 2}
    assert report.findings == []


AMENDING = """UNDANG-UNDANG REPUBLIK INDONESIA
NOMOR 1 TAHUN 2030
TENTANG
PERUBAHAN ATAS UNDANG-UNDANG NOMOR 5 TAHUN 2020 TENTANG CONTOH
Menimbang: a. bahwa perlu diubah;
Mengingat: 1. Undang-Undang Dasar Negara Republik Indonesia Tahun 1945;
MEMUTUSKAN:
Menetapkan: UNDANG-UNDANG TENTANG PERUBAHAN ATAS UNDANG-UNDANG NOMOR 5 TAHUN 2020.
Pasal I
Beberapa ketentuan dalam Undang-Undang Nomor 5 Tahun 2020 tentang Contoh diubah sebagai berikut:
1. Ketentuan Pasal 5 diubah sehingga berbunyi sebagai berikut:
“Pasal 5
(1) Setiap orang wajib mendaftar.
(2) Pendaftaran sebagaimana dimaksud pada ayat (1) dilakukan paling lama 30 (tiga puluh) hari.”
2. Di antara Pasal 5 dan Pasal 6 disisipkan 1 (satu) pasal, yakni Pasal 5A sehingga berbunyi sebagai berikut:
Pasal 5A
Pendaftaran sebagaimana dimaksud dalam Pasal 5 tidak dipungut biaya.
3. Pasal 7 dihapus.
Pasal II
Undang-Undang ini mulai berlaku pada tanggal diundangkan.
"""


def test_an_amending_law_counts_its_own_articles_and_quotes_the_rest():
    doc = parse(AMENDING)
    top = [n.label for n in doc.root.walk() if n.kind == "pasal"]
    assert top == ["I", "II"]
    items = [n.label for n in doc.get((("pasal", "I"),)).children]
    assert items == ["1", "2", "3"]
    assert "Pasal 5A" in doc.by_cite("Pasal I angka 2").text
    report = check(AMENDING)
    assert report.document["counts"]["pasal"] == 2
    # what Pasal I quotes cites the amended law: no reference finding
    assert [f.rule for f in report.findings if f.category == "reference"] == []


@pytest.mark.parametrize("text, line", [
    ("", None),
    ("Surat biasa\ntanpa pasal\n", 1),
    ("PERATURAN DAERAH KOTA X\nNOMOR 1 TAHUN 2020\nBAB I\nUMUM\n(1) ayat tanpa Pasal\nPasal 1\nIsi.\n", 5),
])
def test_an_unreadable_text_is_an_error_with_its_place(text, line):
    with pytest.raises(StructureError) as info:
        parse(text)
    assert info.value.line == line
