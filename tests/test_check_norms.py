"""Contradictions between a draft's norms (perbup check, category norm).

Drafts are the real texts of regencies/*/text.txt, edited here; each edit
must add a norm-conflict finding naming both provisions, a harmless edit
none.  The draft's norms live in a temporary module for one request only.
"""

from __future__ import annotations

import concurrent.futures

import pytest

from pyapi.check import check
from pyapi.check.rules import EXAMPLES, example_draft
from pyapi.engine import OperationError
from pyapi.regulations import get


def text_of(regency: str) -> str:
    return get(regency).text_path.read_text(encoding="utf-8")


def edited(regency: str, old: str, new: str) -> str:
    text = text_of(regency)
    assert text.count(old) >= 1, old
    return text.replace(old, new, 1)


def conflicts(report) -> set[tuple[str, str, tuple]]:
    return {(f.cite, f.params["other"], tuple(f.params["values"]))
            for f in report.findings if f.rule == "norm-conflict"}


_base: dict[str, set] = {}


def new_conflicts(kb, regency: str, text: str) -> set:
    if regency not in _base:
        _base[regency] = conflicts(check(text_of(regency), kb=kb, time_limit=120))
    return conflicts(check(text, kb=kb, time_limit=120)) - _base[regency]


def names(found: set, a: str, b_prefix: str) -> bool:
    return any({x, y} & {a} and (x.startswith(b_prefix) if y == a else y.startswith(b_prefix))
               for x, y, _ in found)


