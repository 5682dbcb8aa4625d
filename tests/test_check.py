"""The draft checker (pyapi/check): findings on the five texts, and the
exact new findings a draft made by editing one of them gets.

Every expected finding below was checked against the text (line numbers
are those of regencies/<id>/text.txt).
"""

from __future__ import annotations

from collections import Counter

import pytest

from pyapi.check import RULES, check
from pyapi.check.lang import MESSAGES
from pyapi.citation.corpus import load_corpus
from pyapi.regulations import get
from pyapi.structure import StructureError

REGENCIES = ("tabanan", "tabalong", "lombok-barat", "pekalongan", "bantul")


def text_of(regency: str) -> str:
    return get(regency).text_path.read_text(encoding="utf-8")


_REPORTS: dict[str, object] = {}


def report_of(regency: str):
    if regency not in _REPORTS:
        _REPORTS[regency] = check(text_of(regency))
    return _REPORTS[regency]


def edited(regency: str, *replacements: tuple[str, str]) -> str:
    text = text_of(regency)
    for old, new in replacements:
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
        text = text.replace(old, new)
    return text


def new_findings(regency: str, text: str) -> list[tuple[str, str]]:
    """(rule, cite) of each finding of ``text`` that the unedited text lacks."""
    before = Counter(f.key() for f in report_of(regency).findings)
    out = []
    for f in check(text).findings:
        if before[f.key()] > 0:
            before[f.key()] -= 1
        else:
            out.append((f.rule, f.cite))
    return out


# -- the five texts --------------------------------------------------------------------

SEED_COUNTS = {
    "tabanan": {"item-end": 1, "definition-lowercase": 5},
    "tabalong": {"item-conjunction": 2, "item-end": 4, "malformed-reference": 2,
                 "numbering-gap": 2, "target-missing": 3, "definition-lowercase": 4},
    "lombok-barat": {"range-needed": 1, "target-missing": 2, "definition-lowercase": 5},
    "pekalongan": {"item-conjunction": 1, "item-end": 3, "lead-in-colon": 1,
                   "malformed-reference": 1, "preposition-dalam": 1, "preposition-pada": 1,
                   "self-reference": 1, "target-missing": 1, "definition-lowercase": 5},
    "bantul": {"malformed-reference": 1, "definition-lowercase": 1},
}


@pytest.mark.parametrize("regency", REGENCIES)
def test_findings_per_rule_on_the_five_texts(regency):
    assert report_of(regency).counts() == SEED_COUNTS[regency]


def test_defined_terms_written_in_lowercase_on_the_five_texts():
    # Tabanan Pasal 1 defines "Pejabat Penilai Kinerja"; Pasal 8 ayat (2) writes
    # "... oleh pejabat penilai kinerja dan/atau ..."
    found = {(f.cite, f.params["term"]) for f in report_of("tabanan").findings
             if f.rule == "definition-lowercase"}
    assert ("Pasal 8 ayat (2)", "Pejabat Penilai Kinerja") in found
    # Lombok Barat Pasal 4: "... dalam rangka penyederhanaan birokrasi."
    found = {(f.cite, f.params["term"]) for f in report_of("lombok-barat").findings
             if f.rule == "definition-lowercase"}
    assert ("Pasal 4", "Penyederhanaan Birokrasi") in found
    # written as defined, a term raises nothing: Tabanan's "Pimpinan Unit
    # Organisasi" in the same Pasal 8 ayat (4)
    assert not any(f.rule == "definition-lowercase" and "Pimpinan" in f.params["term"]
                   for f in report_of("tabanan").findings)


