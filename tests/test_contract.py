"""The answer contract (issue 12): aliases the texts use, ignored parameters,
a typed holder on every answer item, the declared answer schema."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path

import pytest

PERBUP = [str(Path(sys.executable).with_name("perbup"))]
ROOT = Path(__file__).resolve().parents[1]
BANTUL = (ROOT / "regencies" / "bantul" / "text.txt").read_text(encoding="utf-8")


def _values(result: dict) -> list[str]:
    return sorted(a["value"] for a in result["answers"])


# -- aliases -------------------------------------------------------------------

def test_kapanewon_is_read_as_kecamatan_in_bantul(client):
    by_alias = client.get("/v1/ask/assessor", params={"regency": "bantul",
                                                      "subject": "jf-ahli-muda",
                                                      "unit": "kapanewon"})
    by_id = client.get("/v1/ask/assessor", params={"regency": "bantul",
                                                   "subject": "jf-ahli-muda", "unit": "kecamatan"})
    assert by_alias.status_code == 200, by_alias.text
    a, b = by_alias.json(), by_id.json()
    assert a["params"] == {"subject": "jf-ahli-muda", "unit": "kecamatan"}
    assert a["aliases"] == {"kapanewon": "kecamatan"}
    assert b["aliases"] == {} and b["resolved"] == []
    assert _values(a) == _values(b)
    # Pasal 7 ayat (5): the JF "yang bertugas pada Kapanewon" answers to the Panewu
    assert "camat" in _values(a)
    (res,) = a["resolved"]
    assert (res["parameter"], res["value"], res["id"], res["text"]) == (
        "unit", "kapanewon", "kecamatan", "Kapanewon")
    (cit,) = res["citations"]
    assert cit["cite"] == "Pasal 7 ayat (5)" and cit["quote"] in BANTUL
    assert "bertugas pada Kapanewon" in cit["quote"]


def test_an_alias_is_written_in_any_case_and_spacing(client):
    r = client.get("/v1/ask/unit-leader", params={"regency": "bantul", "unit": "Kapanewon"})
    assert r.status_code == 200 and r.json()["params"]["unit"] == "kecamatan"


def test_an_alias_of_another_regulation_is_not_one(client):
    r = client.get("/v1/ask/assessor", params={"regency": "tabalong", "unit": "kapanewon"})
    assert r.status_code == 422
    body = r.json()
    assert body["type"] == "/problems/invalid"
    assert (body["parameter"], body["value"]) == ("unit", "kapanewon")


def test_panewu_is_proposed_as_the_camat(client):
    # Lampiran BAB IV huruf E angka 1: "Panewu sebagai Pejabat Penilai Kinerja"
    r = client.get("/v1/why-not/assessor", params={"regency": "bantul", "unit": "kapanewon",
                                                   "post": "panewu"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["proposed"] == {"post": "camat"} and body["holds"] is True
    assert {x["value"]: x["id"] for x in body["resolved"]} == {"kapanewon": "kecamatan",
                                                              "panewu": "camat"}


def test_compare_reads_an_alias_for_every_regulation(client):
    r = client.get("/v1/compare/assessor", params={"unit": "kapanewon"}).json()
    assert r["params"] == {"unit": "kecamatan"} and r["aliases"] == {"kapanewon": "kecamatan"}
    assert all("answer" in x for x in r["results"])


def test_the_vocabulary_lists_the_aliases_with_where_the_text_uses_them(client):
    aliases = client.get("/v1/vocabulary", params={"regency": "bantul"}).json()["aliases"]
    by_alias = {a["alias"]: a for a in aliases}
    assert by_alias["panewu-anom"]["id"] == "sekretaris-kecamatan"
    (c,) = by_alias["panewu-anom"]["citations"]
    assert c["cite"] == "Lampiran BAB IV huruf E angka 2" and c["quote"] in BANTUL
    assert by_alias["kapanewon"]["category"] == "unit"


def test_perbup_ask_takes_an_alias():
    done = subprocess.run(PERBUP + ["ask", "assessor", "-r", "bantul", "--unit", "kapanewon"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Unit: Kecamatan" in done.stdout                 # labelled, no id
    assert "Nama lain: Kapanewon berarti Kecamatan (Pasal 7 ayat (5))" in done.stdout
    assert "Panewu (Camat)" in done.stdout
    other = subprocess.run(PERBUP + ["ask", "assessor", "-r", "tabalong", "--unit", "kapanewon"],
                           capture_output=True, text=True, timeout=120)
    assert other.returncode != 0 and "unit tidak dikenal: kapanewon" in other.stderr


# -- ignored parameters ----------------------------------------------------------

def test_what_each_question_reads_is_what_the_grid_varies(kb):
    """The table kb/contract.pl derives from the clauses of kb/rules.pl is the
    one scripts/grid.py was written with by reading them."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from grid import QUESTION_PARAMS

    assert kb.contract.reads == QUESTION_PARAMS


