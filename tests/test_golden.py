"""Golden questions per regulation (regencies/<id>/golden.toml; see regencies/README.md)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from pyapi import regulations
from pyapi.lookup import single_path


def _cases():
    for reg in regulations.discover():
        if not reg.golden_path.exists():
            continue
        data = tomllib.loads(reg.golden_path.read_text(encoding="utf-8"))
        for i, case in enumerate(data.get("case", []), 1):
            yield pytest.param(reg.id, case, id=f"{reg.id}-{i}-{case['question']}")


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
    # the provisions named, compared as nodes: an answer cites a provision
    # whose number the text repeats with its heading (public citation)
    doc = kb.documents[regency]
    for value, cites in case.get("rests_on", {}).items():
        answer = next((a for a in result["answers"] if a["value"] == value), None)
        assert answer is not None, (value, answer_values(result))
        own = {id(doc.get(single_path(c["cite"]))) for c in answer["citations"]}
        for cite in cites:
            assert id(doc.get(single_path(cite))) in own, (value, cite, answer["citations"])
    cited = {c["cite"] for c in result["citations"]}
    cited |= {s["citation"]["cite"] for c in result["conflicts"] for s in c["sides"]}
    nodes = {id(doc.get(single_path(c))) for c in cited}
    for cite in case.get("citations", []):
        node = doc.get(single_path(cite))
        assert node is not None and id(node) in nodes, (cite, sorted(cited))


def test_every_regulation_has_golden_questions():
    counts = {reg.id: len(tomllib.loads(reg.golden_path.read_text(encoding="utf-8")).get("case", []))
              for reg in regulations.discover() if reg.golden_path.exists()}
    assert set(counts) == set(regulations.ids())
    assert all(n >= 20 for n in counts.values()), counts
