"""The perbup CLI and POST /v1/cite, on the real texts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

PERBUP = [str(Path(sys.executable).with_name("perbup"))]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(PERBUP + list(args), capture_output=True, text=True, timeout=120)


def test_version():
    done = run("--version")
    assert done.returncode == 0
    assert done.stdout.strip().startswith("perbup ")


def test_show_prints_a_provision_with_its_citation():
    done = run("show", "tabalong", "Pasal 19 ayat (2)")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("[Pasal 19 ayat (2)] Pelaporan pelaksanaan tugas secara individu")


def test_show_json_is_the_nested_tree():
    done = run("show", "pekalongan", "Pasal 29", "--json")
    tree = json.loads(done.stdout)
    assert tree["kind"] == "pasal" and tree["cite"] == "Pasal 29"
    assert all(set(c) == {"kind", "label", "cite", "text", "children"} for c in tree["children"])


def test_show_bad_citation_is_a_clear_error():
    done = run("show", "tabalong", "Pasal 6 ayat (")
    assert done.returncode == 2
    assert "kolom" in done.stderr and "Traceback" not in done.stderr


def test_ask_and_why_not_from_the_command_line():
    done = run("ask", "reporting-line", "-r", "tabalong", "--subject", "jf-ahli-muda",
               "--capacity", "individu", "--unit", "dinas", "--explain")
    assert done.returncode == 0, done.stderr
    assert "Pasal 19 ayat (2)" in done.stdout
    assert "Penjelasan:" in done.stdout
    done = run("why-not", "reporting-line", "-r", "tabalong", "--subject", "jf-ahli-muda",
               "--capacity", "individu", "--post", "kepala-seksi")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Tidak:")
    assert "Pasal 6 ayat (2) huruf b" in done.stdout


def test_cite_cli_reports_problems():
    done = run("cite", "sebagaimana dimaksud pada ayat (3)", "-r", "pekalongan",
               "--at", "Pasal 20 ayat (3)", "--json")
    found = json.loads(done.stdout)["citations"]
    assert [p["code"] for p in found[0]["problems"]] == ["self-reference"]


def test_post_cite_returns_spans_targets_and_problems(client):
    text = ("Penugasan individu ... sebagaimana dimaksud pada Pasal dalam Pasal 10 ayat (2) "
            "huruf a angka 2 dan huruf b, dilakukan")
    r = client.post("/v1/cite", json={"text": text, "regency": "tabalong",
                                      "at": "Pasal 12 ayat (3)"})
    assert r.status_code == 200
    c = r.json()["citations"][0]
    a, b = c["span"]
    assert text[a:b] == c["phrase"]
    assert [t["cite"] for t in c["targets"]] == ["Pasal 10 ayat (2) huruf a angka 2",
                                               "Pasal 10 ayat (2) huruf b"]
    assert all(t["exists"] for t in c["targets"])
    assert [p["code"] for p in c["problems"]] == ["malformed-phrase"]


def test_post_cite_marks_other_regulations_external(client):
    text = ("sesuai ketentuan Pasal 25 Peraturan Menteri Pendayagunaan Aparatur Negara dan "
            "Reformasi Birokrasi Nomor 7 Tahun 2022 tentang Sistem Kerja")
    c = client.post("/v1/cite", json={"text": text, "regency": "tabalong"}).json()["citations"]
    assert len(c) == 1 and c[0]["external"] is True and c[0]["targets"] == []


@pytest.mark.parametrize("body,status", [
    ({"text": "Pasal 1", "regency": "jakarta"}, 404),
    ({"text": "Pasal 1", "regency": "tabalong", "at": "Pasal ("}, 422),
    ({"text": "Pasal 1", "regency": "tabalong", "at": "Pasal 23"}, 404),
    ({"regency": "tabalong"}, 422),
])
def test_post_cite_bad_input(client, body, status):
    r = client.post("/v1/cite", json=body)
    assert r.status_code == status
    assert r.json()["detail"]


@pytest.fixture(scope="module")
def server():
    """``perbup serve`` on a free loopback port, as the README starts it."""
    import socket
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(PERBUP + ["serve", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    started = time.monotonic()
    try:
        while time.monotonic() - started < 30:
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=2):
                    break
            except OSError:
                time.sleep(0.2)
        yield base, time.monotonic() - started
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _get(url: str):
    import urllib.request

    with urllib.request.urlopen(url, timeout=30) as r:
        return r.status, json.loads(r.read())


def test_serve_answers_healthz_within_seconds(server):
    base, waited = server
    status, body = _get(base + "/healthz")
    assert status == 200 and waited < 30
    assert body["status"] == "ok" and len(body["regulations"]) == 5


def test_32_concurrent_http_callers_each_get_their_own_answer(server):
    import threading
    from urllib.parse import urlencode

    base, _ = server
    queries = []
    for regency in ("tabanan", "tabalong", "lombok-barat", "pekalongan", "bantul"):
        for subject in ("jf-ahli-madya", "jf-ahli-muda", "jf-ahli-pertama", "pelaksana"):
            for question in ("assessor", "reporting-line"):
                queries.append((question, {"regency": regency, "subject": subject,
                                           "capacity": "individu", "unit": "dinas"}))
    expected = {i: _get(f"{base}/v1/ask/{q}?{urlencode(p)}")[1] for i, (q, p) in enumerate(queries)}
    errors: list = []

    def worker(t: int) -> None:
        try:
            for k in range(len(queries)):
                i = (t + k) % len(queries)
                q, p = queries[i]
                status, body = _get(f"{base}/v1/ask/{q}?{urlencode(p)}")
                assert status == 200
                assert body == expected[i], (t, i)
        except BaseException as exc:  # collected for the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(t,)) for t in range(32)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []
