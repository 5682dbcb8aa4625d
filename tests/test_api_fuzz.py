"""Random and hostile parameters on every endpoint: a 4xx with a message,
never a 5xx (fixed seed, so a failure reproduces)."""

from __future__ import annotations

import random

VALUES = ["", " ", "'", '"', "\\", "%p", "a'),assertz(x),('", "é", "x" * 200, "tabalong",
          "jf-ahli-muda", "Pasal 1", "Pasal (", "dinas", "ketua-tim", "semua", "_", "X", "[]",
          "{}", "null", "-1", "1e9"]
KEYS = ["regency", "subject", "capacity", "unit", "placement", "scope", "role", "post", "direct",
        "value", "lang", "explain"]
QUESTIONS = ["assessor", "reporting-line", "assigner", "team-leader", "x'y", "responsibilities"]


def test_no_request_gets_a_server_error(client):
    rnd = random.Random(20261122)
    for _ in range(600):
        params = {k: rnd.choice(VALUES) for k in rnd.sample(KEYS, rnd.randint(0, 6))}
        if rnd.random() < 0.7:
            params["regency"] = rnd.choice(["tabalong", "bantul", "pekalongan"])
        endpoint = rnd.choice(["ask", "why-not", "diagram", "provisions", "cite"])
        if endpoint == "provisions":
            regency = params.get("regency", "").strip() or "x"
            r = client.get(f"/v1/regencies/{regency}/provisions",
                           params={"cite": rnd.choice(VALUES)})
        elif endpoint == "cite":
            r = client.post("/v1/cite", json={"text": rnd.choice(VALUES),
                                              "regency": params.get("regency", "x"),
                                              "at": rnd.choice([None, *VALUES])})
        else:
            r = client.get(f"/v1/{endpoint}/{rnd.choice(QUESTIONS)}", params=params)
        assert r.status_code < 500, (endpoint, params, r.text[:300])
        if r.status_code >= 400:
            problem = r.json()
            assert r.headers["content-type"] == "application/problem+json", r.text
            assert problem["status"] == r.status_code and problem["detail"], r.text
            assert problem["type"].startswith("/problems/") and problem["title"], r.text
