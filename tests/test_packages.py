"""Regulation packages: one folder each, found at start, named nowhere else."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from conftest import copy_package
from pyapi import regulations

ROOT = Path(__file__).resolve().parent.parent


def test_the_packaged_folder_holds_five_regulations_with_manifests():
    regs = regulations.discover(regulations.PACKAGED)
    assert [r.id for r in regs] == ["bantul", "lombok-barat", "pekalongan", "tabalong", "tabanan"]
    for reg in regs:
        assert reg.jenis == "Peraturan Bupati" and reg.region.startswith("Kabupaten ")
        assert reg.text_path.is_file() and reg.norms_path.is_file() and reg.golden_path.is_file()


def test_no_regulation_id_is_written_in_the_engine_or_the_rules():
    """Adding a regulation touches no file outside its folder."""
    ids = regulations.ids(regulations.PACKAGED)
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, ids)) + r")\b", re.IGNORECASE)
    found = []
    for folder in ("pyapi", "kb"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix in (".py", ".pl") and path.is_file():
                for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                    if pattern.search(line):
                        found.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert found == []


def test_a_regulation_id_is_written_once_in_its_folder():
    for reg in regulations.discover(regulations.PACKAGED):
        manifest = tomllib.loads((reg.folder / regulations.MANIFEST).read_text(encoding="utf-8"))
        assert manifest["id"] == reg.id
        for name in ("norms.pl", "vocabulary.pl"):
            path = reg.folder / name
            if path.exists():
                code = re.sub(r"/\*.*?\*/|%[^\n]*", "", path.read_text(encoding="utf-8"), flags=re.S)
                assert not re.search(rf"(?<![\w-]){re.escape(reg.id)}(?![\w-])", code), path


@pytest.mark.parametrize("manifest,problem", [
    ('id = "Tabalong Baru"\n', "not kebab-case"),
    ('id = "x"\njenis = "Peraturan Gubernur"\nregion = "r"\nregion_en = "r"\nnomor = "1"\n'
     'tahun = "2024"\ntitle = "t"\n', "jenis 'Peraturan Gubernur'"),
    ('id = "x"\n', "missing or empty: jenis"),
    ("id = \n", "Invalid value"),
])
def test_a_bad_manifest_is_refused_naming_the_file(tmp_path, manifest, problem):
    folder = tmp_path / "x"
    folder.mkdir()
    (folder / "text.txt").write_text("PERATURAN BUPATI X\n", encoding="utf-8")
    (folder / regulations.MANIFEST).write_text(manifest, encoding="utf-8")
    full = ('jenis = "Peraturan Bupati"\nregion = "r"\nregion_en = "r"\nnomor = "1"\n'
            'tahun = "2024"\ntitle = "t"\n')
    if problem == "not kebab-case":
        (folder / regulations.MANIFEST).write_text(manifest + full, encoding="utf-8")
    with pytest.raises(regulations.PackageError) as err:
        regulations.discover(tmp_path)
    assert str(folder / regulations.MANIFEST) in str(err.value) and problem in str(err.value)


def test_two_folders_with_one_id_are_refused(tmp_path):
    copy_package(tmp_path, "bantul")
    copy_package(tmp_path, "bantul", new_id="bantul-2")
    manifest = tmp_path / "bantul-2" / regulations.MANIFEST
    manifest.write_text(manifest.read_text(encoding="utf-8").replace('"bantul-2"', '"bantul"'),
                        encoding="utf-8")
    with pytest.raises(regulations.PackageError, match="is also the id of"):
        regulations.discover(tmp_path)


COPY_SCRIPT = """
import json, sys, tomllib
from pathlib import Path
from pyapi.kb import KnowledgeBase
kb = KnowledgeBase(root=Path(sys.argv[1])).start()
cases = tomllib.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))["case"]
out = {"regulations": list(kb.regencies), "answers": []}
for case in cases:
    pair = []
    for regency in ("tabalong", "tabalong-baru"):
        for op in ("ask", "explain"):
            pair.append(kb.call(op, {"question": case["question"], "regency": regency,
                                     "params": case.get("params", {})}))
    out["answers"].append(pair)
