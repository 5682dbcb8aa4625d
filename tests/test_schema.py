"""schemathesis against the live server's own OpenAPI schema: every
operation, generated requests, no server error, no status or content type
the schema does not declare, every body matching its declared schema."""

from __future__ import annotations

import threading
import time

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from pyapi.api import create_app
from pyapi.serving import bind_socket


@pytest.fixture(scope="module")
def live_schema(kb):
    import uvicorn

    sock = bind_socket("127.0.0.1", 0)
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(kb), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    yield schemathesis.openapi.from_url(f"http://127.0.0.1:{port}/openapi.json")
    server.should_exit = True
    thread.join(timeout=10)


def test_every_operation_keeps_to_its_schema(live_schema):
    # (schemathesis' own pytest plugin does not load a schema from a fixture
    # under this pytest; each operation's cases are drawn here instead)
    operations = [result.ok() for result in live_schema.get_all_operations()]
    assert len(operations) >= 10
    for operation in operations:
        # A draft is any string by its schema, yet most strings are no
        # regulation: refusing them (422 with line and column) is right.
        excluded = [positive_data_acceptance] if operation.path == "/v1/check" else []

        @settings(max_examples=60, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def check(case):
            case.call_and_validate(excluded_checks=excluded)

        check()


def test_the_schema_declares_problems_and_the_svg(client):
    spec = client.get("/openapi.json").json()
    ops = [(path, method, op) for path, item in spec["paths"].items()
           for method, op in item.items()]
    assert len(ops) >= 10
    for path, method, op in ops:
        for status, response in op["responses"].items():
            if status[0] in "45":
                assert list(response["content"]) == ["application/problem+json"], (path, status)
    diagram = spec["paths"]["/v1/diagram/{question}"]["get"]["responses"]["200"]
    assert list(diagram["content"]) == ["image/svg+xml"]
    assert "HTTPValidationError" not in spec["components"]["schemas"]
    assert spec["components"]["schemas"]["Problem"]["required"] == ["type", "title", "status",
                                                                    "detail"]
