"""Shared fixtures: one knowledge base (all five regulations) per test session."""

from __future__ import annotations

import pytest

from pyapi.kb import KnowledgeBase


@pytest.fixture(scope="session")
def kb():
    base = KnowledgeBase().start()
    yield base
    base.stop()


@pytest.fixture(scope="session")
def client(kb):
    from fastapi.testclient import TestClient

    from pyapi.api import create_app

    with TestClient(create_app(kb)) as c:
        yield c