# (regency, old, new, one provision, the other provision or its prefix)
EDITS = {
    "reporting line changed in a Pasal, not in the Lampiran": (
        "tabalong",
        "dilaksanakan oleh Pejabat Fungsional atau Pelaksana secara langsung kepada Pejabat "
        "Penilai Kinerja.",
        "dilaksanakan oleh Pejabat Fungsional atau Pelaksana secara langsung kepada Sekretaris "
        "Daerah.",
        "Pasal 19 ayat (2)", "Lampiran huruf"),
    "added ayat reporting elsewhere": (
        "tabalong",
        "kepada ketua tim kerja sewaktu-waktu.",
        "kepada ketua tim kerja sewaktu-waktu.\n- (5) Pejabat Fungsional atau Pelaksana yang "
        "bekerja secara individu melaporkan pelaksanaan tugas secara langsung kepada "
        "Sekretaris Daerah.",
        "Pasal 19 ayat (5)", "Pasal 19 ayat (2)"),
    "assigner changed": (
        "tabalong",
        "(5) Penugasan sebagaimana dimaksud pada ayat (1) ditetapkan oleh Pejabat Penilai Kinerja.",
        "(5) Penugasan sebagaimana dimaksud pada ayat (1) ditetapkan oleh Sekretaris Daerah.",
        "Pasal 15 ayat (5)", ""),
    "ketua tim origin made mandatory in the Pasal, diutamakan in the Lampiran": (
        "tabanan",
        "yang berperan sebagai ketua tim diutamakan berasal dari Unit Organisasi pemilik kinerja.",
        "yang berperan sebagai ketua tim wajib berasal dari Unit Organisasi pemilik kinerja.",
        "Pasal 7 ayat (3)", "Lampiran"),
    "the way of a report changed, to the same role": (
        "lombok-barat",
        "ditugaskan secara individu melaporkan pelaksanaan tugasnya secara langsung kepada "
        "Pimpinan Unit Organisasi.",
        "ditugaskan secara individu melaporkan pelaksanaan tugasnya kepada Pimpinan Unit "
        "Organisasi melalui Kepala Seksi.",
        "Pasal 15", "Lampiran BAB II huruf B"),
    # the same kinds of edit on the other regulations
    "Bantul: a reporting line changed in a Pasal, not in the Lampiran": (
        "bantul",
        "melaporkan pelaksanaan tugasnya secara langsung kepada Pimpinan Unit Organisasi.",
        "melaporkan pelaksanaan tugasnya secara langsung kepada Sekretaris Daerah.",
        "Pasal 15", "Lampiran BAB IV huruf"),
    "Bantul: an added ayat reporting elsewhere": (
        "bantul",
        "kepada Pimpinan Unit Organisasi secara berkala.\n",
        "kepada Pimpinan Unit Organisasi secara berkala.\n- (3) Pejabat Fungsional atau "
        "pelaksana yang berperan sebagai ketua tim melaporkan pelaksanaan tugasnya kepada "
        "Kepala Bagian.\n",
        "Pasal 16 ayat (3)", "Pasal 16 ayat (2)"),
    "Bantul: an added ayat naming another assigner": (
        "bantul",
        "diberikan surat penugasan yang ditetapkan oleh Pejabat Penilai Kinerja.\n",
        "diberikan surat penugasan yang ditetapkan oleh Pejabat Penilai Kinerja.\n- (5) "
        "Penugasan Pejabat Fungsional dan/atau pelaksana sebagaimana dimaksud pada ayat (1) "
        "diberikan surat penugasan yang ditetapkan oleh Sekretaris Daerah.\n",
        "Pasal 13 ayat (5)", "Pasal 13 ayat (4)"),
    "Lombok Barat: an assigner changed": (
        "lombok-barat",
        "- (4) Penugasan sebagaimana dimaksud pada ayat (1) ditetapkan oleh Pejabat Penilai "
        "Kinerja atau Pimpinan Unit Organisasi.",
        "- (4) Penugasan sebagaimana dimaksud pada ayat (1) ditetapkan oleh Sekretaris Daerah.",
        "Pasal 12 ayat (4)", "Lampiran BAB II huruf B"),
    "Lombok Barat: ketua tim origin made mandatory": (
        "lombok-barat",
        "yang berperan sebagai ketua tim diutamakan berasal dari Unit Organisasi pemilik "
        "kinerja.",
        "yang berperan sebagai ketua tim wajib berasal dari Unit Organisasi pemilik kinerja.",
        "Pasal 11 ayat (3)", "Lampiran BAB II huruf B"),
    "Lombok Barat: an added ayat reporting elsewhere": (
        "lombok-barat",
        "melaporkan pelaksanaan tugas tim kerja kepada Pimpinan Unit Organisasi secara "
        "berkala.\n",
        "melaporkan pelaksanaan tugas tim kerja kepada Pimpinan Unit Organisasi secara "
        "berkala.\n- (3) Pejabat Fungsional dan pelaksana yang berperan sebagai ketua tim "
        "melaporkan pelaksanaan tugas tim kerja kepada Sekretaris Daerah.\n",
        "Pasal 16 ayat (3)", "Lampiran BAB II huruf B"),
    "Pekalongan: ketua tim origin made mandatory": (
        "pekalongan",
        "lintas Instansi Pemerintah, diutamakan berasal dari Unit Organisasi pemilik Kinerja.",
        "lintas Instansi Pemerintah, wajib berasal dari Unit Organisasi pemilik Kinerja.",
        "Pasal 13 ayat (4)", "Lampiran BAB V"),
    "Pekalongan: a team's length changed": (
        "pekalongan",
        "berlaku dalam jangka waktu paling singkat 1 (satu) bulan, dan paling lama 1 (satu) "
        "tahun.",
        "berlaku dalam jangka waktu paling singkat 1 (satu) bulan, dan paling lama 2 (dua) "
        "tahun.",
        "Pasal 12 ayat (4) huruf b", "Pasal 1 angka 32"),
    "Tabalong: who sets a Surat Perintah changed": (
        "tabalong",
        "- b. Surat Perintah untuk penugasan individu lintas Perangkat Daerah ditetapkan oleh "
        "Pejabat Pimpinan Tinggi;",
        "- b. Surat Perintah untuk penugasan individu lintas Perangkat Daerah ditetapkan oleh "
        "Bupati;",
        "Pasal 12 ayat (4) huruf b", "Pasal 13 ayat (4) huruf b"),
    "added ayat contradicting another": (
        "tabanan",
        "ketua tim diutamakan berasal dari Unit Organisasi pemilik kinerja.\n",
        "ketua tim diutamakan berasal dari Unit Organisasi pemilik kinerja.\n- (4) Dalam tim "
        "kerja yang anggotanya berasal dari lintas Unit Organisasi, Pejabat Fungsional yang "
        "berperan sebagai ketua tim wajib berasal dari Unit Organisasi pemilik kinerja.\n",
        "Pasal 7 ayat (4)", "Pasal 7 ayat (3)"),
}


