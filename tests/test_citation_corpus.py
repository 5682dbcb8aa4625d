"""The pinned cross-references of the regulations (regencies/<id>/references.tsv)."""

from __future__ import annotations

from collections import Counter

import pytest

from pyapi.citation import PROBLEM_CODES, find_citations
from pyapi.citation.corpus import load_corpus, run_corpus
from pyapi.structure import load_regency

PINNED = load_corpus()
BROKEN = [r for r in PINNED if r.expected not in ("ok", "external")]


@pytest.fixture(scope="module")
def found():
    return run_corpus()


def test_corpus_file_is_well_formed():
    assert len(PINNED) >= 140
    for row in PINNED:
        assert row.regency and row.citing and row.phrase and row.targets
        if row.expected not in ("ok", "external"):
            assert set(row.expected.split(",")) <= set(PROBLEM_CODES), row
            assert row.note, f"a broken reference needs a note: {row}"


def test_finder_finds_every_pinned_reference_and_nothing_else(found):
    pinned, seen = Counter(r.key() for r in PINNED), Counter(r.key() for r in found)
    assert pinned - seen == Counter(), "pinned but not found (or resolved differently)"
    assert seen - pinned == Counter(), "found but not pinned: add to the package's references.tsv"


def test_ok_references_resolve_to_existing_provisions():
    for regency in {r.regency for r in PINNED}:
        doc = load_regency(regency)
        for node in doc.nodes():
            if node.path and node.path[0][0] == "pasal":
                for f in find_citations(node.text, doc, node.path):
                    if not f.problems and not f.external:
                        assert f.resolution.targets or f.citation.designator, f
                        assert all(t.exists and t.text is not None for t in f.resolution.targets), f


def test_genuinely_broken_references():
    assert {(r.regency, r.citing, r.expected) for r in BROKEN} == {
        ("tabalong", "Pasal 12 ayat (3)", "malformed-phrase"),
        ("tabalong", "Pasal 13 ayat (2)", "malformed-phrase"),
        ("tabalong", "Pasal 18 ayat (4)", "target-missing"),
        ("tabalong", "Pasal 18 ayat (5)", "target-missing"),
        ("tabalong", "Pasal 18 ayat (6)", "target-missing"),
        ("lombok-barat", "Pasal 6", "target-missing"),
        ("lombok-barat", "Pasal 7 ayat (1)", "target-missing"),
        ("pekalongan", "Pasal 13 ayat (1)", "malformed-phrase"),
        ("pekalongan", "Pasal 13 ayat (2)", "target-missing"),
        ("pekalongan", "Pasal 16 ayat (1)", "preposition-misused"),
        ("pekalongan", "Pasal 20 ayat (3)", "self-reference"),
        ("pekalongan", "Pasal 28 ayat (3)", "preposition-misused"),
        ("bantul", "Pasal 4", "malformed-phrase"),
    }


def _preamble_found(doc, part):
    return [f for n in doc.nodes() if n.path[:1] == ((part, ""),)
            for f in find_citations(n.text, doc, n.path)]


@pytest.mark.parametrize("regency", ["tabanan", "tabalong", "pekalongan", "bantul"])
def test_preamble_citations_of_other_regulations_are_external(regency):
    doc = load_regency(regency)     # (Lombok Barat's preamble cites no Pasal of another regulation)
    mengingat = _preamble_found(doc, "mengingat")
    assert [f.canonical[:35] for f in mengingat] == ["Pasal 18 ayat (6) Undang-Undang Das"]
    assert mengingat[0].external and mengingat[0].resolution.targets == ()
    assert any(f.external and "Peraturan Menteri" in f.canonical for f in _preamble_found(doc, "menimbang"))


@pytest.mark.parametrize("regency", ["tabanan", "tabalong", "lombok-barat", "pekalongan", "bantul"])
def test_menimbang_cites_its_own_letters(regency):
    doc = load_regency(regency)
    internal = [f for f in _preamble_found(doc, "menimbang") if not f.external]
    assert [t.cite for t in internal[0].resolution.targets][:2] == ["Menimbang huruf a", "Menimbang huruf b"]
    assert all(f.resolution.ok for f in internal)