def test_parameters_a_question_does_not_read_are_listed_and_change_nothing(client):
    base = {"regency": "tabalong", "subject": "jf-ahli-muda", "unit": "kecamatan"}
    plain = client.get("/v1/ask/assessor", params=base).json()
    extra = client.get("/v1/ask/assessor", params={**base, "capacity": "ketua-tim",
                                                   "role": "ketua-tim"}).json()
    assert plain["ignored"] == [] and sorted(extra["ignored"]) == ["capacity", "role"]
    assert _values(plain) == _values(extra)
    # the reporting line reads capacity: ketua tim reports otherwise (Pasal 19 ayat (3))
    line = client.get("/v1/ask/reporting-line", params={**base, "capacity": "ketua-tim"}).json()
    assert line["ignored"] == []
    duration = client.get("/v1/ask/team-duration", params={"regency": "tabalong",
                                                          "subject": "pelaksana"}).json()
    assert duration["ignored"] == ["subject"] and duration["sought"]["reads"] == []


# -- holders ---------------------------------------------------------------------

KINDS = {"post", "level", "role", "unit", "document", "routing", "origin", "strength",
         "action", "scope", "subject", "capacity", "placement", "bounded"}


def _items(result: dict):
    for a in result["answers"]:
        yield a
        yield from a.get("steps", [])
        yield from a.get("posts", [])


def test_every_answer_item_of_every_question_has_a_typed_holder(kb):
    terms = kb.call("vocabulary")
    vocabulary = {t["id"] for t in terms}
    ids = lambda c: [t["id"] for t in terms if t["category"] == c]  # noqa: E731
    seen_kinds: dict[str, set] = {}
    checked = 0
    for regency, question in itertools.product(ids("regency"), ids("question")):
        for unit, role in itertools.product((None, "kecamatan", "dinas"),
                                            (None, "ketua-tim", "pejabat-penilai-kinerja")):
            params = {k: v for k, v in (("unit", unit), ("role", role)) if v}
            result = kb.call("ask", {"question": question, "regency": regency, "params": params})
            for item in _items(result):
                h = item["holder"]
                assert h is not None, (question, item)
                assert h["kind"] in KINDS | {"list"}, h
                for one in h.get("members", [h]):          # several ids: each typed
                    assert one["id"] in vocabulary and one["kind"] in KINDS, h
                assert h["label"]
                if h["kind"] == "post":
                    assert h["level"] in ids("level") or h["level"] is None
                elif h["kind"] != "level":
                    assert h["level"] is None
                seen_kinds.setdefault(question, set()).add(h["kind"])
                checked += 1
    assert checked > 500
    assert set(seen_kinds) == set(ids("question"))


def test_holders_name_what_the_texts_name(kb):
    bantul = kb.call("ask", {"question": "assessor", "regency": "bantul",
                             "params": {"unit": "kecamatan"}})
    camat = next(a["holder"] for a in bantul["answers"] if a["value"] == "camat")
    assert camat == {"id": "camat", "label": "Panewu (Camat)", "label_en": "district head",
                     "kind": "post", "level": "administrator"}
    # Tabanan Lampiran: "c. Tanggung jawab Ketua Tim meliputi :"
    duties = kb.call("ask", {"question": "responsibilities", "regency": "tabanan",
                             "params": {"role": "ketua-tim"}})
    assert {a["holder"]["id"] for a in duties["answers"]} == {"ketua-tim"}
    assert {a["holder"]["kind"] for a in duties["answers"]} == {"role"}
    # Pekalongan Pasal 10 ayat (4): "ditetapkan dengan Keputusan Kepala Perangkat Daerah"
    instrument = kb.call("ask", {"question": "assignment-instrument", "regency": "pekalongan",
                                 "params": {}})
    docs = {a["holder"]["id"]: a["holder"]["kind"] for a in instrument["answers"]}
    assert docs["keputusan-kepala-perangkat-daerah"] == "document"


# -- the declared schema -----------------------------------------------------------

def test_the_answer_routes_declare_their_models(client):
    spec = client.get("/openapi.json").json()
    refs = {path: spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]
            ["schema"]["$ref"].rsplit("/", 1)[1]
            for path in ("/v1/ask/{question}", "/v1/why-not/{question}",
                         "/v1/compare/{question}")}
    assert refs == {"/v1/ask/{question}": "Answer", "/v1/why-not/{question}": "WhyNot",
                    "/v1/compare/{question}": "Comparison"}
    schemas = spec["components"]["schemas"]
    assert {"ignored", "sought", "aliases", "resolved"} <= set(schemas["Answer"]["required"])
    assert set(schemas["Holder"]["properties"]["kind"]["enum"]) >= KINDS
    example = schemas["Answer"]["examples"][0]
    # the example is real: Bantul Pasal 7 ayat (5)
    assert example["answers"][0]["citations"][0]["quote"] in BANTUL


def test_answers_validate_against_the_models(client):
    from pyapi.schema import Answer, Comparison, WhyNot

    for q in ("reporting-line", "cross-agency-routing", "team-leader", "responsibilities"):
        for explain in ("false", "true"):
            r = client.get(f"/v1/ask/{q}", params={"regency": "pekalongan", "explain": explain,
                                                    "unit": "kecamatan"})
            Answer.model_validate_json(r.content)
    WhyNot.model_validate_json(client.get("/v1/why-not/assessor", params={
        "regency": "tabalong", "unit": "kecamatan", "post": "camat"}).content)
    Comparison.model_validate_json(client.get("/v1/compare/team-duration").content)
    assert json.loads(client.get("/v1/ask/team-duration",
                                 params={"regency": "tabalong"}).content)["resolved"] == []