@pytest.mark.parametrize("name", list(EDITS))
def test_each_kind_of_edit_gets_a_norm_finding_naming_both_provisions(kb, name):
    regency, old, new, one, other = EDITS[name]
    found = new_conflicts(kb, regency, edited(regency, old, new))
    assert names(found, one, other), found


@pytest.mark.parametrize("regency, old, new", [
    # a typo fixed in a non-normative sentence (Lampiran BAB III huruf C)
    ("bantul", "ekspetasi", "ekspektasi"),
    # an added ayat that says what ayat (3) says (Tabanan Pasal 7)
    ("tabanan", "ketua tim diutamakan berasal dari Unit Organisasi pemilik kinerja.\n",
     "ketua tim diutamakan berasal dari Unit Organisasi pemilik kinerja.\n- (4) Dalam tim "
     "kerja yang anggotanya berasal dari lintas Unit Organisasi, Pejabat Fungsional yang "
     "berperan sebagai ketua tim diutamakan berasal dari Unit Organisasi pemilik kinerja.\n"),
    # an added ayat that repeats what ayat (2) says (Lombok Barat Pasal 16)
    ("lombok-barat",
     "melaporkan pelaksanaan tugas tim kerja kepada Pimpinan Unit Organisasi secara berkala.\n",
     "melaporkan pelaksanaan tugas tim kerja kepada Pimpinan Unit Organisasi secara berkala.\n"
     "- (3) Pejabat Fungsional dan pelaksana yang berperan sebagai ketua tim melaporkan "
     "pelaksanaan tugas tim kerja kepada Pimpinan Unit Organisasi.\n"),
    # a narrower ayat that agrees (Pekalongan Pasal 13)
    ("pekalongan",
     "lintas Instansi Pemerintah, diutamakan berasal dari Unit Organisasi pemilik Kinerja.",
     "lintas Instansi Pemerintah, diutamakan berasal dari Unit Organisasi pemilik Kinerja.\n"
     "- (5) Ketua Kelompok Kerja yang anggotanya berasal dari lintas Unit Organisasi, "
     "diutamakan berasal dari Unit Organisasi pemilik Kinerja."),
    # a word's case changed (Bantul Pasal 15)
    ("bantul", "Pejabat Fungsional atau pelaksana yang ditugaskan secara individu melaporkan",
     "Pejabat Fungsional atau Pelaksana yang ditugaskan secara individu melaporkan"),
])
def test_a_harmless_edit_gets_no_new_norm_finding(kb, regency, old, new):
    assert new_conflicts(kb, regency, edited(regency, old, new)) == set()


def test_the_failing_and_passing_examples_of_norm_conflict(kb):
    bad, good = EXAMPLES["norm-conflict"]
    report = check(example_draft(bad), kb=kb)
    [f] = [f for f in report.findings if f.rule == "norm-conflict"]
    d = f.to_dict()
    assert d["category"] == "norm" and d["location"]["cite"] == "Pasal 2 ayat (1)"
    assert d["related"][0]["cite"] == "Pasal 2 ayat (2)"
    assert "Sekretaris Daerah" in d["related"][0]["quote"] and d["related"][0]["line"]
    assert "bertentangan" in d["message"] and "pengecualian" in d["explanation"]
    assert "conflict" in f.to_dict("en")["message"]
    assert check(example_draft(good), kb=kb).findings == []


def test_a_specific_provision_or_exception_is_not_reported(kb):
    # Bantul Pasal 7 ayat (2)-(5) narrow ayat (1) to their units: no finding
    # names Pasal 7 ayat (1) against another ayat of Pasal 7
    report = check(text_of("bantul"), kb=kb, time_limit=120)
    pairs = {(f.cite, f.params["other"]) for f in report.findings if f.rule == "norm-conflict"}
    assert not any(a.startswith("Pasal 7 ayat") and b.startswith("Pasal 7 ayat")
                   for a, b in pairs), pairs


