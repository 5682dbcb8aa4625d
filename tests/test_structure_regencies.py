"""Structure of the five real Perbup texts.

Every expected value below was counted by reading regencies/<id>/text.txt
(line numbers given in comments), not copied from the parser's output.
"""

import pytest

from pyapi import regulations
from pyapi.structure import load_regency, regency_text_path

REGENCIES = regulations.ids()


def pasal_numbers(doc):
    return [n.label for n in doc.nodes() if n.kind == "pasal"]


def labels(node, kind):
    return [c.label for c in node.children if c.kind == kind]


def ayat_map(doc):
    return {n.label: labels(n, "ayat") for n in doc.nodes() if n.kind == "pasal"}


# -- Tabanan 107/2023 -------------------------------------------------------------------

def test_tabanan_pasal_and_ayat():
    doc = load_regency("tabanan")
    assert pasal_numbers(doc) == [str(i) for i in range(1, 15)]
    expected = {"1": [], "2": [], "3": [], "4": ["1", "2"], "5": ["1", "2", "3", "4"],
                "6": ["1", "2", "3"], "7": ["1", "2", "3"], "8": ["1", "2", "3", "4"],
                "9": ["1", "2", "3", "4", "5"], "10": ["1", "2"], "11": ["1", "2", "3", "4"],
                "12": ["1", "2", "3", "4"], "13": [], "14": []}
    assert ayat_map(doc) == expected
    assert doc.gaps == []


def test_tabanan_huruf_and_definitions():
    doc = load_regency("tabanan")
    assert labels(doc.get([("pasal", "5"), ("ayat", "3")]), "huruf") == list("abcdef")
    assert labels(doc.get([("pasal", "2")]), "huruf") == list("abcde")
    assert labels(doc.get([("pasal", "12"), ("ayat", "3")]), "huruf") == list("abcd")
    p1 = doc.get([("pasal", "1")])
    assert labels(p1, "angka") == [str(i) for i in range(1, 21)]
    assert p1.text == "Dalam Peraturan Bupati ini yang dimaksud dengan:"
    assert doc.by_cite("Pasal 1 angka 2").text == "Bupati adalah Bupati Tabanan."
    # line 70-72: the definition continues after a page break
    d17 = doc.by_cite("Pasal 1 angka 17")
    assert d17.lines == [70, 72]
    assert d17.text.endswith("pejabat lain yang diberi\npendelegasian kewenangan.")
    ayat = doc.by_cite("Pasal 8 ayat (4)")
    assert ayat.text == ("Penugasan sebagaimana dimaksud pada ayat (1) ditetapkan oleh "
                         "pejabat penilai kinerja atau Pimpinan Unit Organisasi.")


def test_tabanan_membership():
    doc = load_regency("tabanan")
    assert doc.get([("pasal", "1")]).parent.cite == "BAB I"
    assert doc.get([("pasal", "5")]).parent.cite == "BAB II"
    assert doc.get([("pasal", "7")]).parent.cite == "BAB II Bagian Kedua"
    assert doc.get([("pasal", "8")]).parent.cite == "BAB II Bagian Kedua"
    # line 149-151: heading and title on separate lines
    ketiga = doc.by_cite("BAB II Bagian Ketiga")
    assert ketiga.text == "Pelaksanaan Tugas dan Pertanggungjawaban"
    assert doc.get([("pasal", "14")]).parent.label == "V"
    assert doc.by_cite("BAB III").text == "PROSES BISNIS"


def test_tabanan_preamble_and_lampiran():
    doc = load_regency("tabanan")
    assert labels(doc.get([("menimbang", "")]), "huruf") == list("abcd")
    assert labels(doc.get([("mengingat", "")]), "angka") == [str(i) for i in range(1, 12)]
    assert doc.by_cite("Menimbang huruf d").text.startswith("bahwa berdasarkan pertimbangan")
    # patterns A-G (lines 467, 495, 553, 581, 609, 637, 666)
    lam = doc.get([("lampiran", "")])
    assert [c.label for c in lam.children if c.kind == "huruf"] == list("ABCDEFG")
    assert doc.by_cite("Lampiran huruf A").lines[0] == 467
    assert doc.by_cite("Lampiran huruf A angka 1").text.startswith("Kedudukan\n")
    units = doc.get([("lampiran", ""), ("huruf", "B"), ("angka", "1")])
    names = [c.text for c in units.children if c.kind == "huruf"]
    assert len(names) == 27 and names[0] == "Sekretariat DPRD"
    assert names[-1] == "Rumah Sakit Umum Daerah Tabanan"      # "aa." line 529
    # line 633 "C. Tahapan Evaluasi" is a typo for "c." inside pattern E
    e_mek = doc.by_cite("Lampiran huruf E angka 2")
    assert labels(e_mek, "huruf") == ["a", "b", "c"]
    assert any(no == 633 for no, _ in doc.anomalies)
    assert (312, "17") in doc.unplaced                           # page number


