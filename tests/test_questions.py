"""Question predicates over the whole vocabulary: always one of the three
statuses, never an error; answers follow the norms."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path

from conftest import copy_package
from pyapi import regulations

FIXTURES = Path(__file__).parent / "fixtures"
STATUSES = {"answered", "conflict", "tidak-diatur"}


def test_every_question_answers_for_every_parameter(kb):
    voc = kb.call("vocabulary")
    ids = {c: [t["id"] for t in voc if t["category"] == c] for c in ("question", "subject",
                                                                     "capacity", "unit", "scope")}
    for regency, q in itertools.product(regulations.ids(), ids["question"]):
        grid = [{}]
        if q in ("assessor", "unit-leader", "reporting-line"):
            grid = [{k: v for k, v in (("subject", s), ("capacity", c), ("unit", u)) if v}
                    for s, c, u in itertools.product([None] + ids["subject"],
                                                     [None] + ids["capacity"],
                                                     [None] + ids["unit"])]
        else:
            grid += [{"scope": s} for s in ids["scope"]]
        for params in grid:
            result = kb.call("explain", {"question": q, "regency": regency, "params": params,
                                         "lang": "id"})
            assert result["status"] in STATUSES
            assert (result["answers"] == []) == (result["status"] == "tidak-diatur")
            for answer in result["answers"]:
                assert answer.get("citations") or answer.get("steps")


def test_the_same_question_differs_between_regencies(kb):
    # Tabalong Pasal 19 ayat (2): individu reports "secara langsung kepada Pejabat
    # Penilai Kinerja"; Lombok Barat Pasal 15 and Pekalongan Pasal 24 name the
    # Pimpinan Unit Organisasi.
    answers = {}
    for regency in ("tabalong", "lombok-barat", "pekalongan"):
        result = kb.call("ask", {"question": "reporting-line", "regency": regency,
                                 "params": {"capacity": "individu"}})
        answers[regency] = {a["to"] for a in result["answers"]}
    assert "pejabat-penilai-kinerja" in answers["tabalong"]
    assert "pimpinan-unit-organisasi" not in answers["tabalong"]
    assert "pimpinan-unit-organisasi" in answers["lombok-barat"]
    assert "pimpinan-unit-organisasi" in answers["pekalongan"]


SCRIPT = """
import json, sys
from pathlib import Path
from pyapi.kb import KnowledgeBase
kb = KnowledgeBase(root=Path(sys.argv[1])).start()
print(json.dumps(kb.call("ask", {"question": "reporting-line", "regency": "tabalong",
                                 "params": {"capacity": "individu", "unit": "puskesmas"}})))
"""


def _ask_with(root: Path, extra_norms: Path | None = None) -> dict:
    copy_package(root, "tabalong", extra_norms=extra_norms)
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(root)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_changed_norm_changes_the_answer(tmp_path):
    before = _ask_with(tmp_path / "before")
    assert before["status"] == "answered"
    after = _ask_with(tmp_path / "after", FIXTURES / "extra_norm.pl")
    assert after["status"] == "conflict"
    sides = {s["citation"]["cite"] for c in after["conflicts"] for s in c["sides"]}
    assert sides == {"Pasal 19 ayat (2)", "Pasal 15 ayat (2)"}