# The enacted texts' own contradictions as their extracted norms show them.
# A Direktur, whose level the texts never state, is no proven rival of a
# level (Tabalong Pasal 6 against Lampiran huruf I angka 2 huruf a angka 1),
# Bantul Pasal 7 ayat (1) against Lampiran BAB IV huruf F); a definition's
# bound ("Pimpinan Unit Organisasi adalah ...") does not settle who holds a
# role in a unit (kb/drafts.pl role_settled); who sets the kedudukan is read
# (Lombok Barat Pasal 9 against Lampiran BAB II huruf B angka 1 huruf d, the
# contradiction issue 11 names); a post is no proven rival of a role the
# text gives no holder in the case (Bantul Lampiran BAB IV huruf D angka 5
# huruf b angka 6) against Pasal 15 and 16 ayat (2) in the placements the
# RSUD's block does not name).  Two answers naming the same role in other
# ways are settled whoever holds it: Pekalongan Pasal 24 ("secara langsung
# kepada Pimpinan Unit Organisasi") against Lampiran BAB VI angka 1 huruf a
# and b ("... melalui Pejabat Penilai Kinerja"), Pasal 25 ayat (2) against
# angka 2 huruf b, the contradictions the knowledge base reports too
# (bench/grid.md).  Pekalongan's fourth: Pasal 1 angka 32 against Pasal 12
# ayat (4) huruf b (the duration, a contradiction its norms keep); its
# Keputusan "Kepala Unit Organisasi Pemilik Kinerja" is ayat (5)'s
# Keputusan Kepala Perangkat Daerah "sebagai Pimpinan Unit Organisasi
# sekaligus sebagai Pejabat Pemilik Kinerja" (sebagai/2, read).  A surat penugasan is no rival of a team's
# Keputusan: each instrument is held to the way of assigning its Pasal
# writes it for (syarat/2, read from "Penunjukkan lintas Unit Organisasi
# ...", "Pengajuan sukarela ... dilakukan melalui tahapan:").
@pytest.mark.parametrize("regency, expected", [
    ("tabanan", 0), ("tabalong", 16), ("lombok-barat", 1), ("pekalongan", 4), ("bantul", 3)])
def test_norm_findings_on_the_five_regulations(kb, regency, expected):
    report = check(text_of(regency), kb=kb, time_limit=120)
    found = [f for f in report.findings if f.category == "norm"]
    assert len(found) == expected, [(f.cite, f.params.get("other")) for f in found]
    for f in found:
        assert f.rule == "norm-conflict" and f.line and f.related[0].line
        assert f.text and f.related[0].quote


def test_no_norms_skips_them(kb):
    report = check(text_of("tabalong"), kb=kb, norms=False)
    assert not [f for f in report.findings if f.category == "norm"]


def test_against_reports_the_answer_before_and_after(kb):
    text = edited("tabalong", *EDITS["reporting line changed in a Pasal, not in the Lampiran"][1:3])
    report = check(text, kb=kb, norms=False, against="tabalong", time_limit=120)
    changes = [f.to_dict() for f in report.findings if f.rule == "norm-change"]
    assert changes
    hit = [c for c in changes if any(a["citations"] and a["citations"][0]["cite"] == "Pasal 19 ayat (2)"
                                  for a in c["after"])]
    assert hit, changes
    c = hit[0]
    assert c["severity"] == "info" and c["against"] == "tabalong"
    assert any("Sekretaris Daerah" in a["label"] for a in c["after"])
    assert any(x["cite"] == "Pasal 19 ayat (2)" and "Pejabat Penilai Kinerja" in x["quote"]
               for b in c["before"] for x in b["citations"])
    # no other regulation has a Sekretaris Daerah take individual reports:
    # how each of them answers, as info (Tabanan Pasal 9 ayat (2), Bantul
    # Pasal 15, Lombok Barat Pasal 15: "secara langsung kepada Pimpinan Unit
    # Organisasi")
    (dep,) = [f.to_dict() for f in report.findings if f.rule == "norm-departure"]
    assert dep["severity"] == "info" and dep["location"]["cite"] == "Pasal 19 ayat (2)"
    assert {o["regency"] for o in dep["others"]} == {"bantul", "lombok-barat", "pekalongan",
                                                     "tabanan"}
    for o in dep["others"]:
        assert "pimpinan-unit-organisasi langsung" in {a["value"] for a in o["answers"]}
    assert "Kabupaten Tabanan: Secara individu: melapor kepada Pimpinan Unit Organisasi " \
           "secara langsung" in dep["message"]
    # the unedited text changes nothing
    same = check(text_of("tabalong"), kb=kb, norms=False, against="tabalong", time_limit=120)
    assert not [f for f in same.findings if f.rule in ("norm-change", "norm-departure")]


