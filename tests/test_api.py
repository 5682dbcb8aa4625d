"""The HTTP API: health, regulations, provisions, vocabulary and errors."""

from __future__ import annotations


def test_healthz_reports_engine_and_regulations(client):
    body = client.get("/healthz").json()
    assert body["status"] == "ok"
    assert body["swipl_version"].startswith("9.")
    # the packaged regulations, discovered and ordered by id
    assert body["regulations"] == ["bantul", "lombok-barat", "pekalongan", "tabalong", "tabanan"]
    assert body["clauses"] > 1000
    assert body["load_seconds"] > 0


def test_regencies_carry_metadata_read_from_the_texts(client):
    regs = {r["id"]: r for r in client.get("/v1/regencies").json()["regencies"]}
    assert regs["pekalongan"]["nomor"] == "52"
    assert regs["pekalongan"]["tahun"] == "2024"
    assert regs["tabalong"]["nomor"] == "9"


def test_regencies_report_structure_gaps_without_filling_them(client):
    regs = {r["id"]: r for r in client.get("/v1/regencies").json()["regencies"]}
    gaps = regs["tabalong"]["structure"]["gaps"]
    # Tabalong goes from Pasal 22 to Pasal 24, and Mengingat from angka 13 to 15
    assert {"kind": "pasal", "label": "23", "after": "22", "within": "", "line": 340} in gaps
    assert any(g["kind"] == "angka" and g["label"] == "14" and g["within"] == "Mengingat"
               for g in gaps)
    dups = regs["pekalongan"]["structure"]["duplicates"]
    assert any(d["kind"] == "tabel" and d["assigned"] == "3.8#2" and d["line"] == 742 for d in dups)
    r = client.get("/v1/regencies/tabalong/provisions", params={"cite": "Pasal 23"})
    assert r.status_code == 404


def test_provision_by_citation_returns_nested_nodes(client):
    body = client.get("/v1/regencies/tabalong/provisions",
                      params={"cite": "Pasal 19 ayat (3)"}).json()
    assert body["cite"] == "Pasal 19 ayat (3)"
    assert body["text"] == "Pelaporan pelaksanaan tugas secara tim kerja dilaksanakan melalui tahapan:"
    assert [c["cite"] for c in body["children"]] == ["Pasal 19 ayat (3) huruf a",
                                                     "Pasal 19 ayat (3) huruf b"]
    assert body["children"][1]["text"].startswith("Ketua Tim Kerja selanjutnya melaporkan")


def test_provision_citation_is_read_in_any_drafting_form(client):
    a = client.get("/v1/regencies/tabalong/provisions", params={"cite": "pasal 6 ayat (2) huruf b"})
    assert a.status_code == 200
    assert a.json()["cite"] == "Pasal 6 ayat (2) huruf b"


def test_missing_provision_is_404_naming_the_citation(client):
    r = client.get("/v1/regencies/tabalong/provisions", params={"cite": "Pasal 23"})
    assert r.status_code == 404
    assert r.json()["cite"] == "Pasal 23"


def test_malformed_citation_is_422_with_column(client):
    r = client.get("/v1/regencies/tabalong/provisions", params={"cite": "Pasal 6 ayat ("})
    assert r.status_code == 422
    err = r.json()
    assert err["type"] == "/problems/syntax"
    assert err["column"] >= 13
    assert err["expected"]


def test_unknown_regency_is_404(client):
    r = client.get("/v1/regencies/jakarta/provisions")
    assert r.status_code == 404
    assert "jakarta" in r.json()["detail"]


def test_unknown_question_and_parameter_are_clear_errors(client):
    r = client.get("/v1/ask/siapa", params={"regency": "tabalong"})
    assert r.status_code == 404
    r = client.get("/v1/ask/assessor", params={"regency": "tabalong", "subject": "jf-ahli-super"})
    assert r.status_code == 422
    assert r.json()["parameter"] == "subject"
    r = client.get("/v1/ask/assessor")
    assert r.status_code == 422


def test_hostile_parameter_is_data_not_code(client):
    r = client.get("/v1/ask/assessor", params={"regency": "tabalong",
                                               "subject": "x'), assertz(p(1)), ('"})
    assert r.status_code == 422
    assert r.json()["value"] == "x'), assertz(p(1)), ('"


def test_vocabulary_lists_every_id_with_an_indonesian_label(client):
    terms = client.get("/v1/vocabulary").json()["terms"]
    by_id = {(t["category"], t["id"]): t["label"] for t in terms}
    assert by_id[("subject", "jf-ahli-muda")] == "Pejabat Fungsional Ahli Muda"
    assert by_id[("role", "pejabat-penilai-kinerja")] == "Pejabat Penilai Kinerja"
    assert ("question", "reporting-line") in by_id


def test_provision_lookup_accepts_a_bare_ayat_number(client):
    r = client.get("/v1/regencies/tabalong/provisions", params={"cite": "pasal 6 ayat 2 huruf b"})
    assert r.status_code == 200
    assert r.json()["cite"] == "Pasal 6 ayat (2) huruf b"


def test_vocabulary_lists_named_units_with_their_pattern_and_provision(client):
    terms = client.get("/v1/vocabulary").json()["terms"]
    named = [t for t in terms if t["category"] == "named-unit"]
    assert {t["regency"] for t in named} >= {"tabanan", "tabalong", "bantul", "pekalongan"}
    for t in named:
        assert t["citation"]["cite"] and t["citation"]["quote"]
        r = client.get(f"/v1/ask/assessor", params={"regency": t["regency"], "unit": t["id"]})
        assert r.status_code == 200