print(json.dumps(out))
"""


def _without_regency(value):
    """An answer with every regency id taken out (the one thing that differs)."""
    if isinstance(value, dict):
        return {k: _without_regency(v) for k, v in value.items() if k != "regency"}
    if isinstance(value, list):
        return [_without_regency(v) for v in value]
    return value


def test_a_copied_folder_with_a_new_id_is_a_regulation_answering_alike(tmp_path):
    copy_package(tmp_path, "tabalong")
    copy_package(tmp_path, "tabalong", new_id="tabalong-baru")
    golden = regulations.get("tabalong", regulations.PACKAGED).golden_path
    done = subprocess.run([sys.executable, "-c", COPY_SCRIPT, str(tmp_path), str(golden)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["regulations"] == ["tabalong", "tabalong-baru"]
    assert len(out["answers"]) >= 20
    for ask, explain, ask_copy, explain_copy in out["answers"]:
        assert ask_copy["regency"] == "tabalong-baru"
        assert _without_regency(ask_copy) == _without_regency(ask)
        assert _without_regency(explain_copy) == _without_regency(explain)


def _as_wali_kota(text: str) -> str:
    """Tabalong's text with a Peraturan Wali Kota heading and signature."""
    return (text.replace("PERATURAN BUPATI TABALONG", "PERATURAN WALI KOTA TABALONG")
            .replace("\nBUPATI TABALONG,", "\nWALI KOTA TABALONG,"))


def test_new_makes_a_package_from_a_wali_kota_text_and_validate_passes(tmp_path):
    from pyapi.scaffold import new_package

    source = regulations.get("tabalong", regulations.PACKAGED).text_path.read_text(encoding="utf-8")
    text = tmp_path / "draft.txt"
    text.write_text(_as_wali_kota(source), encoding="utf-8")
    root = tmp_path / "regs"
    folder = new_package("kota-contoh", text, root)
    assert (folder / "text.txt").read_bytes() == text.read_bytes()
    reg = regulations.read_manifest(folder)
    assert (reg.id, reg.jenis, reg.region, reg.nomor, reg.tahun) == (
        "kota-contoh", "Peraturan Wali Kota", "Kota Tabalong", "9", "2024")
    assert reg.title == "SISTEM KERJA APARATUR SIPIL NEGARA UNTUK PENYEDERHANAAN BIROKRASI"
    # (validate starts a knowledge base: in a process of its own, as the CLI runs it)
    done = _perbup("validate", "kota-contoh", "--regulations", str(root))
    assert done.returncode == 0, done.stdout + done.stderr
    # Tabalong's batang tubuh: 23 Pasal, Pasal 23 missing, Mengingat angka 14 missing
    assert "structure: 23 Pasal; gaps: angka 14 (after 13), pasal 23 (after 22)" in done.stdout
    # its norms file: the norms the extractor reads, marked for review, and
    # they pass every load check (citation, verbatim quote, vocabulary)
    norms = (folder / "norms.pl").read_text(encoding="utf-8")
    assert "TO BE REVIEWED" in norms and "Pasal 19 ayat (2)" in norms
    count = norms.count("\nnorm(")
    assert count > 100
    assert done.stdout.strip().endswith(f"ok: {count} norms")
    with pytest.raises(regulations.PackageError, match="already exists"):
        new_package("kota-contoh", text, root)
    # --empty: no norms
    empty = new_package("kota-kosong", text, root, extract=False)
    assert "\nnorm(" not in (empty / "norms.pl").read_text(encoding="utf-8")


def _perbup(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pyapi.boot", *args], capture_output=True,
                          text=True, timeout=120)


