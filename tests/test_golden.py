"""Golden questions per regulation (tests/golden/<regency>.toml; see its README)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from pyapi.lookup import canonical

GOLDEN = Path(__file__).parent / "golden"


def _cases():
    for path in sorted(GOLDEN.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for i, case in enumerate(data.get("case", []), 1):
            yield pytest.param(path.stem, case, id=f"{path.stem}-{i}-{case['question']}")


def answer_values(result: dict) -> list[str]:
    """The documented values of an answer; routing answers give their steps."""
    values = []
    for a in result["answers"]:
        values.extend(s["value"] for s in a["steps"]) if "steps" in a else values.append(a["value"])
    return values


@pytest.mark.parametrize("regency,case", list(_cases()))
def test_golden(kb, regency, case):
    result = kb.call("ask", {"question": case["question"], "regency": regency,
                             "params": case.get("params", {})})
    assert result["status"] == case["status"], result
    if "answers" in case:
        assert sorted(set(answer_values(result))) == sorted(set(case["answers"]))
    cited = {c["cite"] for c in result["citations"]}
    cited |= {s["citation"]["cite"] for c in result["conflicts"] for s in c["sides"]}
    for cite in case.get("citations", []):
        assert canonical(cite) in cited, (cite, sorted(cited))


def test_every_regulation_has_golden_questions():
    counts = {p.stem: len(tomllib.loads(p.read_text(encoding="utf-8")).get("case", []))
              for p in GOLDEN.glob("*.toml")}
    assert set(counts) == {"tabanan", "tabalong", "lombok-barat", "pekalongan", "bantul"}
    assert all(n >= 20 for n in counts.values()), counts
