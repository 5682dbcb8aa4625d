"""Precedence (kb/precedence.pl, issue 11): how provisions that speak to one
case combine, on the real texts.  Each test names the provisions it rests on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pyapi.lookup import canonical


def ask(kb, question, regency, **params):
    return kb.call("ask", {"question": question, "regency": regency, "params": params})


def values(result):
    return sorted({a["value"] for a in result["answers"]})


def set_aside(result):
    return {(o["citation"]["cite"], o["reason"], o["by"]["cite"]) for o in result["overridden"]}


def conflict_pairs(result):
    return {tuple(sorted(s["citation"]["cite"] for s in c["sides"])) for c in result["conflicts"]}


# 1. lex specialis: the special ayat of one Pasal, and a Lampiran block for a
#    named unit, govern their own scope.

def test_special_ayat_sets_aside_the_general_ayat(kb):
    # Bantul Pasal 7 ayat (1) Pejabat Administrator; ayat (4) Kepala Dinas in
    # the Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu.
    r = ask(kb, "assessor", "bantul", subject="jf-ahli-muda",
            unit="dinas-penanaman-modal-dan-pelayanan-terpadu-satu-pintu")
    assert r["status"] == "answered"
    assert "kepala-perangkat-daerah" in values(r) and "level:administrator" not in values(r)
    assert ("Pasal 7 ayat (1)", "bagian_khusus", "Pasal 7 ayat (4)") in set_aside(r)
    assert ("Lampiran BAB IV huruf A angka 2", "bagian_khusus",
            "Lampiran BAB IV huruf B angka 1") in set_aside(r)
    msg = next(o["message"] for o in r["overridden"] if o["by"]["cite"] == "Pasal 7 ayat (4)")
    assert msg.startswith("Pasal 7 ayat (4) berlaku khusus untuk Dinas Penanaman Modal dan "
                          "Pelayanan Terpadu Satu Pintu sehingga mengesampingkan")
    assert "Pasal 7 ayat (1)" in msg
    answer = next(a for a in r["answers"] if a["value"] == "kepala-perangkat-daerah")
    assert {o["citation"]["cite"] for o in answer["overridden"]} >= {"Pasal 7 ayat (1)"}


def test_asked_about_no_unit_the_general_rule_still_answers(kb):
    r = ask(kb, "assessor", "bantul", subject="jf-ahli-muda")
    assert "level:administrator" in values(r) and "kepala-uptd" in values(r)
    assert r["overridden"] == []
    # Pasal 7 ayat (2) is the UPTD's special case of ayat (1): no rival
    assert ("Pasal 7 ayat (1)", "Pasal 7 ayat (2)") not in conflict_pairs(r)


def test_the_explanation_shows_the_precedence_step(kb):
    r = kb.call("explain", {"question": "assessor", "regency": "bantul", "lang": "id",
                            "params": {"subject": "pelaksana", "unit": "uptd"}})
    answer = next(a for a in r["answers"] if a["value"] == "kepala-uptd")
    steps = [c for c in answer["explanation"]["children"] if c["kind"] == "precedence"]
    assert steps and all(s["set_aside"]["cite"] == "Pasal 7 ayat (1)" for s in steps)
    assert any("sehingga mengesampingkan ketentuan umum Pasal 7 ayat (1)" in s["claim"] for s in steps)


# 2. conditions: a rule under "dalam hal ..." is no rival, and says so.

def test_a_conditional_fallback_is_no_rival_and_states_its_condition(kb):
    # Tabalong Pasal 6 ayat (3) huruf a (Pengawas) and huruf b (Administrator,
    # "dalam hal tidak ada Jabatan Pengawas ...").
    r = ask(kb, "assessor", "tabalong", subject="pelaksana", unit="dinas")
    assert r["status"] == "answered"
    # huruf b's Administrator is one answer with the Lampiran's Pejabat
    # Administrator (Lampiran huruf H angka 1), which rests on it and keeps
    # its condition.
    assert {"level:pengawas", "pejabat-administrator"} == set(values(r))
    admin = next(a for a in r["answers"] if a["value"] == "pejabat-administrator")
    assert {"Lampiran huruf H angka 1", "Pasal 6 ayat (3) huruf b"} <= {
        c["cite"] for c in admin["citations"]}
    assert admin["conditions"][0]["condition"].startswith("dalam hal tidak ada Jabatan Pengawas")
    assert admin["conditions"][0]["citation"]["cite"] == "Pasal 6 ayat (3) huruf b"


def test_two_alternatives_on_their_own_conditions(kb):
    # Lombok Barat Lampiran BAB II huruf B angka 6 huruf c): a Unit pelaksana
    # teknis led by a Pejabat Pengawas (huruf c angka 1)) or by a Pejabat
    # Fungsional (huruf d).
    r = ask(kb, "assessor", "lombok-barat", subject="jf-ahli-muda", unit="uptd")
    assert r["status"] == "answered"
    assert {"pejabat-pengawas", "pejabat-fungsional"} <= set(values(r))


# 3. a post that holds the role is the role's answer.

def test_a_post_that_holds_the_role_agrees_with_the_role(kb):
    # Tabalong Lampiran huruf L: results "disampaikan kepada Lurah", whom the
    # block makes Pejabat Penilai Kinerja; Pasal 19 ayat (2): "kepada Pejabat
    # Penilai Kinerja secara langsung".  No conflict for a Pelaksana (Pasal 6
    # ayat (3) fits): one answer, the Lurah, directly, resting on both.
    r = ask(kb, "reporting-line", "tabalong", subject="pelaksana", capacity="individu",
            unit="kelurahan")
    assert r["status"] == "answered"
    assert values(r) == ["lurah langsung"]
    assert [c["cite"] for c in r["answers"][0]["citations"]] == [
        "Lampiran huruf L angka 3 huruf b angka 6)", "Pasal 19 ayat (2)"]


def test_a_cited_post_as_role_bridge(kb):
    # Pekalongan Pasal 10 ayat (4): "Keputusan Kepala Perangkat Daerah sebagai
    # Pimpinan Unit Organisasi"; Pasal 1 angka 32: "Keputusan Kepala Unit
    # Organisasi Pemilik Kinerja".
    r = ask(kb, "assigner", "pekalongan", scope="lintas-unit")
    pairs = conflict_pairs(r)
    assert not any("Pasal 1 angka 32" in p and "Pasal 10 ayat (4)" in p for p in pairs)


# 4. joint and alternative holders are one answer.

def test_alternative_recipients_are_one_answer(kb):
    # Pekalongan Pasal 16 ayat (2) "kepada Pimpinan Unit Organisasi" and
    # Lampiran BAB IV angka 4.2.1 "kepada Pimpinan Unit Organisasi dan/atau
    # Pejabat Penilai Kinerja".
    r = ask(kb, "voluntary-routing", "pekalongan", scope="dalam-unit")
    assert r["status"] == "answered"


def test_the_huruf_of_one_list_are_read_together(kb):
    # Pekalongan Pasal 10 ayat (2): "dari: a. Pimpinan Unit Organisasi ...;
    # atau b. Pejabat yang diberi mandat".
    r = ask(kb, "assigner", "pekalongan")
    assert ("Pasal 10 ayat (2) huruf a", "Pasal 10 ayat (2) huruf b") not in conflict_pairs(r)


# 5. a bound with delegation admits the post a narrower provision names.

def test_delegation_in_the_bound(kb):
    # Lombok Barat Pasal 1 angka 11: "paling rendah pejabat pengawas atau
    # pejabat lain yang diberi pendelegasian kewenangan"; pola D7: Pejabat
    # Fungsional as Pejabat Penilai Kinerja.
    r = ask(kb, "assessor", "lombok-barat", subject="jf-ahli-muda", unit="pola-d7")
    assert r["status"] == "answered" and "pejabat-fungsional" in values(r)
    assert "level-atau-atas:pengawas" not in values(r)
    assert ("Pasal 1 angka 11", "pendelegasian",
            "Lampiran BAB II huruf B angka 6 huruf c) huruf d") in set_aside(r)


# 6. structural variants are alternatives chosen by the unit.

def test_structural_variants_are_alternatives(kb):
    # Lombok Barat Lampiran BAB II huruf D angka 8-10: Sekretariat Daerah
    # with the Asisten or the Kepala Bagian as Pimpinan Unit Organisasi.
    r = ask(kb, "unit-leader", "lombok-barat", unit="sekretariat-daerah")
    assert r["status"] == "answered"
    assert {"asisten", "kepala-bagian"} <= set(values(r))


# 7. real contradictions stay, with both sides.

def test_real_contradictions_stay(kb):
    r = ask(kb, "assessor", "tabalong", subject="jf-ahli-madya", unit="dinas")
    assert r["status"] == "conflict"
    assert ("Lampiran huruf H angka 1", "Pasal 6 ayat (2) huruf a") in conflict_pairs(r)

    r = ask(kb, "reporting-line", "pekalongan", subject="jf-ahli-muda", capacity="individu")
    assert r["status"] == "conflict"
    assert any("Pasal 24" in p and any(c.startswith("Lampiran BAB VI") for c in p)
               for p in conflict_pairs(r))

    r = ask(kb, "team-duration", "pekalongan")
    assert r["status"] == "conflict"
    assert ("Pasal 1 angka 32", "Pasal 12 ayat (4) huruf b") in conflict_pairs(r)

    # one block, one unit: Tabalong Lampiran huruf I angka 1 against angka 2
    # huruf a angka 1) ("Direktur selaku Pejabat Penilai Kinerja")
    r = ask(kb, "assessor", "tabalong", subject="jf-ahli-muda",
            unit="rsud-h-badaruddin-kasim", placement="bidang")
    assert r["status"] == "conflict"
    assert ("Lampiran huruf I angka 1", "Lampiran huruf I angka 2 huruf a angka 1)") \
        in conflict_pairs(r)


def test_every_set_aside_provision_is_cited(kb):
    r = ask(kb, "assessor", "bantul", subject="pelaksana", unit="uptd")
    cited = {c["cite"] for c in r["citations"]}
    for o in r["overridden"]:
        assert canonical(o["citation"]["cite"]) in cited and o["citation"]["quote"]
        assert o["by"]["quote"] and o["message"]


def test_why_not_says_when_the_agreeing_answer_is_contested(kb):
    # Pekalongan Pasal 24 ("secara langsung") against Lampiran BAB VI angka 1
    # huruf a ("melalui Pejabat Penilai Kinerja"): a direct report is only one
    # side of a contradiction.
    r = kb.call("why_not", {"question": "reporting-line", "regency": "pekalongan", "lang": "id",
                            "params": {"subject": "jf-ahli-muda", "capacity": "individu",
                                       "unit": "dinas"},
                            "proposed": {"direct": True}})
    assert r["holds"] is True and r["status"] == "conflict"
    assert r["message"].startswith("Ya menurut sebagian ketentuan")
    assert any(s["citation"]["cite"] == "Lampiran BAB VI angka 1 huruf a" for s in r["contested_by"])


# a cited exception (pengecualian/2), on a copy of Tabalong's package: the
# knowledge base is one Prolog database per process, so in a child process.

EXCEPTION_SCRIPT = """
import json, sys
from pathlib import Path
from pyapi.kb import KnowledgeBase
kb = KnowledgeBase(root=Path(sys.argv[1])).start()
print(json.dumps(kb.call("ask", {"question": "assessor", "regency": "tabalong",
                                 "params": {"subject": "jf-ahli-madya", "unit": "dinas"}})))
