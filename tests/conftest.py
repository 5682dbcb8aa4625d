"""Shared fixtures: one knowledge base (all five regulations) per test session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pyapi import regulations
from pyapi.kb import KnowledgeBase


def copy_package(root: Path, regulation: str, new_id: str | None = None,
                 extra_norms: Path | None = None) -> tuple[Path, int]:
    """Copy the packaged regulation folder into ``root`` (under ``new_id``,
    with only the manifest's id changed), optionally appending a fixture's
    norms to its norms.pl.  Returns the folder and the number of lines the
    norms file had before the fixture (to find the fixture's lines in it)."""
    source = regulations.get(regulation, regulations.PACKAGED).folder
    folder = root / (new_id or regulation)
    shutil.copytree(source, folder)
    if new_id:
        manifest = folder / regulations.MANIFEST
        text = manifest.read_text(encoding="utf-8")
        manifest.write_text(text.replace(f'id = "{regulation}"', f'id = "{new_id}"'),
                            encoding="utf-8")
    norms = folder / "norms.pl"
    before = norms.read_text(encoding="utf-8")
    lines = before.count("\n")
    if extra_norms is not None:
        norms.write_text(before + extra_norms.read_text(encoding="utf-8"), encoding="utf-8")
    return folder, lines


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
