"""Public citations (issue 12): every citation an answer carries prints as
the text numbers its provisions (no internal "#n" key), parses with the
citation language, and resolves to exactly the provision it quotes."""

from __future__ import annotations

import itertools
import re
import sys
from pathlib import Path

import pytest

from pyapi.citation.parser import parse
from pyapi.lookup import single_path
from pyapi.normcheck import resolve_norm_cite
from pyapi.structure import load_regency
from pyapi.structure.public import public_cites

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from grid import QUESTION_PARAMS, values  # noqa: E402


def test_repeated_numbers_are_cited_with_their_headings():
    tabanan = public_cites(load_regency("tabanan"))
    # Tabanan's Lampiran numbers two lists 1-3: "3. Tahapan Evaluasi" and
    # "3. Pelaksanaan Tugas dan Pertanggungjawaban", under which two lists
    # a-d follow "A. Pelaksanaan Tugas"; the second "c." reads "Tanggung
    # jawab Ketua Tim meliputi :"
    assert tabanan["Lampiran angka 3#2 huruf A huruf c#3 angka 1)"] == (
        "Lampiran angka 3 (“Pelaksanaan Tugas dan Pertanggungjawaban”) huruf A "
        "huruf c (“Tanggung jawab Ketua Tim meliputi :”) angka 1)")
    assert tabanan["Lampiran angka 3"] == "Lampiran angka 3 (“Tahapan Evaluasi”)"
    # Pekalongan prints "Tabel 3.8" twice: under "RSUD Tipe B" and under the
    # Puskesmas heading; a table is named by the heading it appears under
    pekalongan = public_cites(load_regency("pekalongan"))
    assert pekalongan["Lampiran Tabel 3.8"] == "Lampiran Tabel 3.8 (“RSUD Tipe B”)"
    assert pekalongan["Lampiran Tabel 3.8#2"].startswith(
        "Lampiran Tabel 3.8 (“Unit Kerja pada Unit Organisasi Bersifat Fungsional (Puskesmas)")
    # a text without repeated numbers keeps every citation as it was
    assert public_cites(load_regency("tabalong")) == {}


@pytest.mark.parametrize("regency", ["bantul", "lombok-barat", "pekalongan", "tabalong",
                                     "tabanan"])
def test_every_public_citation_names_its_own_node(regency):
    doc = load_regency(regency)
    table = public_cites(doc)
    for internal, public in table.items():
        assert "#" not in public, public
        node = doc.by_cite(internal)
        assert doc.get(single_path(public)) is node, (internal, public)
        assert parse(public).items[0].path == single_path(public)


def test_a_heading_that_fits_no_sibling_or_two_names_nothing():
    doc = load_regency("tabanan")
    assert doc.get(single_path("Lampiran angka 3 (“Tidak ada judul ini”)")) is None
    # the two "2." of the Lampiran are "Tahapan Pelaksanaan" and "Penugasan":
    # a heading's first word is enough where it fits one of them
    assert doc.get(single_path("Lampiran angka 2 (“Tahapan”)")).cite == "Lampiran angka 2"
    assert doc.get(single_path("Lampiran angka 2 (“Penugasan”)")).cite == "Lampiran angka 2#2"
    # Lombok Barat's "huruf B angka 2" is "Penugasan Pejabat Fungsional dan
    # Pelaksana" and, later, "Penugasan": "Penugasan" starts both
    lobar = load_regency("lombok-barat")
    assert lobar.get(single_path("Lampiran BAB II huruf B angka 2 (“Penugasan”)")) is None


def _cites(node, out: list) -> None:
    if isinstance(node, dict):
        if isinstance(node.get("cite"), str) and "quote" in node:
            out.append(node)
        for v in node.values():
            _cites(v, out)
    elif isinstance(node, list):
        for v in node:
            _cites(v, out)


def test_every_citation_of_the_question_grid_round_trips(kb):
    """Every regulation x question x the values of the parameters it reads
    (each parameter varied alone, as scripts/grid.py does for one at a
    time): every citation of every answer (answers, conflicts, what was set
    aside, closest) parses, resolves to the node its norm names, and that
    node's text holds the quote."""
    vocab = kb.call("vocabulary")
    norm_node = {}
    for regency in kb.regencies:
        doc = kb.documents[regency]
        for row in kb.engine.call("norms", {"regency": regency}, admin=True):
            norm_node[(regency, row["id"])] = resolve_norm_cite(doc, row["cite"])
    asked = checked = marked_before = 0
    failures = []
    seen = set()
    for regency in kb.regencies:
        doc = kb.documents[regency]
        options = values(vocab, regency)
        for question, reads in QUESTION_PARAMS.items():
            cases = [{}] + [{p: v} for p in reads for v in options[p] if v is not None]
            for params in cases:
                result = kb.call("ask", {"question": question, "regency": regency,
                                         "params": params})
                asked += 1
                found: list = []
                _cites(result, found)
                for c in found:
                    key = (c["regency"], c["cite"], c.get("norm"))
                    if key in seen:
                        continue
                    seen.add(key)
                    checked += 1
                    node = doc.get(single_path(c["cite"]))
                    expected = norm_node.get((regency, c.get("norm")))
                    if expected is not None and "#" in expected.cite:
                        marked_before += 1
                    if ("#" in c["cite"] or node is None or
                            (expected is not None and node is not expected) or
                            c["quote"] not in node.full_text()):
                        failures.append((regency, c["cite"], c.get("norm")))
    print(f"\n{asked} questions asked, {checked} distinct citations checked, "
          f"{marked_before} of them on a node with an internal #n key")
    assert asked > 1500 and checked > 500
    assert marked_before > 100          # the case this is about occurs
    assert failures == []


def test_sentences_that_name_a_provision_name_it_publicly(kb):
    # Tabanan: a Lampiran provision set aside names its heading, not its key
    for q, params in (("assigner", {"unit": "dinas"}), ("team-leader", {}),
                      ("assignment-instrument", {})):
        result = kb.call("explain", {"question": q, "regency": "tabanan", "params": params,
                                     "lang": "id"})
        text = repr(result)
        assert not re.search(r"(angka|huruf|Tabel) [\w.]+\)?#\d", text), q


def test_the_provision_tree_cites_as_the_text_numbers(kb):
    # Tabanan's Lampiran numbers angka 1-3 twice; the tree of the second
    # angka 3 names its heading, never the internal "#2"
    tree = kb.call("provision_tree", {"doc": "tabanan",
                                      "cite": kb.internal_cite("tabanan", "Lampiran angka 3 "
                                                               "(“Pelaksanaan Tugas dan "
                                                               "Pertanggungjawaban”)")})
    cites = []

    def walk(node):
        cites.append(node["cite"])
        for child in node["children"]:
            walk(child)
    walk(tree)
    assert cites[0] == "Lampiran angka 3 (“Pelaksanaan Tugas dan Pertanggungjawaban”)"
    assert len(cites) > 10 and not any("#" in c for c in cites)
    doc = kb.documents["tabanan"]
    assert all(doc.get(single_path(c)) is not None for c in cites)