"""


def test_a_cited_exception_turns_a_contradiction_into_precedence(tmp_path):
    import json
    import subprocess
    import sys
    from pathlib import Path

    from conftest import copy_package

    copy_package(tmp_path, "tabalong",
                 extra_norms=Path(__file__).parent / "fixtures" / "exception_norm.pl")
    done = subprocess.run([sys.executable, "-c", EXCEPTION_SCRIPT, str(tmp_path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    r = json.loads(done.stdout)
    assert r["status"] == "answered"
    assert ("Pasal 6 ayat (2) huruf a", "pengecualian", "Lampiran huruf H angka 1") in set_aside(r)
    assert "pejabat-administrator" in values(r) and "level:jpt-pratama" not in values(r)


# One resolved answer: provisions that give the same answer at another
# precision (a level, a lower bound, the role) are one answer with the post.

def test_the_post_absorbs_its_level_and_the_lower_bound(kb):
    # Bantul Pasal 7 ayat (5): "yang bertugas pada Kapanewon ... kepada Panewu
    # sebagai Pejabat Penilai Kinerja"; ayat (1): "kepada Pejabat Administrator";
    # Pasal 1 angka 12: "paling rendah pejabat pengawas".  A Panewu is a
    # Jabatan Administrator: one answer, resting on all three.
    r = ask(kb, "assessor", "bantul", subject="jf-ahli-muda", unit="kecamatan")
    assert r["status"] == "answered"
    assert values(r) == ["camat"]
    cites = [c["cite"] for c in r["answers"][0]["citations"]]
    assert cites[0] == "Pasal 7 ayat (5)"
    assert {"Pasal 7 ayat (1)", "Pasal 1 angka 12"} <= set(cites)


def test_the_absorbed_provisions_are_explained_as_agreeing(kb):
    r = kb.call("explain", {"question": "assessor", "regency": "bantul", "lang": "id",
                            "params": {"subject": "jf-ahli-muda", "unit": "kecamatan"}})
    (answer,) = r["answers"]
    steps = [t for t in answer["alternatives"] if t["kind"] == "sejalan"]
    claims = {t["claim"] for t in steps}
    assert "Camat adalah Jabatan Administrator, sehingga sejalan dengan ketentuan yang menyebut Jabatan Administrator" in claims
    assert "Camat adalah Jabatan Administrator, sehingga memenuhi ketentuan yang menyebut paling rendah Jabatan Pengawas" in claims
    en = kb.call("explain", {"question": "assessor", "regency": "bantul", "lang": "en",
                             "params": {"subject": "jf-ahli-muda", "unit": "kecamatan"}})
    assert any("so it agrees with the provision naming" in t["claim"]
               for t in en["answers"][0]["alternatives"] if t["kind"] == "sejalan")


def test_a_general_rule_is_not_absorbed_where_the_unit_is_not_asked(kb):
    # Asked about no unit, Pasal 7 ayat (1)'s Administrator still answers for
    # the units without a special ayat; the Panewu does not swallow it.
    r = ask(kb, "assessor", "bantul", subject="jf-ahli-muda")
    assert "level:administrator" in values(r)


def test_joint_holders_of_one_list_stay_joint(kb):
    # Lombok Barat Lampiran BAB II huruf B angka 6 huruf c): a UPT led by a
    # Pejabat Pengawas or by a Pejabat Fungsional: two answers, neither absorbed.
    r = ask(kb, "assessor", "lombok-barat", subject="jf-ahli-muda", unit="uptd")
    assert {"pejabat-pengawas", "pejabat-fungsional"} <= set(values(r))


# why-not reasons with the same precedence as the answers

def why_not(kb, question, regency, proposed, lang="id", **params):
    return kb.call("why_not", {"question": question, "regency": regency, "params": params,
                               "proposed": proposed, "lang": lang})


def test_why_not_a_direct_report_is_contested_where_the_lampiran_says_melalui(kb):
    # Pekalongan Pasal 24 ("secara langsung kepada Pimpinan Unit Organisasi")
    # against Lampiran BAB VI angka 1 huruf a ("melalui Pejabat Penilai
    # Kinerja"): proposing the direct report holds only on one side.
    r = why_not(kb, "reporting-line", "pekalongan",
                {"post": "pimpinan-unit-organisasi", "direct": True},
                subject="jf-ahli-muda", capacity="individu")
    assert r["holds"] is True
    assert {s["citation"]["cite"] for s in r["contested_by"]} == {"Lampiran BAB VI angka 1 huruf a"}


def test_why_not_names_the_provision_precedence_set_aside(kb):
    # Bantul DPMPTSP: Pasal 7 ayat (4) (Kepala Dinas) sets ayat (1)
    # (Pejabat Administrator) aside; proposing the Administrator is refused
    # with that reason, in the language asked.
    r = why_not(kb, "assessor", "bantul", {"post": "pejabat-administrator"},
                subject="jf-ahli-muda",
                unit="dinas-penanaman-modal-dan-pelayanan-terpadu-satu-pintu")
    assert r["holds"] is False
    assert r["reasons"][0]["actual"] == ["kepala-perangkat-daerah"]
    assert any(o["citation"]["cite"] == "Pasal 7 ayat (1)" and o["by"]["cite"] == "Pasal 7 ayat (4)"
               for o in r["overridden"])
    en = why_not(kb, "assessor", "bantul", {"post": "pejabat-administrator"}, lang="en",
                 subject="jf-ahli-muda",
                 unit="dinas-penanaman-modal-dan-pelayanan-terpadu-satu-pintu")
    assert any("sets aside the general rule of Pasal 7 ayat (1)" in o["message"]
               for o in en["overridden"])


def test_why_not_another_post_of_the_same_level_does_not_hold_where_the_text_names_the_post(kb):
    # Tabalong Lampiran huruf K angka 1: "Camat sebagai Pejabat Penilai
    # Kinerja" for a Kecamatan.  An Inspektur Pembantu is a Jabatan
    # Administrator too, but not the answer.
    r = why_not(kb, "assessor", "tabalong", {"post": "inspektur-pembantu"},
                subject="jf-ahli-muda", unit="kecamatan")
    assert r["holds"] is False
    assert r["reasons"][0]["actual"] == ["camat"]


# 6. structural variants of a unit kind: each pattern's block is a variant
#    with the units that follow it as its condition.

def test_a_unit_kind_no_provision_names_is_answered_by_the_variants_of_its_patterns(kb):
    # Tabanan Lampiran huruf B (Dinas Pendidikan, Dinas Kesehatan, ...):
    # Pejabat Administrator; huruf C (DPMPTSP): Pejabat Pimpinan Tinggi
    # Pratama.  A plain Dinas was "tidak diatur".
    r = ask(kb, "assessor", "tabanan", subject="jf-ahli-muda", unit="dinas")
    assert r["status"] == "answered" and not r["conflicts"]
    jpt = next(a for a in r["answers"] if a["value"] == "pejabat-pimpinan-tinggi-pratama")
    (cond,) = jpt["conditions"]
    assert cond["condition"] == ("bagi Dinas yang mengikuti pola ini: "
                                 "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPSTP)")
    admin = next(a for a in r["answers"] if a["value"] == "pejabat-administrator")
    assert any("Dinas Pendidikan" in c["condition"] for c in admin["conditions"])


def test_a_unit_kind_a_provision_names_keeps_its_own_answer(kb):
    # Bantul Lampiran BAB IV huruf A names "Dinas": the DPMPTSP block
    # (huruf B, Kepala Dinas) is no variant of a plain Dinas.
    r = ask(kb, "assessor", "bantul", subject="jf-ahli-muda", unit="dinas")
    assert values(r) == ["level:administrator"]


# Instruments: each is written for one way of assigning, and a Keputusan is
# named after who signs it.

def test_a_keputusan_named_after_a_role_is_the_keputusan_of_the_post_holding_it(kb):
    # Pekalongan Pasal 12 ayat (5): a Tim Kerja berbasis tematik "ditetapkan
    # dengan Keputusan Kepala Perangkat Daerah sebagai Pimpinan Unit
    # Organisasi sekaligus sebagai Pejabat Pemilik Kinerja"; Pasal 1 angka 32:
    # "dituangkan dalam bentuk Keputusan Kepala Unit Organisasi Pemilik
    # Kinerja".  One document: the Keputusan of the Kepala Perangkat Daerah.
    r = ask(kb, "assignment-instrument", "pekalongan", capacity="anggota-tim",
            scope="lintas-instansi")
    assert r["status"] == "answered", conflict_pairs(r)
    [tematik] = [a for a in r["answers"] if a["key"].startswith("instrumen tim lintas-instansi")]
    assert tematik["value"].endswith("keputusan-kepala-perangkat-daerah kepala-perangkat-daerah")
    assert [c["cite"] for c in tematik["citations"]] == ["Pasal 12 ayat (5)", "Pasal 1 angka 32"]
    assert [c["citation"]["cite"] for c in tematik["conditions"]] == ["Pasal 12 ayat (1) huruf b"]


def test_instruments_of_different_acts_are_no_rivals(kb):
    # Pekalongan Pasal 10 ayat (4): a penunjukan "ditetapkan dengan Keputusan
    # Kepala Perangkat Daerah"; Pasal 16 ayat (2) huruf b: after a pengajuan
    # sukarela "Pimpinan Unit Organisasi memberikan surat penugasan".  Two
    # acts, two documents, each answer saying which act it is for.
    r = ask(kb, "assignment-instrument", "pekalongan", capacity="individu", scope="dalam-unit")
    assert r["status"] == "answered" and r["conflicts"] == []
    conds = {a["value"]: [c["condition"] for c in a["conditions"]] for a in r["answers"]}
    assert conds == {
        "semua semua keputusan-kepala-perangkat-daerah kepala-perangkat-daerah":
            ["untuk penugasan melalui penunjukan"],
        "semua dalam-unit surat-penugasan pimpinan-unit-organisasi":
            ["untuk pengajuan sukarela di dalam Unit Organisasi"]}


def test_the_lampiran_sets_out_what_a_pasal_states_in_brief(kb):
    # Pekalongan Pasal 18: "Mekanisme Penugasan sebagaimana dimaksud dalam
    # Pasal 9 sampai dengan Pasal 17 tercantum dalam Lampiran".  Pasal 15
    # ayat (5) sends the request "kepada Pimpinan Instansi Pemerintah";
    # Lampiran BAB IV angka 4.1 huruf c angka 1) "kepada Bupati u.p.
    # Sekretaris Daerah", who sends it on (angka 2)).  The detail governs.
    r = ask(kb, "cross-agency-routing", "pekalongan")
    assert r["status"] == "answered" and r["conflicts"] == []
    assert ("Pasal 15 ayat (5)", "rincian",
            "Lampiran BAB IV angka 4.1 huruf c angka 1)") in set_aside(r)
    [o] = [o for o in r["overridden"] if o["reason"] == "rincian"]
    assert o["message"] == ("Lampiran BAB IV angka 4.1 huruf c angka 1) merinci mekanisme untuk "
                            "lintas Instansi Pemerintah yang diatur singkat dalam Pasal 15 ayat (5), "
                            "sehingga rinciannya yang berlaku")
    en = kb.call("ask", {"question": "cross-agency-routing", "regency": "pekalongan",
                         "params": {}, "lang": "en"})
    assert en["overridden"][0]["message"].endswith("states in brief, so the detail applies")


def test_a_statement_of_a_block_for_a_narrower_area_is_its_special_case(kb):
    # Bantul Lampiran BAB IV huruf B angka 1: "Kepala Dinas sebagai Pejabat
    # Penilai Kinerja dan Pimpinan Unit Organisasi"; angka 2: "Sekretaris
    # sebagai Pimpinan Unit Organisasi ... di bidang kesekretariatan".
    unit = "dinas-penanaman-modal-dan-pelayanan-terpadu-satu-pintu"
    r = ask(kb, "unit-leader", "bantul", unit=unit, placement="sekretariat")
    assert r["status"] == "answered" and values(r) == ["sekretaris"]
    assert ("Lampiran BAB IV huruf B angka 1", "bagian_khusus",
            "Lampiran BAB IV huruf B angka 2") in set_aside(r)
    r = ask(kb, "unit-leader", "bantul", unit=unit, placement="bidang")
    assert values(r) == ["kepala-perangkat-daerah"]
    # a placement read from alternatives ("Kepala Bagian atau Kepala Bidang",
    # Tabalong Lampiran huruf I angka 1) is no such area: angka 2 huruf a
    # angka 1) "Direktur selaku Pejabat Penilai Kinerja" stays a rival
    r = ask(kb, "assessor", "tabalong", subject="jf-ahli-muda",
            unit="rsud-h-badaruddin-kasim", placement="bidang")
    assert r["status"] == "conflict"


def test_a_post_whose_level_is_not_stated_is_no_proven_rival_of_a_level(kb):
    # Bantul Pasal 7 ayat (1): "kepada Pejabat Administrator sebagai Pejabat
    # Penilai Kinerja"; Lampiran BAB IV huruf F angka 1: "Direktur sebagai
    # Pejabat Penilai Kinerja" of the RSUD Kelas D Saras Adyatma.  The text
    # never says what level the Direktur is: nothing shows the block leaves
    # what Pasal 7 allows, so the block governs its unit.
    r = ask(kb, "assessor", "bantul", subject="jf-ahli-madya", unit="rsud-saras-adyatma")
    assert r["status"] == "answered" and values(r) == ["direktur"]
    assert ("Pasal 7 ayat (1)", "lebih_khusus", "Lampiran BAB IV huruf F angka 1") in set_aside(r)
    # Tabalong Lampiran huruf J angka 1 (BPBD: the Kepala Pelaksana) beside
    # Pasal 6 ayat (2) huruf c ("Jabatan Pengawas atau Jabatan satu tingkat
    # di atasnya"): narrower by unit, wider by jenjang; no proven rival
    r = ask(kb, "assessor", "tabalong", subject="jf-ahli-pertama",
            unit="badan-penanggulangan-bencana-daerah")
    assert r["status"] == "answered"
    assert {"kepala-pelaksana", "level-atau-atas:pengawas"} == set(values(r))
    # a post whose level is stated still conflicts: the Kepala Puskesmas
    # "yang merupakan Pejabat Fungsional" against Pasal 7 ayat (1)
    r = ask(kb, "assessor", "bantul", subject="jf-ahli-madya", unit="puskesmas")
    assert ("Lampiran BAB IV huruf H angka 1", "Pasal 7 ayat (1)") in conflict_pairs(r)


# A changed norm still changes the answer: the precedence layer answers from
# the norms, not from a table.  A copy of Pekalongan without the cited acts
# of Pasal 10 ayat (2) and Pasal 16 ayat (2) (norms p10_2_act, p16_2_act)
# reports the two instruments as rivals again; with Bantul Pasal 7 ayat (4)
# naming the Sekretaris instead of the Kepala Dinas, the DPMPTSP's assessor
# is contested.

CHANGED_SCRIPT = """
import json, sys
from pathlib import Path
from pyapi.kb import KnowledgeBase
kb = KnowledgeBase(root=Path(sys.argv[1])).start()
ask = lambda q, r, **p: kb.call("ask", {"question": q, "regency": r, "params": p})
out = {"instrument": ask("assignment-instrument", "pekalongan", capacity="individu",
                         scope="dalam-unit"),
       "assessor": ask("assessor", "bantul", subject="jf-ahli-muda",
                       unit="dinas-penanaman-modal-dan-pelayanan-terpadu-satu-pintu")}