def test_specific_findings_on_the_five_texts():
    def at(regency, rule, cite):
        hits = [f for f in report_of(regency).findings if f.rule == rule and f.cite == cite]
        assert len(hits) == 1, (regency, rule, cite, [(f.rule, f.cite) for f in report_of(regency).findings])
        return hits[0]

    # Tabalong jumps from Pasal 22 (line 323) to Pasal 24 (line 340)
    gap = at("tabalong", "numbering-gap", "Pasal 24")
    assert (gap.line, gap.column) == (340, 1) and gap.params["missing"] == "23"
    # and its Mengingat from angka 13 to angka 15 (line 43)
    assert at("tabalong", "numbering-gap", "Mengingat angka 15").line == 43
    # Tabalong Pasal 5 ayat (1): "b. kompetensi" / "c. profesionalisme" without ";" (lines 114-115)
    assert at("tabalong", "item-end", "Pasal 5 ayat (1) huruf b").line == 114
    assert at("tabalong", "item-end", "Pasal 5 ayat (1) huruf c").line == 115
    # Tabalong Pasal 10 ayat (2) huruf a ends in its angka 2: "lintas Unit Organisasi.dan/atau"
    assert at("tabalong", "item-end", "Pasal 10 ayat (2) huruf a").line == 163
    # Tabalong Pasal 6 ayat (2) huruf b, before the last item c, has no "dan"/"atau" (line 135)
    assert at("tabalong", "item-conjunction", "Pasal 6 ayat (2) huruf b").line == 135
    # Tabanan Pasal 2 huruf a ends with "." (line 82)
    assert at("tabanan", "item-end", "Pasal 2 huruf a").text.endswith("penyetaraan jabatan.")
    # Pekalongan Pasal 30 ayat (4) "... meliputi sebagai berikut" without ":" (line 363)
    assert at("pekalongan", "lead-in-colon", "Pasal 30 ayat (4)").line == 363
    # Pekalongan Pasal 20 ayat (3) cites its own ayat (3) (line 262)
    f = at("pekalongan", "self-reference", "Pasal 20 ayat (3)")
    assert f.text == "sebagaimana dimaksud pada ayat (3)" and f.line == 262
    # Pekalongan Pasal 16 ayat (1) "pada pasal 10", Pasal 28 ayat (3) "dalam ayat (2)"
    assert at("pekalongan", "preposition-pada", "Pasal 16 ayat (1)").params["target"] == \
        "Pasal 10 ayat (1) huruf b"
    assert at("pekalongan", "preposition-dalam", "Pasal 28 ayat (3)").params["relative"] == "ayat (2)"
    # Lombok Barat Pasal 21 ayat (5) lists "ayat (1), ayat (2) dan ayat (3)" (line 241)
    f = at("lombok-barat", "range-needed", "Pasal 21 ayat (5)")
    assert f.line == 241 and f.params["first"] == "ayat (1)" and f.params["last"] == "ayat (3)"
    # Lombok Barat Pasal 6 cites Pasal 3 ayat (2) huruf a; its Pasal 3 ayat (2) has no huruf
    assert at("lombok-barat", "target-missing", "Pasal 6").params["target"] == \
        "Pasal 3 ayat (2) huruf a"


@pytest.mark.parametrize("regency", REGENCIES)
def test_reference_findings_are_the_pinned_broken_references(regency):
    """No alarm on a correct reference: the reference findings are exactly the
    references a legal reader pinned as broken in references.tsv (the info
    "range-needed", a style advice on a correct reference, aside)."""
    pinned = Counter((row.citing, row.phrase) for row in load_corpus([regency])
                     if row.expected not in ("ok", "external"))
    found = Counter((f.cite, f.text) for f in report_of(regency).findings
                    if f.category == "reference" and f.severity != "info")
    assert found == pinned


# -- edited drafts: exactly the new findings -------------------------------------------