def test_two_drafts_checked_concurrently_never_see_each_others_norms(kb):
    a = edited("tabalong", *EDITS["added ayat reporting elsewhere"][1:3])
    b = text_of("tabalong")
    alone_a, alone_b = conflicts(check(a, kb=kb, time_limit=120)), conflicts(check(b, kb=kb,
                                                                                   time_limit=120))
    assert alone_a != alone_b
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        futures = [(x, pool.submit(check, x, kb=kb, time_limit=120)) for x in (a, b, a, b)]
        for text, fut in futures:
            assert conflicts(fut.result()) == (alone_a if text is a else alone_b)


def test_the_temporary_module_is_gone_after_a_check_and_after_one_that_raises(kb):
    check(text_of("bantul"), kb=kb, time_limit=120)
    last = kb.call("draft_last", {})
    assert kb.call("draft_exists", {"id": last}) is False
    # a check whose norms make the engine raise inside the module
    with pytest.raises(OperationError):
        kb.call("draft_conflicts", {"norms": [1]})
    last = kb.call("draft_last", {})
    assert kb.call("draft_exists", {"id": last}) is False
    assert last != "draft~0"


def test_api_and_cli_outputs_carry_the_norm_findings(client):
    bad, _ = EXAMPLES["norm-conflict"]
    r = client.post("/v1/check", content=example_draft(bad).encode(),
                    headers={"content-type": "text/plain"})
    assert r.status_code == 200
    assert [f["rule"] for f in r.json()["findings"]] == ["norm-conflict"]
    r = client.post("/v1/check?norms=false", content=example_draft(bad).encode(),
                    headers={"content-type": "text/plain"})
    assert r.json()["findings"] == []
    r = client.post("/v1/check", json={"text": example_draft(bad), "against": "nowhere"})
    assert r.status_code == 404
    from pyapi.check.render import render_sarif

    report = check(example_draft(bad), kb=client.app.state.kb)
    sarif = render_sarif(report)
    [res] = sarif["runs"][0]["results"]
    assert res["ruleId"] == "norm-conflict" and res["relatedLocations"][0]["message"]["text"] == \
        "Pasal 2 ayat (2)"


# The draft check's search (kb/drafts.pl case_conflicts/5: precedence's
# resolve and questions' conflict/4 with what a case asks again and again
# remembered) finds what precedence:resolve/5 and questions:conflict/4
# themselves find (the admin operation draft_conflicts_reference).

@pytest.mark.parametrize("regency", ["tabanan", "tabalong", "lombok-barat", "pekalongan",
                                     "bantul", "tabalong-edited"])
def test_the_draft_search_finds_what_precedence_finds(kb, regency):
    from pyapi.check.norms import _norm_rows
    from pyapi.structure import parse

    if regency == "tabalong-edited":
        regency_, old, new, _, _ = EDITS["reporting line changed in a Pasal, not in the Lampiran"]
        text = edited(regency_, old, new)
    else:
        text = text_of(regency)
    rows = _norm_rows(parse(text, "draft"), None)
    fast = kb.engine.call("draft_conflicts", {"norms": rows})["conflicts"]
    reference = kb.engine.call("draft_conflicts_reference", {"norms": rows}, admin=True)["conflicts"]
    assert fast == reference
    if regency in ("tabalong", "pekalongan", "bantul", "tabalong-edited"):
        assert fast                     # the comparison is not between two empty lists