# -- Tabalong 9/2024 ----------------------------------------------------------------------

def test_tabalong_pasal_gap():
    doc = load_regency("tabalong")
    assert pasal_numbers(doc) == [str(i) for i in range(1, 23)] + ["24"]
    pasal_gaps = [g for g in doc.gaps if g.kind == "pasal"]
    assert [(g.kind, g.label, g.after) for g in pasal_gaps] == [("pasal", "23", "22")]
    assert doc.get([("pasal", "23")]) is None                   # never filled


def test_tabalong_mengingat_gap():
    doc = load_regency("tabalong")
    mengingat = doc.get([("mengingat", "")])
    assert labels(mengingat, "angka") == [str(i) for i in range(1, 14)] + [str(i) for i in range(15, 20)]
    assert ("angka", "14", "13", "Mengingat") in [tuple(g)[:4] for g in doc.gaps]
    # inline "Menimbang : a." / "Mengingat : 1." (lines 22, 26)
    assert labels(doc.get([("menimbang", "")]), "huruf") == list("abcd")
    assert doc.by_cite("Mengingat angka 1").text.startswith("Pasal 18 Ayat (6)")


def test_tabalong_ayat_and_items():
    doc = load_regency("tabalong")
    am = ayat_map(doc)
    assert am["5"] == ["1", "2", "3"]
    assert am["6"] == ["1", "2", "3", "4"]
    assert am["13"] == ["1", "2", "3", "4", "5"]
    assert am["18"] == ["1", "2", "3", "4", "5", "6"]
    assert am["22"] == ["1", "2", "3", "4", "5", "6"]
    assert am["17"] == [] and am["24"] == []
    assert labels(doc.get([("pasal", "1")]), "angka") == [str(i) for i in range(1, 23)]
    assert labels(doc.by_cite("Pasal 5 ayat (1)"), "huruf") == list("abcdef")
    assert labels(doc.by_cite("Pasal 6 ayat (2)"), "huruf") == list("abc")
    # line 161-164: angka under huruf
    assert labels(doc.by_cite("Pasal 10 ayat (2) huruf a"), "angka") == ["1", "2"]
    assert doc.by_cite("Pasal 10 ayat (2) huruf a angka 1").text == "1 (satu) Unit Organisasi; dan"
    assert labels(doc.by_cite("Pasal 10 ayat (2)"), "huruf") == ["a", "b"]
    # line 335: ayat wrapped in markdown italics
    assert doc.by_cite("Pasal 22 ayat (6)").text.startswith("Standar operasional prosedur")


def test_tabalong_membership_and_lampiran():
    doc = load_regency("tabalong")
    assert doc.get([("pasal", "10")]).parent.cite == "BAB II Bagian Ketiga"
    assert doc.get([("pasal", "15")]).parent.cite == "BAB II Bagian Ketiga"
    assert doc.by_cite("BAB II Bagian Ketiga").text == "Penugasan"
    assert doc.get([("pasal", "22")]).parent.cite == "BAB III"
    assert doc.get([("pasal", "24")]).parent.cite == "BAB IV"
    lam = doc.get([("lampiran", "")])
    assert [c.label for c in lam.children if c.kind == "huruf"] == list("ABCDEFGHIJKLMN")
    kec = doc.by_cite("Lampiran huruf K")
    assert kec.text == "Kecamatan"
    assert labels(kec, "angka") == ["1", "2", "3", "4"]
    assert labels(doc.by_cite("Lampiran huruf K angka 4"), "huruf") == ["a", "b", "c"]
    assert doc.by_cite("Lampiran huruf K angka 2").text.startswith(
        "Sekretaris Kecamatan sebagai Pimpinan Unit Organisasi")


# -- Lombok Barat 57/2023 -----------------------------------------------------------------

