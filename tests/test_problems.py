"""One error format on every route and every failure: RFC 9457 problem
details, strict query parameters (pyapi.problems, pyapi.api)."""

from __future__ import annotations

import pytest

from pyapi.problems import PROBLEMS

ASK = "/v1/ask/reporting-line"


def _problem(r, status: int, type_: str) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"] == "application/problem+json"
    body = r.json()
    assert body["type"] == f"/problems/{type_}"
    assert body["status"] == status
    assert body["title"] == PROBLEMS[type_][1]
    assert body["detail"]
    return body


def test_an_unknown_parameter_is_refused_naming_the_nearest_valid_one(client):
    # "subjek" is the Indonesian spelling of the parameter a developer meant
    r = client.get(ASK, params={"regency": "tabalong", "subjek": "jf-ahli-muda"})
    body = _problem(r, 422, "unknown_parameter")
    assert body["parameter"] == "subjek" and body["nearest"] == "subject"
    assert "subject" in body["allowed"] and "regency" in body["allowed"]
    assert "subjek" not in body["allowed"]


def test_a_parameter_of_another_route_is_unknown_here(client):
    r = client.get("/v1/regencies", params={"subject": "pelaksana"})
    body = _problem(r, 422, "unknown_parameter")
    assert body["allowed"] == ["regency"]


def test_a_repeated_parameter_is_refused(client):
    r = client.get(f"{ASK}?regency=tabalong&subject=jf-ahli-muda&subject=pelaksana")
    body = _problem(r, 422, "repeated_parameter")
    assert body["parameter"] == "subject"


def test_an_unknown_value_names_the_parameter_and_value(client):
    r = client.get(ASK, params={"regency": "tabalong", "subject": "jf-ahli-muda",
                                "capacity": "struktural"})
    body = _problem(r, 422, "invalid")
    assert (body["parameter"], body["value"]) == ("capacity", "struktural")


def test_an_unsupported_language_lists_the_allowed_ones(client):
    r = client.get(ASK, params={"regency": "tabalong", "lang": "fr"})
    body = _problem(r, 422, "invalid")
    assert (body["parameter"], body["value"], body["allowed"]) == ("lang", "fr", ["id", "en"])


def test_a_valid_request_still_answers(client):
    r = client.get(ASK, params={"regency": "tabalong", "subject": "jf-ahli-muda",
                                "capacity": "individu", "unit": "dinas", "lang": "en"})
    assert r.status_code == 200 and r.json()["answers"]


def test_an_unknown_route_and_a_wrong_method_are_problems(client):
    body = _problem(client.get("/v2/ask/assessor"), 404, "not_found")
    assert body["path"] == "/v2/ask/assessor"
    r = client.post("/healthz")
    body = _problem(r, 405, "method_not_allowed")
    assert body["method"] == "POST" and r.headers["allow"] == "GET"


@pytest.mark.parametrize("content", [
    b'{"text": "Pasal 1", "regency": ',                  # cut off
    b"[" * 100_000 + b"]" * 100_000,                     # nested past any parser's depth
])
def test_a_body_that_is_not_json_is_400(client, content):
    r = client.post("/v1/cite", content=content, headers={"content-type": "application/json"})
    _problem(r, 400, "bad_request")


def test_a_cite_body_of_the_wrong_shape_is_422_naming_the_field(client):
    r = client.post("/v1/cite", json={"regency": "tabalong"})
    body = _problem(r, 422, "invalid")
    assert any(p["where"] == "body.text" for p in body["problems"])


@pytest.mark.parametrize("page,asset", [("/docs", "swagger-ui-bundle.js"),
                                        ("/redoc", "redoc.standalone.js")])
def test_the_api_documentation_works_offline(client, page, asset):
    html = client.get(page)
    assert html.status_code == 200 and "text/html" in html.headers["content-type"]
    assert "http://" not in html.text and "https://" not in html.text   # no CDN, no fonts
    assert f"/docs/assets/{asset}" in html.text
    js = client.get(f"/docs/assets/{asset}")
    assert js.status_code == 200 and len(js.content) > 100_000


def test_cross_origin_calls_are_allowed_only_for_the_configured_origins(kb):
    from fastapi.testclient import TestClient

    from pyapi.api import create_app

    origin = "https://hr.contoh.go.id"
    preflight = {"Origin": origin, "Access-Control-Request-Method": "GET"}
    with TestClient(create_app(kb, cors_origins=[origin])) as allowed:
        r = allowed.options("/v1/regencies", headers=preflight)
        assert r.status_code == 200 and r.headers["access-control-allow-origin"] == origin
        r = allowed.get("/v1/regencies", headers={"Origin": origin})
        assert r.headers["access-control-allow-origin"] == origin
        r = allowed.get("/v1/regencies", headers={"Origin": "https://other.example"})
        assert "access-control-allow-origin" not in r.headers
    with TestClient(create_app(kb, cors_origins=[])) as closed:
        r = closed.get("/v1/regencies", headers={"Origin": origin})
        assert r.status_code == 200 and "access-control-allow-origin" not in r.headers