print(json.dumps(out))
"""


def _drop_norm(text: str, norm_id: str) -> str:
    start = text.index(f"norm({norm_id},")
    end = text.index(").\n", start) + 3
    return text[:start] + text[end:]


def test_a_changed_norm_changes_the_answer(tmp_path):
    from conftest import copy_package

    pek, _ = copy_package(tmp_path, "pekalongan")
    norms = (pek / "norms.pl").read_text(encoding="utf-8")
    for n in ("p10_2_act", "p16_2_act"):
        norms = _drop_norm(norms, n)
    (pek / "norms.pl").write_text(norms, encoding="utf-8")
    ban, _ = copy_package(tmp_path, "bantul")
    norms = (ban / "norms.pl").read_text(encoding="utf-8")
    start = norms.index("norm(p7_4_ppk,")
    end = norms.index(").\n", start)
    changed = norms[start:end].replace("'kepala-perangkat-daerah'", "sekretaris")
    assert changed != norms[start:end]
    (ban / "norms.pl").write_text(norms[:start] + changed + norms[end:], encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", CHANGED_SCRIPT, str(tmp_path)],
                          capture_output=True, text=True, timeout=300,
                          env={**__import__("os").environ, "PERBUP_START_CACHE": "off"})
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["instrument"]["status"] == "conflict"
    assert ("Pasal 10 ayat (4)", "Pasal 16 ayat (2) huruf b") in conflict_pairs(out["instrument"])
    # the changed Pasal 7 ayat (4) now disagrees with Lampiran BAB IV huruf B
    # angka 1 ("Kepala Dinas sebagai Pejabat Penilai Kinerja")
    assert "sekretaris" in values(out["assessor"])
    assert out["assessor"]["status"] == "conflict"
    assert ("Lampiran BAB IV huruf B angka 1", "Pasal 7 ayat (4)") in conflict_pairs(out["assessor"])
