"""The package runs from a wheel, not only from a checkout: the rules,
grammars and regulations travel as package data found through
pyapi.resources."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CHECK = r"""
import json, sys
from pyapi import resources
from pyapi.kb import KnowledgeBase
kb = KnowledgeBase().start()
answer = kb.call("ask", {"question": "reporting-line", "regency": "tabalong",
                         "params": {"subject": "jf-ahli-muda", "capacity": "individu",
                                    "unit": "dinas"}})
from pyapi.citation import parse
from pyapi.extract import extract
from pyapi.structure import load_regency
print(json.dumps({"extracted": [n.claim_text for n in extract(load_regency("tabalong")).norms
                                if n.cite == "Pasal 19 ayat (2)"],"root": str(resources.ROOT), "regulations": list(kb.regencies),
                  "norms": kb.norm_count, "status": answer["status"],
                  "cites": sorted(c["cite"] for a in answer["answers"] for c in a["citations"]),
                  "parsed": str(parse("Pasal 6 ayat (2) huruf a"))}))
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                           "--no-build-isolation", "-w", str(out), str(ROOT)],
                          capture_output=True, text=True, timeout=300, cwd=out)
    assert done.returncode == 0, done.stderr
    (built,) = out.glob("perbup_kb-*.whl")
    return built


def test_the_wheel_carries_rules_grammars_and_every_packaged_regulation(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    packaged = sorted(p.parent.name for p in (ROOT / "regencies").glob("*/regulation.toml"))
    for regulation in packaged:
        for file in ("regulation.toml", "text.txt", "norms.pl", "golden.toml"):
            assert f"pyapi/_data/regencies/{regulation}/{file}" in names
    for rule in (ROOT / "kb").rglob("*.pl"):
        assert f"pyapi/_data/{rule.relative_to(ROOT)}" in names
    assert {"pyapi/_data/grammar/perbup.lark", "pyapi/_data/grammar/citation.lark",
            "pyapi/_data/grammar/norms.lark"} <= names
    assert {"pyapi/templates/baca.html", "pyapi/static/pages.css"} <= names
    # every module of the package, in every subpackage
    for module in (ROOT / "pyapi").rglob("*.py"):
        assert str(module.relative_to(ROOT)) in names, module
    assert not any(n.startswith(("pyapi/_data/tests", "pyapi/_data/bench", "pyapi/_data/.venv"))
                   for n in names)


def test_an_installed_wheel_answers_from_its_own_data(wheel, tmp_path):
    target = tmp_path / "site"
    done = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps",
                           "--target", str(target), str(wheel)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    env = {**os.environ, "PYTHONPATH": str(target), "PERBUP_START_CACHE": "off"}
    env.pop("PERBUP_REGULATIONS", None)
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True,
                          timeout=300, cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert Path(found["root"]) == target / "pyapi" / "_data"       # not the checkout
    assert found["regulations"] == sorted(p.parent.name for p in
                                          (ROOT / "regencies").glob("*/regulation.toml"))
    assert found["norms"] > 900
    # Tabalong Pasal 19 ayat (2): "... secara langsung kepada Pejabat Penilai Kinerja"
    assert found["status"] == "answered" and "Pasal 19 ayat (2)" in found["cites"]
    assert "('pasal', '6'), ('ayat', '2'), ('huruf', 'a')" in found["parsed"]
    # the extractor reads with the wheel's own grammar
    assert found["extracted"] == ["melapor(individu,[semua],'pejabat-penilai-kinerja',langsung)"]