def test_lombok_barat_structure():
    doc = load_regency("lombok-barat")
    assert pasal_numbers(doc) == [str(i) for i in range(1, 25)]
    assert [g for g in doc.gaps if g.kind == "pasal"] == []
    assert labels(doc.get([("pasal", "1")]), "angka") == [str(i) for i in range(1, 14)]
    am = ayat_map(doc)
    assert am["3"] == ["1", "2"] and am["7"] == ["1", "2"] and am["21"] == ["1", "2", "3", "4", "5"]
    assert am["19"] == ["1", "2"]                                  # noise line 219 between
    assert (219, "- ") in doc.unplaced
    assert labels(doc.by_cite("Pasal 7 ayat (1)"), "huruf") == list("abcdef")
    # "#### Pasal 6" under "#### Bagian Kesatu" / "#### Umum" (lines 101-105)
    assert doc.get([("pasal", "6")]).parent.cite == "BAB II Bagian Kesatu"
    assert doc.by_cite("BAB II Bagian Kesatu").text == "Umum"
    assert doc.get([("pasal", "21")]).parent.cite == "BAB III"
    assert doc.get([("pasal", "24")]).parent.cite == "BAB V"


def test_lombok_barat_lampiran():
    doc = load_regency("lombok-barat")
    lam = doc.get([("lampiran", "")])
    assert [c.label for c in lam.children if c.kind == "bab"] == ["I", "II", "III"]
    assert labels(doc.by_cite("Lampiran BAB II"), "huruf") == ["A", "B", "C", "D"]
    d = doc.by_cite("Lampiran BAB II huruf D")
    assert labels(d, "angka") == [str(i) for i in range(1, 11)]
    assert doc.by_cite("Lampiran BAB II huruf D angka 8").text.startswith(
        "Mekanisme Kerja pada Sekretariat Daerah")
    # line 872: a bare "d)" is reported, not turned into a node
    assert (872, "d)") in doc.unplaced


# -- Pekalongan 52/2024 -----------------------------------------------------------------

def test_pekalongan_pasal_and_definitions():
    doc = load_regency("pekalongan")
    assert pasal_numbers(doc) == [str(i) for i in range(1, 33)]
    assert labels(doc.get([("pasal", "1")]), "angka") == [str(i) for i in range(1, 35)]
    assert doc.by_cite("Pasal 1 angka 5").text == "Pejabat yang Berwenang adalah Sekretaris Daerah."
    am = ayat_map(doc)
    assert am["22"] == ["1", "2", "3", "4", "5", "6"]
    assert am["25"] == ["1", "2", "3"]
    assert am["29"] == ["1", "2"]
    assert am["21"] == [] and am["24"] == []
    # line 296: "f," typo read as huruf f
    assert labels(doc.by_cite("Pasal 22 ayat (5)"), "huruf") == list("abcdef")
    assert doc.by_cite("Pasal 22 ayat (5) huruf f").text.startswith("melaksanakan kolaborasi")
    assert any(no == 296 for no, _ in doc.anomalies)
    # Pasal 31 lists huruf a..w: "i." and "v." are letters here (lines 385, 399)
    assert labels(doc.by_cite("Pasal 31"), "huruf") == list("abcdefghijklmnopqrstuvw")


def test_pekalongan_membership():
    doc = load_regency("pekalongan")
    assert doc.get([("pasal", "29")]).parent.cite == "BAB II Bagian Kedelapan"
    assert doc.by_cite("BAB II Bagian Kedelapan").text == "Penunjukan Pejabat Sementara"
    assert doc.get([("pasal", "19")]).parent.cite == "BAB II Bagian Keempat"
    assert doc.get([("pasal", "30")]).parent.cite == "BAB III"


