"""Finder: spans, canonical forms, external references, garbled phrases."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pyapi.citation import find_citations
from pyapi.structure import parse as parse_structure

DRAFT = """PERATURAN BUPATI CONTOH
NOMOR 7 TAHUN 2024

TENTANG

SISTEM KERJA

BUPATI CONTOH,

Menimbang: a. bahwa satu;
b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Peraturan Bupati;

MEMUTUSKAN:

Menetapkan: PERATURAN BUPATI TENTANG SISTEM KERJA.

Pasal 1

(1) Penugasan dilakukan melalui:
a. penunjukan; dan
b. pengajuan sukarela.
(2) Penunjukan sebagaimana dimaksud pada ayat (1) huruf a ditetapkan oleh Pejabat Penilai Kinerja.
(3) Pengajuan sebagaimana dimaksud pada ayat (1) huruf c dan sebagaimana dimaksud pada ayat (3) diatur dalam Pasal 2.

Pasal 2

Rincian sebagaimana dimaksud dalam Pasal 1 tercantum dalam Lampiran sesuai Pasal 25 Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 7 Tahun 2022.

Ditetapkan di Contoh
"""
DOC = parse_structure(DRAFT, "draft")


def found_in(cite):
    node = DOC.by_cite(cite)
    return find_citations(node.text, DOC, node.path)


def test_spans_and_canonical_without_document():
    text = "Tugas sebagaimana dimaksud pada ayat (1), yaitu: lihat juga pasal 10 ayat 1 (satu)."
    found = find_citations(text)
    assert [(f.phrase, f.canonical) for f in found] == [
        ("sebagaimana dimaksud pada ayat (1)", "sebagaimana dimaksud pada ayat (1)"),
        ("pasal 10 ayat 1 (satu)", "Pasal 10 ayat (1)"),
    ]
    for f in found:
        assert text[f.start:f.end] == f.phrase
        assert f.resolution is None and not f.external


def test_resolves_against_the_citing_provision():
    [f] = found_in("Pasal 1 ayat (2)")
    assert f.resolution.ok
    assert [t.cite for t in f.resolution.targets] == ["Pasal 1 ayat (1) huruf a"]


def test_every_citation_of_a_provision_with_problems():
    found = found_in("Pasal 1 ayat (3)")
    assert [f.phrase for f in found] == ["sebagaimana dimaksud pada ayat (1) huruf c",
                                         "sebagaimana dimaksud pada ayat (3)", "Pasal 2"]
    assert [[p.code for p in f.problems] for f in found] == [["target-missing"], ["self-reference"], []]


def test_external_reference_is_not_resolved_against_the_regulation():
    found = found_in("Pasal 2")
    assert [f.phrase for f in found] == [
        "sebagaimana dimaksud dalam Pasal 1", "Lampiran",
        "Pasal 25 Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi "
        "Nomor 7 Tahun 2022"]
    pasal_25 = found[2]
    assert pasal_25.external and pasal_25.resolution.external and pasal_25.problems == ()
    assert [p.code for p in found[1].problems] == ["target-missing"]   # this draft has no Lampiran


def test_menimbang_cites_its_own_letters():
    [f] = found_in("Menimbang huruf b")
    assert f.resolution.ok and [t.cite for t in f.resolution.targets] == ["Menimbang huruf a"]


def test_garbled_frames_are_malformed_but_still_read():
    text = ("Penugasan sebagaimana dimaksud pada Pasal dalam Pasal 10 ayat (2), dilakukan; "
            "Kelompok sebagaimana pasal 12 ayat (1) huruf a dalam pelaksanaan tugas.")
    found = find_citations(text)
    assert [(f.phrase, f.canonical) for f in found] == [
        ("sebagaimana dimaksud pada Pasal dalam Pasal 10 ayat (2)",
         "sebagaimana dimaksud dalam Pasal 10 ayat (2)"),
        ("sebagaimana pasal 12 ayat (1) huruf a", "Pasal 12 ayat (1) huruf a"),
    ]
    assert all([p.code for p in f.problems] == ["malformed-phrase"] for f in found)
    assert "kolom 33" in found[0].problems[0].message


def test_dangling_fragment_before_frame():
    [f] = find_citations("Tujuan Mekanisme Kerja huruf a sebagaimana dimaksud dalam Pasal 3 ayat (2) yaitu:")
    assert f.canonical == "sebagaimana dimaksud dalam Pasal 3 ayat (2)"
    assert [p.code for p in f.problems] == ["malformed-phrase"]


def test_frame_without_target_is_not_a_citation():
    assert find_citations("ketentuan sebagaimana dimaksud dalam:\na. Peraturan Bupati Nomor 4") == []
    assert find_citations("sebagaimana tercantum dalam Lampiran")[0].phrase == "Lampiran"


@settings(max_examples=300)
@given(st.text(max_size=120) | st.lists(st.sampled_from(
    ["sebagaimana", "dimaksud", "pada", "dalam", "Pasal", "pasal", "1", "ayat", "(2)", "huruf", "a)",
     "Lampiran", "dan", ",", "sampai dengan", "Peraturan Bupati", "Nomor", "Tahun", "2024", "ini", "x"]),
    max_size=20).map(" ".join))
def test_fuzz_finder_never_fails(text):
    for f in find_citations(text, DOC, (("pasal", "1"), ("ayat", "2"))):
        assert text[f.start:f.end] == f.phrase
        assert f.citation is not None or f.problems
