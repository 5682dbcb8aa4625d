"""Concrete sentences users read, checked against the regulations' texts:
the answer says its case, the preposition once, ids and rule locations only
with --debug, conflicts as labelled sentences, explanations "karena ..."
with the subject said once, English headings with --lang en."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from pyapi.render import render_answer, render_compare, render_explained, render_why_not
from pyapi.wording import Wording, wording_for

ROOT = Path(__file__).resolve().parents[1]
PERBUP = [str(Path(sys.executable).with_name("perbup"))]
TABALONG = {"question": "reporting-line", "regency": "tabalong",
            "params": {"subject": "jf-ahli-muda", "unit": "kelurahan"}}
NINE = "Pejabat Fungsional Ahli Utama, Pejabat Fungsional Ahli Madya"


def _text(regency: str) -> str:
    return " ".join((ROOT / "regencies" / regency / "text.txt").read_text(encoding="utf-8").split())


@pytest.fixture(scope="module")
def tabalong(kb):
    return kb.call("explain", {**TABALONG, "lang": "id"})


def test_each_reporting_line_says_its_case_and_whom_once(tabalong):
    texts = [a["text"] for a in tabalong["answers"]]
    # Pasal 19 ayat (2): "secara individu ... secara langsung kepada Pejabat Penilai Kinerja"
    assert "Secara individu: melapor kepada Pejabat Penilai Kinerja secara langsung" in texts
    # Pasal 19 ayat (3) huruf a: "sebagai anggota tim melaporkan ... kepada ketua tim kerja"
    assert any(t.lower().startswith("sebagai anggota tim: melapor kepada ketua tim")
               for t in texts)
    # Lampiran huruf L angka 3 huruf b angka 6): "... disampaikan kepada Lurah"
    assert "Secara individu: melapor kepada Lurah (cara pelaporan tidak disebut)" in texts
    text = _text("tabalong")
    for quote in ("secara langsung kepada Pejabat Penilai Kinerja",
                  "sebagai anggota tim melaporkan pelaksanaan tugas kepada ketua tim kerja",
                  "disampaikan kepada Lurah"):
        assert quote in text
    assert not any("kepada sebagai" in t or ", (" in t for t in texts)


def test_the_cli_heading_is_a_question_a_regulation_and_labelled_parameters(kb, tabalong):
    out = render_explained(tabalong, wording_for(kb, "id"))
    lines = out.splitlines()
    assert lines[0] == ("Pertanyaan: Kepada siapa pelaksanaan tugas dilaporkan, "
                        "secara langsung atau melalui siapa?")
    assert lines[1] == "Peraturan: Peraturan Bupati Tabalong Nomor 9 Tahun 2024"
    assert lines[2] == "Subjek: Pejabat Fungsional Ahli Muda; Unit: Kelurahan"
    for raw in ("reporting-line", "tabalong", "jf-ahli-muda", "subject=", "answer_item",
                "kb/rules.pl", "pola L", "semua", NINE):
        assert raw not in out, raw


def test_conflicts_are_labelled_sentences_with_both_citations(kb, tabalong):
    out = render_answer(tabalong, wording_for(kb, "id"))
    assert ("Pertentangan tentang Pejabat Fungsional Ahli Muda yang bekerja secara individu "
            "pada Kelurahan:") in out
    assert ('   - Secara individu: melapor kepada Lurah (cara pelaporan tidak disebut): '
            '[Lampiran huruf L angka 3 huruf b angka 6)]') in out
    assert ('   - Secara individu: melapor kepada Pejabat Penilai Kinerja secara langsung: '
            '[Pasal 19 ayat (2)]') in out
    assert "capacity" not in out and "tidak-disebut" not in out


def test_an_explanation_gives_one_branch_per_reason_each_with_karena(kb, tabalong):
    out = render_explained(tabalong, wording_for(kb, "id"))
    why = out.split("\nPenjelasan:\n", 1)[1]
    first = why.split("\n2. ", 1)[0]
    # the Lurah holds the role by two provisions of Lampiran huruf L: one branch, both cited
    assert first.count("karena Pejabat Penilai Kinerja bagi Pejabat Fungsional Ahli Muda "
                       "adalah Lurah") == 1
    assert "[Lampiran huruf L angka 1]" in first and "[Lampiran huruf L angka 3 huruf a angka 1)]" in first
    steps = [ln.strip() for ln in first.splitlines()[1:]]
    assert all(s.startswith(("karena ", "[", "⚖", "≈")) for s in steps), steps
    # every quote is the text's own words
    text = _text("tabalong")
    for quote in re.findall(r'\] "([^"]+)"', out):
        assert " ".join(quote.split()) in text, quote


def test_a_pattern_one_named_unit_follows_is_said_by_its_name(kb):
    # Bantul Lampiran BAB IV huruf D: "Mekanisme Kerja pada RSUD Kelas B
    # Panembahan Senopati" (pattern D, the only unit named for it)
    res = kb.call("explain", {"question": "reporting-line", "regency": "bantul", "lang": "id",
                              "params": {"subject": "jf-ahli-muda", "capacity": "individu",
                                         "unit": "rsud"}})
    text = render_explained(res, wording_for(kb, "id"))
    assert "pada RSUD Kelas B Panembahan Senopati (pola D dalam Lampiran)" in text
    assert "unit yang mengikuti pola D" not in text
    # Tabalong Lampiran huruf E names sixteen Dinas: the pattern is said as such
    res = kb.call("explain", {"question": "reporting-line", "regency": "tabalong", "lang": "en",
                              "params": {"subject": "jf-ahli-muda", "capacity": "individu",
                                         "unit": "dinas"}})
    text = render_explained(res, wording_for(kb, "en"))
    assert "a unit following pattern E of the Lampiran" in text


def test_rule_locations_only_with_debug():
    base = PERBUP + ["ask", "reporting-line", "-r", "tabalong", "--subject", "jf-ahli-muda",
                     "--unit", "kelurahan", "--explain"]
    plain = subprocess.run(base, capture_output=True, text=True, timeout=120)
    debug = subprocess.run(base + ["--debug"], capture_output=True, text=True, timeout=120)
    assert plain.returncode == 0 and debug.returncode == 0, plain.stderr + debug.stderr
    assert "kb/rules.pl" not in plain.stdout and "(aturan" not in plain.stdout
    assert "(aturan answer_item/6, kb/rules.pl:" in debug.stdout


def test_english_on_request_headings_included(kb):
    res = kb.call("explain", {**TABALONG, "lang": "en"})
    out = render_explained(res, wording_for(kb, "en"))
    assert out.startswith("Question: To whom is the work reported")
    assert "\nRegulation: Peraturan Bupati Tabalong Nomor 9 Tahun 2024\n" in out
    assert "\nSubject: functional official, junior expert; Unit: Urban village\n" in out
    assert "\nStatus: CONFLICT\n" in out and "\nExplanation:\n" in out
    assert "Individually: reports to the performance assessor directly" in out
    assert "   because " in out
    for word in ("Pertanyaan", "Penjelasan", "Pertentangan", "melapor", "karena", "terjawab"):
        assert not re.search(rf"\b{word}\b", out), word


def test_english_sentences_give_a_post_its_article_and_one_year_its_number(kb):
    res = kb.call("ask", {"question": "team-duration", "regency": "pekalongan",
                          "params": {}, "lang": "en"})
    text = render_answer(res, wording_for(kb, "en"))
    # Pasal 12 ayat (4) huruf b "paling lama 1 (satu) tahun"
    assert "Duration of a work team: at most 1 year" in text and "1 years" not in text
    res = kb.call("ask", {"question": "assigner", "regency": "lombok-barat",
                          "params": {}, "lang": "en"})
    text = render_answer(res, wording_for(kb, "en"))
    # Pasal 12 ayat (2) "oleh Pejabat Penilai Kinerja dan/atau Pimpinan Unit Organisasi"
    assert "The performance assessor has authority over appointment to a task" in text
    assert "the the " not in text.lower()


def test_a_routing_step_takes_the_preposition_its_verb_takes(kb):
    # Bantul Lampiran BAB II huruf B angka 1) huruf b: "Apabila Pejabat Penilai Kinerja menyetujui"
    res = kb.call("ask", {"question": "voluntary-routing", "regency": "bantul", "params": {},
                          "lang": "id"})
    out = render_answer(res, wording_for(kb, "id"))
    assert "Apabila Pejabat Penilai Kinerja menyetujui" in _text("bantul")
    assert "Pejabat Penilai Kinerja menyetujui pengajuan" in out
    assert "menyetujui kepada" not in out and "menugaskan kepada" not in out


def test_team_leader_and_duration_say_values_in_words(kb):
    w = wording_for(kb, "id")
    leader = render_answer(kb.call("ask", {"question": "team-leader", "regency": "tabalong",
                                           "params": {}, "lang": "id"}), w)
    # Tabalong Pasal 14 ayat (4): "ketua tim berasal dari Unit Organisasi dan/atau Perangkat
    # Daerah pemilik kinerja"
    assert "ketua tim berasal dari Unit Organisasi dan/atau Perangkat Daerah pemilik kinerja" \
        in _text("tabalong")
    assert ("Untuk tim lintas Unit Organisasi, ketua tim wajib berasal dari Unit Organisasi "
            "pemilik kinerja") in leader
    assert "asal:" not in leader and "wajib unit-pemilik-kinerja" not in leader
    duration = render_answer(kb.call("ask", {"question": "team-duration",
                                             "regency": "pekalongan", "params": {},
                                             "lang": "id"}), w)
    # Pekalongan Pasal 12 ayat (4) huruf b: "paling lama 1 (satu) tahun"
    assert "Jangka waktu tim kerja: paling lama 1 tahun" in duration
    assert "paling-lama" not in duration and "kelompok-kerja" not in duration
    instrument = render_answer(kb.call("ask", {"question": "assignment-instrument",
                                               "regency": "tabalong", "params": {},
                                               "lang": "id"}), w)
    assert "semua semua" not in instrument and "surat-penugasan" not in instrument


def test_why_not_and_compare_speak_the_same_words(kb):
    w = wording_for(kb, "id")
    verdict = kb.call("why_not", {**TABALONG, "params": {**TABALONG["params"],
                                                         "capacity": "individu"},
                                  "proposed": {"post": "lurah"}, "lang": "id"})
    out = render_why_not(verdict, w)
    assert "contested_by" not in out and "lihat" not in out
    compared = kb.call("compare", {"question": "assessor", "params": {"subject": "jf-ahli-muda",
                                                                     "unit": "kecamatan"},
                                   "lang": "en"})
    out = render_compare(compared, wording_for(kb, "en"))
    assert out.startswith("Question: Who is the performance assessor? (every regulation)")
    assert "terjawab" not in out


def test_renderings_keep_no_wording_of_their_own():
    """render.py and diagram.py read every sentence from the language files."""
    for name in ("render.py", "diagram.py"):
        src = (ROOT / "pyapi" / name).read_text(encoding="utf-8")
        for literal in ("Pertanyaan", "Penjelasan", "Pertentangan", "melapor", "kepada",
                        "dijabat oleh", "Keterangan", "terjawab"):
            assert f'"{literal}' not in src and f"'{literal}" not in src, (name, literal)
    w = Wording("en")
    assert w.say("heading_question", "Q?") == "Question: Q?"
    assert Wording("id").word("because") == "karena"