def test_pekalongan_tables():
    doc = load_regency("pekalongan")
    tables = [n.label for n in doc.nodes() if n.kind == "tabel"]
    assert tables == ["3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7", "3.8", "3.9", "3.10",
                      "3.8#2", "3.12", "3.14", "3.15"]
    assert [(g.label, g.after) for g in doc.gaps if g.kind == "tabel"] == [("3.11", "3.10"), ("3.13", "3.12")]
    assert [(d.label, d.assigned, d.line) for d in doc.duplicates if d.kind == "tabel"] == [("3.8", "3.8#2", 742)]
    t33 = doc.by_cite("Lampiran Tabel 3.3")
    assert t33.text == "Penjelasan Rinci Kedudukan dan Peran Jabatan"
    assert t33.cells == ["Pemilik Kinerja/ Pimpinan Unit Organisasi", "Penilai Kinerja", "Pejabat yang dinilai"]
    rows = [c for c in t33.children if c.kind == "baris"]
    assert len(rows) == 4                                         # lines 598-601
    assert rows[0].cells == ["Kepala Badan/ Kepala Dinas", "Kepala Badan/ Kepala Dinas",
                             "Sekretaris, Kepala Bidang, Kepala UPTD, JF Ahli Madya dan Utama"]
    assert rows[2].cells == ["", "Kepala Bidang", "JF Keterampilan dan JF Keahlian (Pertama dan Muda) serta Pelaksana"]
    assert doc.by_cite("Lampiran Tabel 3.3 baris 4").lines == [601]
    assert len([c for c in doc.by_cite("Lampiran Tabel 3.6").children]) == 7      # lines 654-660
    second = doc.by_cite("Lampiran Tabel 3.8#2")
    assert second.lines[0] == 742
    assert [r.cells[0] for r in second.children] == ["Kepala Puskesmas", ""]
    assert doc.by_cite("Lampiran Tabel 3.8").lines[0] == 693
    # a table belongs to the heading it appears under
    assert doc.by_cite("Lampiran Tabel 3.1").parent.path[:2] == (("lampiran", ""), ("bab", "III"))


def test_pekalongan_lampiran_chapters():
    doc = load_regency("pekalongan")
    lam = doc.get([("lampiran", "")])
    assert [c.label for c in lam.children if c.kind == "bab"] == ["I", "II", "III", "IV", "V", "VI"]
    assert labels(doc.by_cite("Lampiran BAB I"), "angka") == ["1.1", "1.2"]
    assert labels(doc.by_cite("Lampiran BAB IV"), "angka") == ["4.1", "4.2", "4.3"]


# -- Bantul 1/2023 -------------------------------------------------------------------------

def test_bantul_structure():
    doc = load_regency("bantul")
    assert pasal_numbers(doc) == [str(i) for i in range(1, 22)]
    assert labels(doc.get([("pasal", "1")]), "angka") == [str(i) for i in range(1, 16)]
    assert doc.by_cite("Pasal 1 angka 14").text == "Daerah adalah Kabupaten Bantul."
    am = ayat_map(doc)
    assert am["7"] == ["1", "2", "3", "4", "5"]
    assert am["6"] == ["1", "2"] and am["3"] == ["1", "2", "3"]
    assert labels(doc.by_cite("Pasal 6 ayat (1)"), "huruf") == list("abcdef")
    assert labels(doc.get([("menimbang", "")]), "huruf") == list("abc")
    assert labels(doc.get([("mengingat", "")]), "angka") == [str(i) for i in range(1, 8)]
    assert doc.get([("pasal", "7")]).parent.cite == "BAB II Bagian Kedua"
    assert doc.by_cite("BAB II Bagian Kedua").text == "Kedudukan"
    assert doc.get([("pasal", "19")]).parent.cite == "BAB III"


def test_bantul_lampiran():
    doc = load_regency("bantul")
    lam = doc.get([("lampiran", "")])
    assert [n for n in doc.nodes() if n.kind == "lampiran"] == [lam]   # one Lampiran, chapters I-IV
    assert [c.label for c in lam.children if c.kind == "bab"] == ["I", "II", "III", "IV"]
    assert labels(doc.by_cite("Lampiran BAB I"), "huruf") == list("abcdefg")
    # line 620: "I." after "H." is huruf I, not a chapter
    assert labels(doc.by_cite("Lampiran BAB IV"), "huruf") == list("ABCDEFGHI")
    kap = doc.by_cite("Lampiran BAB IV huruf E")
    assert kap.text == "Mekanisme Kerja pada Kapanewon"
    assert labels(kap, "angka") == ["1", "2", "3", "4"]
    assert labels(doc.by_cite("Lampiran BAB II huruf A angka 2)"), "huruf") == ["a", "b", "c"]
    assert labels(doc.by_cite("Lampiran BAB II huruf A angka 2) huruf b"), "angka") == ["1", "2"]


# -- metadata -----------------------------------------------------------------------------

