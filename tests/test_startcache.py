"""Start-up results kept between starts: reused for the same inputs and code,
rebuilt for other inputs, ignored when off or unwritable."""

from __future__ import annotations

import pytest

from pyapi import regulations, startcache
from pyapi.kb import _parsed
from pyapi.structure import load_regency


@pytest.fixture
def cache_in(tmp_path, monkeypatch):
    monkeypatch.setenv("PERBUP_START_CACHE", str(tmp_path))
    return tmp_path


def test_same_inputs_reuse_the_kept_result(cache_in):
    built = []

    def build():
        built.append(1)
        return {"n": len(built)}

    assert startcache.memo("thing", b"v1", build) == {"n": 1}
    assert startcache.memo("thing", b"v1", build) == {"n": 1}   # read back, not built
    assert startcache.memo("thing", b"v2", build) == {"n": 2}   # other input: rebuilt
    assert startcache.memo("thing", b"v1", build) == {"n": 1}   # both kept
    for n in range(3, 10):
        startcache.memo("thing", b"v%d" % n, build)
    assert len(list(cache_in.glob("thing.*.pickle"))) == startcache.KEEP


def test_off_and_unwritable_caches_compute_every_time(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setenv("PERBUP_START_CACHE", "off")
    for _ in range(2):
        startcache.memo("thing", b"x", lambda: calls.append(1))
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("PERBUP_START_CACHE", str(blocked / "sub"))
    for _ in range(2):
        startcache.memo("thing", b"x", lambda: calls.append(1))
    assert len(calls) == 4


def test_a_corrupt_result_is_rebuilt(cache_in):
    startcache.memo("thing", b"x", lambda: 1)
    (path,) = cache_in.glob("thing.*.pickle")
    path.write_bytes(b"garbage")
    assert startcache.memo("thing", b"x", lambda: 2) == 2


def test_a_kept_structure_is_the_parsed_structure(cache_in):
    fresh = load_regency("pekalongan")
    reg = regulations.get("pekalongan")
    first, kept = _parsed(reg), _parsed(reg)                     # built, then read back
    assert kept is not first
    assert [(n.cite, n.text) for n in kept.nodes()] == [(n.cite, n.text) for n in fresh.nodes()]
    assert kept.metadata == fresh.metadata and len(kept.gaps) == len(fresh.gaps)
