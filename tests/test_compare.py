"""One question asked of every regulation (GET /v1/compare, perbup compare)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pyapi import regulations

PERBUP = [str(Path(sys.executable).with_name("perbup"))]
CASES = [
    ("assessor", {"subject": "jf-ahli-muda", "unit": "kecamatan"}),
    ("reporting-line", {"subject": "pelaksana", "capacity": "individu", "unit": "dinas"}),
    ("team-duration", {}),
]


@pytest.mark.parametrize("question,params", CASES)
def test_compare_gives_each_regulation_its_own_answer_and_groups_them(client, question, params):
    r = client.get(f"/v1/compare/{question}", params=params)
    assert r.status_code == 200, r.text
    body = r.json()
    ids = [res["regency"] for res in body["results"]]
    assert ids == sorted(regulations.ids())                   # every regulation, each once
    for res in body["results"]:
        alone = client.get(f"/v1/ask/{question}", params={"regency": res["regency"], **params})
        assert res["answer"] == alone.json()                  # exactly what ask says
    keys = {}
    for res in body["results"]:
        a = res["answer"]
        keys[res["regency"]] = (a["status"], tuple(sorted({x["value"] for x in a["answers"]})))
    grouped = [r for g in body["groups"] for r in g["regencies"]]
    assert sorted(grouped) == ids                              # a partition
    for g in body["groups"]:
        assert {keys[r] for r in g["regencies"]} == {(g["status"], tuple(g["values"]))}
    assert len({(g["status"], tuple(g["values"])) for g in body["groups"]}) == len(body["groups"])
    assert body["agree"] == (len(body["groups"]) == 1)


def test_a_named_unit_is_asked_only_of_the_regulations_that_have_it(client):
    # Tabalong Lampiran huruf E lists the Dinas Kesehatan by name; Bantul does not
    r = client.get("/v1/compare/assessor", params={"subject": "jf-ahli-muda",
                                                   "unit": "dinas-kesehatan"})
    body = r.json()
    by_id = {res["regency"]: res for res in body["results"]}
    assert "answer" in by_id["tabalong"]
    assert by_id["bantul"]["error"]["type"] == "invalid"
    assert by_id["bantul"]["error"]["details"]["parameter"] == "unit"
    assert "bantul" not in {r for g in body["groups"] for r in g["regencies"]}
    assert body["agree"] is False


def test_compare_refuses_an_unknown_question_and_a_regency_parameter(client):
    r = client.get("/v1/compare/siapa")
    assert r.status_code == 404 and r.json()["type"] == "/problems/not_found"
    r = client.get("/v1/compare/assessor", params={"regency": "tabalong"})
    assert r.status_code == 422 and r.json()["type"] == "/problems/unknown_parameter"


def test_perbup_compare_prints_the_groups_in_indonesian():
    done = subprocess.run(PERBUP + ["compare", "assessor", "--subject", "jf-ahli-muda",
                                    "--unit", "kecamatan"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    # the question as a sentence and each regulation by its name (kb/lang/id.pl)
    assert done.stdout.startswith("Pertanyaan: Siapa Pejabat Penilai Kinerja? (semua peraturan)\n"
                                  "Subjek: Pejabat Fungsional Ahli Muda; Unit: Kecamatan\n")
    assert "assessor" not in done.stdout and "jf-ahli-muda" not in done.stdout
    for reg in regulations.discover(regulations.PACKAGED):
        place = reg.region.removeprefix("Kabupaten ").removeprefix("Kota ")
        assert f"{reg.jenis} {place} Nomor {reg.nomor} Tahun {reg.tahun}" in done.stdout
    as_json = subprocess.run(PERBUP + ["compare", "team-duration", "--json"],
                             capture_output=True, text=True, timeout=120)
    assert as_json.returncode == 0
    # (the contract adds members: params, ignored, aliases, resolved)
    assert set(json.loads(as_json.stdout)) >= {"question", "agree", "groups", "results"}