@pytest.mark.parametrize("rid,expected", [
    ("tabanan", dict(daerah="Tabanan", nomor="107", tahun="2023", tentang="SISTEM KERJA PERANGKAT DAERAH",
                     ditetapkan_di="Tabanan", ditetapkan_tanggal="17 Oktober 2023",
                     diundangkan_di="Tabanan", diundangkan_tanggal="17 Oktober 2023",
                     berita_daerah={"tahun": "2023", "nomor": "107"})),
    ("tabalong", dict(daerah="Tabalong", nomor="9", tahun="2024",
                      tentang="SISTEM KERJA APARATUR SIPIL NEGARA UNTUK PENYEDERHANAAN BIROKRASI",
                      ditetapkan_di="Tanjung", ditetapkan_tanggal="14 Maret 2024",
                      berita_daerah={"tahun": "2024", "nomor": "9"})),
    ("lombok-barat", dict(daerah="Lombok Barat", nomor="57", tahun="2023",
                          ditetapkan_di="Gerung", diundangkan_tanggal="30 Oktober 2023",
                          berita_daerah=None)),
    ("pekalongan", dict(daerah="Pekalongan", nomor="52", tahun="2024",
                        tentang="SISTEM KERJA DI LINGKUNGAN PEMERINTAH DAERAH",
                        ditetapkan_di="Kajen", ditetapkan_tanggal="16 Juli 2024",
                        berita_daerah={"tahun": "2024", "nomor": "52"})),
    ("bantul", dict(daerah="Bantul", nomor="1", tahun="2023",
                    tentang="MEKANISME KERJA UNTUK PENYEDERHANAAN BIROKRASI PADA PEMERINTAH KABUPATEN BANTUL",
                    diundangkan_di="Bantul", diundangkan_tanggal="9 Januari 2023",
                    berita_daerah={"tahun": "2023", "nomor": "1"})),
])
def test_metadata(rid, expected):
    meta = load_regency(rid).metadata
    assert meta["jenis"] == "Peraturan Bupati"
    for key, value in expected.items():
        assert meta[key] == value, key


# -- invariants over all five ------------------------------------------------------------------

@pytest.mark.parametrize("rid", REGENCIES)
def test_nothing_lost(rid):
    doc = load_regency(rid)
    text = regency_text_path(rid).open(encoding="utf-8").read()
    placed = {no for n in doc.nodes() for no in n.lines} | {no for no, _ in doc.unplaced}
    for no, raw in enumerate(text.split("\n"), start=1):
        if raw.strip():
            assert no in placed, f"line {no} lost: {raw!r}"


@pytest.mark.parametrize("rid", REGENCIES)
def test_text_lines_are_verbatim(rid):
    doc = load_regency(rid)
    lines = regency_text_path(rid).open(encoding="utf-8").read().split("\n")
    for node in doc.nodes():
        for part in node.text.split("\n") if node.text else []:
            assert any(part in lines[no - 1] for no in node.lines), (node.cite, part)


@pytest.mark.parametrize("rid", REGENCIES)
def test_paths_unique_and_cites_resolve(rid):
    doc = load_regency(rid)
    nodes = list(doc.nodes())[1:]
    assert len({n.path for n in nodes}) == len(nodes)
    for n in nodes:
        assert doc.get(n.path) is n
        assert doc.by_cite(n.cite) is n


@pytest.mark.parametrize("rid", REGENCIES)
def test_deterministic(rid):
    from pyapi.structure import parse
    text = regency_text_path(rid).open(encoding="utf-8").read()
    assert parse(text, rid).to_dict() == parse(text, rid).to_dict()


def test_pekalongan_decimal_items_nest_under_their_number():
    # Lampiran BAB IV: "4.1 Penunjukan" (line 822) ... "4.1.1 Penunjukan Individu"
    # (868), "4.1.2" (897), "4.1.3 Penunjukan Tim Kerja" (899), "4.2" (972).
    doc = load_regency("pekalongan")
    n41 = doc.by_cite("Lampiran BAB IV angka 4.1")
    assert [c.label for c in n41.children if c.kind == "angka"] == ["4.1.1", "4.1.2", "4.1.3"]
    assert doc.by_cite("Lampiran BAB IV angka 4.1 angka 4.1.3").text.startswith(
        "Penunjukan Tim Kerja")
    n42 = doc.by_cite("Lampiran BAB IV angka 4.2")
    assert [c.label for c in n42.children if c.kind == "angka"] == ["4.2.1", "4.2.2"]
