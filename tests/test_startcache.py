"""Start-up results kept between starts: reused for the same inputs and code,
rebuilt for other inputs, ignored when off or unwritable."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import copy_package

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


# -- a regulation's saved form (kb/regulations.pl) ---------------------------
DUMP = r"""
import json, sys
from pathlib import Path
from pyapi.kb import KnowledgeBase
from pyapi.normcheck import NormError

try:
    kb = KnowledgeBase(root=Path(sys.argv[1])).start()
except NormError as exc:
    print(json.dumps({"norm_error": [p.as_load_problem() for p in exc.norm_problems]}))
    sys.exit(0)
rows = kb.engine.call("norms", {"regency": None}, admin=True)
asks = {}
for r in kb.regencies:
    for subject in ("jf-ahli-muda", "pelaksana", "jf-ahli-madya"):
        for unit in ("dinas", "kecamatan", "kelurahan"):
            args = {"question": "reporting-line", "regency": r,
                    "params": {"subject": subject, "capacity": "individu", "unit": unit}}
            asks[f"{r} {subject} {unit}"] = kb.call("ask", args)
            args["question"] = "assessor"
            del args["params"]["capacity"]
            asks[f"{r} {subject} {unit} assessor"] = kb.call("ask", args)
print(json.dumps({
    "parsed_at_start": sorted(kb.documents._parsed),
    "norms": kb.norm_count, "health": {k: v for k, v in kb.health().items() if k != "load_seconds"},
    "rows": sorted(json.dumps({k: v for k, v in row.items() if k not in ("file", "line")},
                              sort_keys=True) for row in rows),
    "vocabulary": kb.call("vocabulary"),
    "tree": kb.call("provision_tree", {"doc": kb.regencies[0], "cite": None}),
    "asks": asks,
    "cite_doc_nodes": len(list(kb.documents[kb.regencies[0]].nodes())),
}))
"""


def _dump(root, cache) -> dict:
    done = subprocess.run([sys.executable, "-c", DUMP, str(root)], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "PERBUP_START_CACHE": str(cache)})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_saved_regulation_answers_as_the_one_loaded_from_its_files(tmp_path):
    root = tmp_path / "regs"
    root.mkdir()
    copy_package(root, "tabalong")
    copy_package(root, "bantul")                     # has its own vocabulary.pl
    cache = tmp_path / "cache"
    from_files = _dump(root, cache)
    saved = sorted(p.name.split(".")[0] for p in cache.glob("regulation-*.qlf"))
    assert saved == ["regulation-bantul", "regulation-tabalong"]
    from_saved = _dump(root, cache)
    # The first start parsed both texts; the second loaded the saved forms
    # and parsed nothing until a structure was asked for.
    assert from_files.pop("parsed_at_start") == ["bantul", "tabalong"]
    assert from_saved.pop("parsed_at_start") == []
    assert from_saved == from_files
    assert from_files["norms"] == len(from_files["rows"]) > 200
    assert any(a["status"] == "answered" for a in from_files["asks"].values())


def test_a_cached_start_still_refuses_a_changed_misquoting_norm(tmp_path):
    root = tmp_path / "regs"
    root.mkdir()
    folder, _ = copy_package(root, "tabalong")
    cache = tmp_path / "cache"
    assert "norms" in _dump(root, cache)             # loads, and leaves a saved form
    norms = folder / "norms.pl"
    text = norms.read_text(encoding="utf-8")
    quote = "secara langsung kepada Pejabat Penilai Kinerja"
    assert quote in text
    norms.write_text(text.replace(quote, "secara langsung kepada Bupati", 1), encoding="utf-8")
    refused = _dump(root, cache)
    assert "norm_error" in refused
    assert any("norms.pl" in p["file"] and p["line"] > 0 for p in refused["norm_error"])


def test_an_unreadable_saved_form_is_loaded_from_the_files_instead(tmp_path):
    root = tmp_path / "regs"
    root.mkdir()
    copy_package(root, "tabanan")
    cache = tmp_path / "cache"
    first = _dump(root, cache)
    (qlf,) = cache.glob("regulation-tabanan.*.qlf")
    qlf.write_bytes(b"not a qlf file")
    again = _dump(root, cache)
    assert again.pop("parsed_at_start") == ["tabanan"]
    first.pop("parsed_at_start")
    assert again == first


def test_published_files_are_kept_a_few_per_name_and_others_in_the_making_left_alone(cache_in):
    making = cache_in / "regulation-x.feedfeedfeedfeedfeedfeedfeedfeed.123.456.qlf"
    making.write_bytes(b"another process's")
    for n in range(6):
        target = startcache.stem("regulation-x", b"v%d" % n)
        built = cache_in / f"built-{n}.qlf"
        built.write_bytes(b"%d" % n)
        startcache.publish(built, target.with_name(target.name + ".qlf"))
        assert target.with_name(target.name + ".qlf").read_bytes() == b"%d" % n
    published = [p for p in cache_in.glob("regulation-x.*.qlf") if p != making]
    assert len(published) == startcache.KEEP
    assert making.exists()
    assert startcache.stem("regulation-y", b"v") is not None