EDITS = {
    # Tabalong Pasal 24 and its penutup: "Peraturan Bupati ini mulai berlaku pada
    # tanggal diundangkan." / "Agar setiap orang mengetahuinya, memerintahkan
    # Pengundangan Peraturan Bupati ini dengan penempatannya dalam Berita Daerah ..."
    "commencement removed": (
        "tabalong", [("Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.",
                      "Peraturan Bupati ini berlaku untuk seluruh Perangkat Daerah.")],
        [("penutup-formula", "Pasal 24")]),
    "engagement in the wrong gazette": (
        "tabalong", [("dengan penempatannya dalam Berita Daerah Kabupaten Tabalong.",
                      "dengan penempatannya dalam Lembaran Daerah Kabupaten Tabalong.")],
        [("penutup-formula", "Penutup")]),
    "a criminal sanction in a Peraturan Bupati": (
        "tabalong", [("Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.",
                      "Peraturan Bupati ini mulai berlaku pada tanggal diundangkan. Pegawai yang "
                      "tidak melapor dipidana dengan pidana kurungan paling lama 1 (satu) bulan.")],
        [("penal-provision", "Pasal 24")]),
    "deleted Pasal": (
        "tabalong",
        [("Pasal 8\n\nPenilaian kinerja bagi Pejabat Pimpinan Tinggi Pratama, Pejabat Administrator "
          "dan Pejabat Pengawas dilaksanakan secara berjenjang sesuai ketentuan peraturan "
          "perundang-undangan.\n\n", "")],
        [("numbering-gap", "Pasal 9")]),
    "renumbered Pasal": (
        "tabalong", [("\nPasal 21\n", "\nPasal 20\n")],
        # (and Pasal 21 ayat (4)'s lowercase "sistem kerja" moves to the new address)
        [("numbering-repeated", "Pasal 20#2"), ("definition-lowercase", "Pasal 20#2 ayat (4)"),
         ("numbering-gap", "Pasal 22")]),
    "skipped ayat": (
        "tabalong", [("- (4) Keterpaduan pemanfaatan", "- (5) Keterpaduan pemanfaatan")],
        # (and that ayat's lowercase "sistem kerja" moves to its new address)
        [("numbering-gap", "Pasal 21 ayat (5)"), ("definition-lowercase", "Pasal 21 ayat (5)")]),
    "Pasal left with a single ayat (1)": (
        "tabalong", [("- (2) Pengelolaan kinerja Pejabat Fungsional dan Pelaksana sebagaimana dimaksud "
                      "pada ayat (1) dilaksanakan", "Pengelolaan kinerja Pejabat Fungsional dan "
                      "Pelaksana sebagaimana dimaksud pada ayat (1) dilaksanakan")],
        # the former ayat (2) now continues the last item of ayat (1) (huruf d) as text:
        # Pasal 20 has one ayat "(1)", and "pada ayat (1)" now sits inside ayat (1) itself
        [("single-ayat", "Pasal 20"), ("self-reference", "Pasal 20 ayat (1) huruf d")]),
    "list items out of order": (
        "tabalong", [(" - b. pelaksanaan, pemantauan", " - c. pelaksanaan, pemantauan"),
                     (" - c. penilaian kinerja", " - b. penilaian kinerja")],
        # a, c, b, d: "b" is missing when "c" comes, "b" then comes after "c"; the item
        # before the last (without "dan"/"atau", as before) is now numbered b
        [("numbering-gap", "Pasal 20 ayat (1) huruf c"), ("numbering-order", "Pasal 20 ayat (1) huruf b"),
         ("item-conjunction", "Pasal 20 ayat (1) huruf b")]),
    "reference to a missing ayat": (
        "tabalong", [("berbagai pakai sebagaimana dimaksud pada ayat (2).",
                      "berbagai pakai sebagaimana dimaksud pada ayat (7).")],
        [("target-missing", "Pasal 21 ayat (3)")]),
    "reference to a missing Pasal": (
        "tabalong", [("Kedudukan pejabat sebagaimana dimaksud dalam Pasal 7",
                      "Kedudukan pejabat sebagaimana dimaksud dalam Pasal 30")],
        [("target-missing", "Pasal 9")]),
    "pada for another Pasal": (
        "tabalong", [("Kedudukan pejabat sebagaimana dimaksud dalam Pasal 7",
                      "Kedudukan pejabat sebagaimana dimaksud pada Pasal 7")],
        [("preposition-pada", "Pasal 9")]),
    "dalam for an ayat of the same Pasal": (
        "tabalong", [("Aplikasi SPBE sebagaimana dimaksud pada ayat (1)",
                      "Aplikasi SPBE sebagaimana dimaksud dalam ayat (1)")],
        [("preposition-dalam", "Pasal 21 ayat (2)")]),
    "self-reference": (
        "tabalong", [("berbagai pakai sebagaimana dimaksud pada ayat (2).",
                      "berbagai pakai sebagaimana dimaksud pada ayat (3).")],
        [("self-reference", "Pasal 21 ayat (3)")]),
    "list without its conjunction": (
        "tabalong", [("dibawah Jabatan Pengawas yang berperan selaku Pejabat Penilai Kinerja; dan",
                      "dibawah Jabatan Pengawas yang berperan selaku Pejabat Penilai Kinerja;")],
        [("item-conjunction", "Pasal 6 ayat (3) huruf a")]),
    "list item without ;": (
        "tabalong", [("c. peta lintas fungsi; dan/atau", "c. peta lintas fungsi dan/atau")],
        [("item-end", "Pasal 22 ayat (4) huruf c")]),
    "list lead-in without :": (
        "tabalong", [("Surat permohonan sebagaimana dimaksud pada ayat (3) paling sedikit memuat:",
                      "Surat permohonan sebagaimana dimaksud pada ayat (3) paling sedikit memuat")],
        [("lead-in-colon", "Pasal 13 ayat (4)")]),
    "number without words": (
        "tabalong", [("- (1) Penugasan individu bagi Pejabat Fungsional dan Pejabat Pelaksana dalam "
                      "1 (satu) Unit", "- (1) Penugasan individu bagi Pejabat Fungsional dan "
                      "Pejabat Pelaksana dalam 1 Unit")],
        [("number-words", "Pasal 12 ayat (1)")]),
    "number with the wrong words": (
        "tabalong", [("- (1) Penugasan individu bagi Pejabat Fungsional dan Pejabat Pelaksana dalam "
                      "1 (satu) Unit", "- (1) Penugasan individu bagi Pejabat Fungsional dan "
                      "Pejabat Pelaksana dalam 1 (dua) Unit")],
        [("number-words-mismatch", "Pasal 12 ayat (1)")]),
    "unused definition": (
        "tabalong", [("sesuai dengan kompetensi, keahlian dan/atau keterampilan.\n\nPasal 2",
                      "sesuai dengan kompetensi, keahlian dan/atau keterampilan.\n23. Tim "
                      "Penyelaras adalah tim yang menyelaraskan rencana kerja.\n\nPasal 2")],
        [("definition-unused", "Pasal 1 angka 23")]),
    "term defined twice": (
        "tabalong", [("sesuai dengan kompetensi, keahlian dan/atau keterampilan.\n\nPasal 2",
                      "sesuai dengan kompetensi, keahlian dan/atau keterampilan.\n23. Bupati "
                      "adalah Bupati Tabalong.\n\nPasal 2")],
        [("definition-repeated", "Pasal 1 angka 23")]),
    "backward range": (
        "tabalong", [("Kedudukan pejabat sebagaimana dimaksud dalam Pasal 7",
                      "Kedudukan pejabat sebagaimana dimaksud dalam Pasal 8 sampai dengan Pasal 7")],
        [("backward-range", "Pasal 9")]),
    "range of two": (
        "tabalong", [("Kedudukan pejabat sebagaimana dimaksud dalam Pasal 7",
                      "Kedudukan pejabat sebagaimana dimaksud dalam Pasal 7 sampai dengan Pasal 8")],
        [("range-of-two", "Pasal 9")]),
    "consecutive provisions listed one by one": (
        "tabalong", [("Kedudukan pejabat sebagaimana dimaksud dalam Pasal 7",
                      "Kedudukan pejabat sebagaimana dimaksud dalam Pasal 6, Pasal 7, dan Pasal 8")],
        [("range-needed", "Pasal 9")]),
    "ayat cited with 'Pasal ini'": (
        "tabalong", [("Aplikasi SPBE sebagaimana dimaksud pada ayat (1)",
                      "Aplikasi SPBE sebagaimana dimaksud pada ayat (1) Pasal ini")],
        [("forbidden-reference", "Pasal 21 ayat (2)")]),
    "single-item range": (
        "tabalong", [("Kedudukan pejabat sebagaimana dimaksud dalam Pasal 7",
                      "Kedudukan pejabat sebagaimana dimaksud dalam Pasal 7 sampai dengan Pasal 7")],
        [("single-item-range", "Pasal 9")]),
    "vague reference": (
        "tabalong", [("Kedudukan pejabat sebagaimana dimaksud dalam Pasal 7",
                      "Kedudukan pejabat tersebut di atas")],
        [("forbidden-reference", "Pasal 9")]),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_an_edit_gets_exactly_its_new_findings(name):
    regency, replacements, expected = EDITS[name]
    assert new_findings(regency, edited(regency, *replacements)) == expected


@pytest.mark.parametrize("replacements", [
    [("aplikasi umum berbagai pakai.", "aplikasi umum berbagi pakai.")],
    [("Keterpaduan pemanfaatan teknologi", "Keterpaduan penggunaan teknologi")],
    [("Pasal 2\n\nMaksud ditetapkan", "Pasal 2\n\n\n\nMaksud ditetapkan")],
    [("berdasarkan kebijakan penyederhanaan birokrasi.",
      "berdasarkan kebijakan penyederhanaan birokrasi dalam 2 (dua) tahap.")],
], ids=["word", "synonym", "blank lines", "number with words"])
def test_a_harmless_edit_gets_no_finding(replacements):
    assert new_findings("tabalong", edited("tabalong", *replacements)) == []


def test_fixing_a_defect_removes_its_finding_and_adds_none():
    text = edited("pekalongan", ("sebagaimana dimaksud dalam ayat (2)",
                                 "sebagaimana dimaksud pada ayat (2)"))
    assert new_findings("pekalongan", text) == []
    assert check(text).counts().get("preposition-dalam") is None


def test_a_finding_is_located_at_the_provision_and_the_phrase():
    text = edited("tabalong", ("berbagai pakai sebagaimana dimaksud pada ayat (2).",
                               "berbagai pakai sebagaimana dimaksud pada ayat (7)."))
    [f] = [f for f in check(text).findings if f.rule == "target-missing" and f.cite == "Pasal 21 ayat (3)"]
    line = text.split("\n")[f.line - 1]
    assert line[f.column - 1:].startswith("sebagaimana dimaksud pada ayat (7)")
    d = f.to_dict()
    assert d["category"] == "reference" and d["severity"] == "error"
    assert "Pasal 21 ayat (7)" in d["message"] and "UU 12/2011" in d["source"]
    assert f.to_dict("en")["message"].startswith("Pasal 21 ayat (7), cited in")


def test_a_numbering_gap_names_the_missing_numbers():
    lines = text_of("tabalong").split("\n")
    # delete Pasal 20 and Pasal 21 (lines 301-321 hold them, up to the Bagian heading of Pasal 22)
    start = lines.index("Pasal 20")
    end = lines.index("Pasal 22")
    draft = "\n".join(lines[:start] + lines[end:])
    gaps = [f for f in check(draft).findings if f.rule == "numbering-gap" and f.cite == "Pasal 22"]
    assert gaps[0].params["missing"] == "20 dan 21"
    assert "Pasal 20 dan 21 tidak ada" in gaps[0].to_dict()["message"]


def test_one_wrong_number_is_one_finding_not_a_cascade():
    draft = edited("tabalong", ("\nPasal 21\n", "\nPasal 25\n"))
    # Pasal 20, 25, 22: "25" stands where 21 belongs; Pasal 22 onwards are not out of order
    [f] = [f for f in check(draft).findings if f.cite == "Pasal 25"]
    assert f.rule == "numbering-wrong" and f.params["expected"] == "21"
    assert f.to_dict()["message"] == ("Pasal 25 berada di antara Pasal 20 dan Pasal 22: "
                                      "seharusnya Pasal 21.")
    assert [g.rule for g in check(draft).findings if g.category == "structure"] == \
        ["numbering-gap", "numbering-wrong", "numbering-gap"]


# -- the catalogue and the wording -------------------------------------------------------

def test_every_rule_is_worded_in_every_language_and_has_a_source():
    for lang, table in MESSAGES.items():
        assert set(table) == set(RULES), lang
    for rule in RULES.values():
        assert rule.source.startswith(("Lampiran II UU 12/2011", "UU 12/2011 Pasal"))
        assert rule.category in ("structure", "reference", "drafting", "definition", "norm")


def test_an_unreadable_text_is_a_structure_error_with_its_line():
    with pytest.raises(StructureError) as info:
        check("bukan peraturan\nhanya teks\n")
    assert info.value.line == 1


def test_the_rule_list_doc_is_generated_from_the_code():
    from pathlib import Path

    from pyapi.check.rules import rule_list_markdown

    doc = Path(__file__).resolve().parents[1] / "docs" / "check-rules.md"
    assert doc.read_text(encoding="utf-8") == rule_list_markdown(), \
        "run .venv/bin/python scripts/check_rules_doc.py"


# -- every edit of a kind, on every text ---------------------------------------------------

@pytest.mark.parametrize("regency", REGENCIES)
def test_every_reference_made_to_point_at_a_missing_ayat_is_one_new_finding(regency):
    import re

    text = text_of(regency)
    spots = list(re.finditer(r"sebagaimana dimaksud pada ayat \((\d+)\)", text))
    assert spots
    for m in spots:
        draft = text[:m.start(1)] + "99" + text[m.end(1):]
        new = new_findings(regency, draft)
        assert [rule for rule, _ in new] == ["target-missing"], (m.group(0), new)


@pytest.mark.parametrize("regency", REGENCIES)
def test_every_dalam_pasal_made_pada_is_one_new_finding(regency):
    import re

    text = text_of(regency)
    for m in re.finditer(r"sebagaimana dimaksud (dalam) Pasal \d+", text):
        draft = text[:m.start(1)] + "pada" + text[m.end(1):]
        assert [rule for rule, _ in new_findings(regency, draft)] == ["preposition-pada"]


@pytest.mark.parametrize("regency", REGENCIES)
def test_deleting_any_pasal_is_a_gap_at_the_next_and_missing_targets_only(regency):
    from pyapi.structure import load_regency

    lines = text_of(regency).split("\n")
    pasal = [n for n in load_regency(regency).nodes() if n.kind == "pasal"]
    for gone, after in zip(pasal, pasal[1:]):
        last = max(x for n in gone.walk() for x in n.lines)
        draft = "\n".join(lines[:gone.lines[0] - 1] + lines[last:])
        new = new_findings(regency, draft)
        assert ("numbering-gap", after.cite) in new, (gone.cite, new)
        assert all(rule == "target-missing" for rule, _ in new
                   if (rule, _) != ("numbering-gap", after.cite)), (gone.cite, new)


@pytest.mark.parametrize("rule", sorted(r for r in RULES if RULES[r].category != "norm"))
def test_each_rule_fails_its_failing_example_and_passes_its_passing_one(rule):
    # (the norm rules need the knowledge base: tests/test_check_norms.py)
    from pyapi.check.rules import EXAMPLES, example_draft

    bad, good = EXAMPLES[rule]
    assert rule in check(example_draft(bad)).counts()
    assert check(example_draft(good)).findings == []
