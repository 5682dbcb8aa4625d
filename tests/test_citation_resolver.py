"""Resolver against a small hand-built document (the Document interface only)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from pyapi.citation import format_path, parse, resolve


@dataclass
class FakeNode:
    path: tuple
    text: str = ""
    children: list = field(default_factory=list)

    @property
    def kind(self):
        return self.path[-1][0] if self.path else "document"

    @property
    def label(self):
        return self.path[-1][1] if self.path else ""

    @property
    def cite(self):
        return format_path(self.path)


class FakeDocument:
    regency = "contoh"
    metadata = {"jenis": "Peraturan Bupati", "daerah": "Contoh", "nomor": "7", "tahun": "2024"}

    def __init__(self, paths):
        self._nodes = {(): FakeNode(())}
        for path in paths:
            node = FakeNode(path, f"teks {format_path(path)}")
            self._nodes[path] = node
            self._nodes[path[:-1]].children.append(node)

    def get(self, path):
        return self._nodes.get(tuple(path)) if path else None

    def nodes(self):
        return iter(self._nodes.values())


def _paths():
    out = [(("menimbang", ""),)] + [(("menimbang", ""), ("huruf", h)) for h in "abcd"]
    for n in range(1, 11):
        out.append((("pasal", str(n)),))
    p3 = ("pasal", "3")
    for a in "12":
        out.append((p3, ("ayat", a)))
    out += [(p3, ("ayat", "1"), ("huruf", h)) for h in "abc"]
    p10 = ("pasal", "10")
    for a in "1234":
        out.append((p10, ("ayat", a)))
    out += [(p10, ("ayat", "2"), ("huruf", h)) for h in "ab"]
    out += [(p10, ("ayat", "2"), ("huruf", "a"), ("angka", n)) for n in "12"]
    out += [(("lampiran", ""),), (("lampiran", ""), ("tabel", "3.3"))]
    return out


DOC = FakeDocument(_paths())
AT_10_4 = (("pasal", "10"), ("ayat", "4"))


def cites(resolution):
    return [t.cite for t in resolution.targets]


def codes(resolution):
    return [p.code for p in resolution.problems]


def test_relative_target_hangs_from_citing_pasal():
    r = resolve(parse("sebagaimana dimaksud pada ayat (2) huruf a angka 1"), DOC, AT_10_4)
    assert cites(r) == ["Pasal 10 ayat (2) huruf a angka 1"]
    assert r.ok and r.targets[0].exists and r.targets[0].text == "teks Pasal 10 ayat (2) huruf a angka 1"


def test_elided_list_item_continues_previous_target():
    r = resolve(parse("sebagaimana dimaksud dalam Pasal 10 ayat (2) huruf a angka 2 dan huruf b"),
                DOC, (("pasal", "3"), ("ayat", "2")))
    assert cites(r) == ["Pasal 10 ayat (2) huruf a angka 2", "Pasal 10 ayat (2) huruf b"]
    assert r.ok


def test_shortened_ayat_list():
    r = resolve(parse("sebagaimana dimaksud pada ayat (1) dan (3)"), DOC, AT_10_4)
    assert cites(r) == ["Pasal 10 ayat (1)", "Pasal 10 ayat (3)"]


def test_range_is_expanded():
    r = resolve(parse("sebagaimana dimaksud dalam Pasal 4 sampai dengan Pasal 7"), DOC, AT_10_4)
    assert cites(r) == ["Pasal 4", "Pasal 5", "Pasal 6", "Pasal 7"]
    r = resolve(parse("sebagaimana dimaksud dalam Pasal 3 ayat (1) huruf a sampai dengan huruf c"), DOC, AT_10_4)
    assert cites(r) == [f"Pasal 3 ayat (1) huruf {h}" for h in "abc"]


def test_menimbang_reference_has_no_pasal_rule():
    r = resolve(parse("sebagaimana dimaksud dalam huruf a, huruf b, dan huruf c"), DOC,
                (("menimbang", ""), ("huruf", "d")))
    assert cites(r) == ["Menimbang huruf a", "Menimbang huruf b", "Menimbang huruf c"]
    assert r.ok


def test_lampiran_reference():
    r = resolve(parse("Lampiran Tabel 3.3"), DOC, AT_10_4)
    assert r.ok and cites(r) == ["Lampiran Tabel 3.3"]


def test_missing_target_names_the_nearest():
    r = resolve(parse("sebagaimana dimaksud pada ayat (1) huruf b"), DOC, AT_10_4)
    assert codes(r) == ["target-missing"]
    assert not r.targets[0].exists
    problem = r.problems[0]
    assert problem.nearest[0] == "Pasal 10 ayat (2) huruf b"
    assert "Pasal 10 ayat (1)" in problem.nearest
    assert "tidak ada" in problem.message and "does not exist" in problem.message_en


def test_missing_sibling_suggests_nearest_labels():
    r = resolve(parse("sebagaimana dimaksud pada ayat (7)"), DOC, AT_10_4)
    assert r.problems[0].nearest[:2] == ("Pasal 10 ayat (4)", "Pasal 10 ayat (3)")


def test_self_reference():
    r = resolve(parse("sebagaimana dimaksud pada ayat (4)"), DOC, AT_10_4)
    assert codes(r) == ["self-reference"]
    r = resolve(parse("sebagaimana dimaksud dalam Pasal 9 sampai dengan Pasal 10"), DOC, AT_10_4)
    assert "self-reference" in codes(r)


@pytest.mark.parametrize("phrase,code_list", [
    ("sebagaimana dimaksud pada Pasal 3 ayat (1)", ["preposition-misused"]),
    ("sebagaimana dimaksud dalam ayat (1)", ["preposition-misused"]),
    ("sebagaimana dimaksud pada Lampiran", ["preposition-misused"]),
    ("sebagaimana dimaksud dalam Pasal 3 ayat (1)", []),
    ("sebagaimana dimaksud pada ayat (1)", []),
    ("ayat (1)", []),
])
def test_preposition_rule(phrase, code_list):
    r = resolve(parse(phrase), DOC, AT_10_4)
    assert codes(r) == code_list
    if code_list:
        assert r.problems[0].rule.startswith("UU 12/2011")


def test_backward_and_mismatched_ranges():
    r = resolve(parse("Pasal 9 sampai dengan Pasal 7"), DOC, AT_10_4)
    assert codes(r) == ["backward-range"]
    assert cites(r) == ["Pasal 9", "Pasal 7"]
    r = resolve(parse("Pasal 3 ayat (1) sampai dengan Pasal 5"), DOC, AT_10_4)
    assert codes(r) == ["range-mismatch"]


def test_relative_without_anchor():
    r = resolve(parse("ayat (1)"), DOC, None)
    assert codes(r) == ["unanchored-relative"]
    assert resolve(parse("Pasal 3 ayat (1)"), DOC, None).ok


@pytest.mark.parametrize("designator,external", [
    ("Peraturan Bupati Contoh Nomor 7 Tahun 2024", False),
    ("Perbup Contoh 7/2024", False),
    ("Peraturan Bupati Kabupaten Contoh Nomor 07 Tahun 2024", False),
    ("Peraturan Bupati ini", False),
    ("Peraturan Bupati Contoh Nomor 8 Tahun 2024", True),
    ("Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 7 Tahun 2022", True),
])
def test_designator_decides_external(designator, external):
    r = resolve(parse(f"Pasal 3 ayat (1) {designator}"), DOC, AT_10_4)
    assert r.external is external
    if external:
        assert r.targets == () and r.ok
    else:
        assert cites(r) == ["Pasal 3 ayat (1)"]


def test_absolute_form():
    from pyapi.citation import format_citation
    r = resolve(parse("sebagaimana dimaksud pada ayat (1), ayat (2) dan ayat (3)"), DOC, AT_10_4)
    assert format_citation(r.absolute) == \
        "sebagaimana dimaksud pada Pasal 10 ayat (1), Pasal 10 ayat (2), dan Pasal 10 ayat (3)"