def test_validate_lists_every_problem_with_file_and_line(tmp_path):
    fixture = Path(__file__).parent / "fixtures" / "bad_norms.pl"
    folder, lines = copy_package(tmp_path, "tabalong", extra_norms=fixture)
    done = _perbup("validate", "tabalong", "--regulations", str(tmp_path))
    assert done.returncode == 1
    norms = folder / "norms.pl"
    assert f"{norms}:{lines + 3}: error: norm missing_pasal: 'Pasal 23'" in done.stdout
    assert "7 problem(s)" in done.stdout


@pytest.mark.parametrize("unit,post", [
    ("pola-d1", "pejabat-pimpinan-tinggi-pratama"), ("pola-d2", "pejabat-administrator"),
    ("pola-d7", "pejabat-fungsional"), ("pola-d9", "asisten"), ("pola-d10", "kepala-bagian")])
def test_a_pattern_is_selectable_as_a_unit(kb, unit, post):
    """Lombok Barat describes structures, not units: each of the ten examples
    of Lampiran BAB II huruf D is a unit id whose heading names its PPK."""
    result = kb.call("ask", {"question": "assessor", "regency": "lombok-barat",
                             "params": {"subject": "jf-ahli-muda", "unit": unit}})
    n = unit.removeprefix("pola-d")
    heading = f"Lampiran BAB II huruf D angka {n}"
    holders = {a["value"] for a in result["answers"]
               if heading in {c["cite"] for c in a["citations"]}}
    assert holders == {post}
    patterns = {t["id"]: t for t in kb.call("vocabulary") if t["category"] == "pattern"}
    assert patterns[unit]["regency"] == "lombok-barat"
    assert patterns[unit]["citation"]["cite"] == heading
    assert "\n" not in patterns[unit]["label"]


def test_every_pattern_a_norm_is_scoped_to_is_selectable(kb):
    """A norm written for pola(P) alone must be reachable: a pattern of the
    same regulation in the vocabulary stands for P, or a named unit follows
    P.  (A norm for [unit kind, pola(P)] is reached through the unit kind.)"""
    rows = kb.engine.call("norms", {"regency": None}, admin=True)
    terms = kb.call("vocabulary")
    listed = {(t["regency"], t["pattern"]) for t in terms if t["category"] == "pattern"}
    listed |= {(t["regency"], t["pattern"].removeprefix("pola ")) for t in terms
               if t["category"] == "named-unit" and t["pattern"] != "none"}
    used = {(row["regency"], m.group(1) or m.group(2)) for row in rows
            for m in re.finditer(r"\[pola\('([^']+)'\)\]|\[pola\(([a-z]\w*)\)\]", row["claim"])}
    assert used, "no norm is scoped to a pattern"
    assert used - listed == set()
    # Lombok Barat's kedudukan example with a Pengawas as Pejabat Penilai
    # Kinerja (Lampiran BAB II huruf B angka 6 huruf c) huruf b angka 2)).
    result = kb.call("ask", {"question": "assessor", "regency": "lombok-barat",
                             "params": {"subject": "jf-ahli-muda", "unit": "pola-b1b2"}})
    cite = "Lampiran BAB II huruf B angka 6 huruf c) huruf b angka 2)"
    assert {a["value"] for a in result["answers"]
            if cite in {c["cite"] for c in a["citations"]}} == {"pejabat-pengawas"}


def test_listings_filter_by_regulation(client):
    every = client.get("/v1/vocabulary").json()["terms"]
    one = client.get("/v1/vocabulary?regency=lombok-barat").json()["terms"]
    own = {t.get("regency") for t in one} - {None}
    assert own == {"lombok-barat"}
    assert {t["category"] for t in one if t.get("regency")} == {"pattern"}
    assert len([t for t in every if t.get("regency")]) > len([t for t in one if t.get("regency")])
    assert [t for t in every if "regency" not in t] == [t for t in one if "regency" not in t]
    regs = client.get("/v1/regencies?regency=bantul").json()["regencies"]
    assert [r["id"] for r in regs] == ["bantul"]
    for path in ("/v1/vocabulary?regency=sleman", "/v1/regencies?regency=sleman"):
        r = client.get(path)
        assert r.status_code == 404 and r.json()["type"] == "/problems/not_found"
