"""perbup check and POST /v1/check: the same findings, as the checker makes them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pyapi.check import check
from pyapi.regulations import get

PERBUP = [str(Path(sys.executable).with_name("perbup"))]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(PERBUP + list(args), capture_output=True, text=True, timeout=120,
                          input=stdin)


def test_cli_json_is_the_report_and_exits_1_on_errors():
    path = get("pekalongan").text_path
    done = run("check", str(path), "--json", "--no-norms")
    assert done.returncode == 1, done.stderr
    body = json.loads(done.stdout)
    assert body == check(path.read_text(encoding="utf-8")).to_dict("id")
    # by default the norms are checked too: the same findings and the norm ones
    done = run("check", str(path), "--json")
    full = json.loads(done.stdout)["findings"]
    assert [f for f in full if f["category"] != "norm"] == body["findings"]
    assert [f["rule"] for f in full if f["category"] == "norm"] == ["norm-conflict"] * 4
    assert body["document"]["counts"] == {"bab": 4, "pasal": 32, "ayat": 70}
    assert body["document"]["nomor"] == "52" and body["document"]["tahun"] == "2024"


def test_cli_text_in_english_and_exit_0_without_errors():
    path = get("tabanan").text_path          # one warning (an item ending with "."), no error, 5 info
    done = run("check", str(path), "--text", "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert f"{path}:82:" in done.stdout and "[item-end] Pasal 2 huruf a" in done.stdout
    assert done.stdout.rstrip().endswith("0 errors, 1 warnings, 5 info")   # + 5 lowercase terms


def test_cli_unreadable_text_names_line_and_column():
    done = run("check", "-", stdin="Ini bukan peraturan.\n")
    assert done.returncode == 2
    assert done.stderr.startswith("error: -:1:1: Teks tidak dapat dibaca sebagai peraturan: "
                                  "bukan peraturan: tidak ada judul Pasal")
    assert "Traceback" not in done.stderr


def test_post_check_plain_text_and_json_give_the_same_findings(client):
    text = get("tabalong").text_path.read_text(encoding="utf-8")
    # the extractor's parsers and sentence memo warmed first: a cold start
    # on a loaded machine may meet the server's time limit (norm-unchecked)
    expected = check(text, kb=client.app.state.kb, time_limit=120).to_dict()
    plain = client.post("/v1/check", content=text.encode("utf-8"),
                        headers={"content-type": "text/plain; charset=utf-8"})
    assert plain.status_code == 200
    as_json = client.post("/v1/check", json={"text": text})
    assert as_json.status_code == 200 and as_json.json() == plain.json() == expected
    assert any(f["category"] == "norm" for f in plain.json()["findings"])
    no_norms = client.post("/v1/check?norms=false", json={"text": text}).json()
    assert no_norms == check(text).to_dict()
    english = client.post("/v1/check?lang=en", json={"text": text}).json()
    assert english["findings"][0]["message"] != plain.json()["findings"][0]["message"]
    rules = {f["rule"] for f in plain.json()["findings"]}
    assert {"numbering-gap", "target-missing", "malformed-reference"} <= rules


def test_post_check_errors(client):
    bad = client.post("/v1/check", json={"text": "bukan peraturan"})
    assert bad.status_code == 422
    assert bad.headers["content-type"] == "application/problem+json"
    err = bad.json()
    assert err["type"] == "/problems/syntax" and err["line"] == 1
    assert err["detail"].startswith("Teks tidak dapat dibaca sebagai peraturan: bukan peraturan")
    missing = client.post("/v1/check", json={"txt": "x"})
    assert missing.status_code == 422 and missing.json()["type"] == "/problems/invalid"
    lang = client.post("/v1/check", json={"text": "x", "lang": "fr"})
    assert lang.status_code == 422


def test_cli_sarif_carries_every_finding_at_its_line():
    path = get("tabalong").text_path
    sarif = json.loads(run("check", str(path), "--sarif").stdout)
    plain = json.loads(run("check", str(path), "--json").stdout)
    assert sarif["version"] == "2.1.0"
    (run_,) = sarif["runs"]
    rules = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    assert rules == sorted({f["rule"] for f in plain["findings"]})
    assert len(run_["results"]) == len(plain["findings"])
    level = {"error": "error", "warning": "warning", "info": "note"}
    for result, finding in zip(run_["results"], plain["findings"]):
        assert rules[result["ruleIndex"]] == result["ruleId"] == finding["rule"]
        assert result["level"] == level[finding["severity"]]
        (loc,) = result["locations"]
        assert loc["physicalLocation"]["artifactLocation"]["uri"] == str(path)
        assert loc["physicalLocation"]["region"]["startLine"] == finding["location"]["line"]
        assert loc["logicalLocations"][0]["name"] == finding["location"]["cite"]
    # Tabalong Pasal 18 ayat (4) cites "ayat (1) huruf b", which Pasal 18 ayat (1) lacks
    assert any(r["ruleId"] == "target-missing"
               and r["locations"][0]["logicalLocations"][0]["name"] == "Pasal 18 ayat (4)"
               for r in run_["results"])
    both = run("check", str(path), "--sarif", "--json")
    assert both.returncode == 2


def test_text_output_gives_only_the_place_a_finding_has():
    from pyapi.check.model import Finding, Report
    from pyapi.check.render import render_text

    report = Report({"counts": {"bab": 1, "pasal": 1, "ayat": 0}}, [
        Finding("norm-change", "Pasal 19 ayat (2)", 292, None,
                {"question": "reporting-line", "regency": "tabalong",
                 "question_label": {"id": "kepada siapa melapor", "en": "reporting line"}}),
        Finding("norm-unchecked", "", None, None,
                {"reason": {"id": "batas waktu terlampaui", "en": "time limit reached"}}),
    ])
    text = render_text(report, "draft.txt")
    assert "\ndraft.txt:292: info [norm-change] Pasal 19 ayat (2): " in text
    assert ("\ndraft.txt: info [norm-unchecked] Pertentangan norma tidak diperiksa: "
            "batas waktu terlampaui") in text
    assert "None" not in text
