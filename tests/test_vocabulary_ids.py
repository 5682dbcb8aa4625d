"""Every id an answer carries is in the vocabulary, with its Indonesian label
(the contract issue): asked over a sample of the question grid."""

from __future__ import annotations

import itertools

import pytest

ID_FIELDS = ("post", "to", "via", "actor", "document", "set_by", "action", "routing",
             "strength", "scope", "level")


def _ids(answer: dict, out: set) -> None:
    for key, value in answer.items():
        if key in ID_FIELDS and isinstance(value, str) and value:
            out.add((key, value))
        elif key == "detail" and isinstance(value, str) and value:
            out.update(("detail", v) for v in value.split(","))
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, dict) and "citation" not in item and "cite" not in item:
                    _ids(item, out)


@pytest.fixture(scope="module")
def vocabulary(kb):
    return {t["id"]: t for t in kb.call("vocabulary")}


def test_every_id_in_the_answers_of_the_grid_is_in_the_vocabulary(kb, vocabulary):
    terms = kb.call("vocabulary")
    ids = lambda category: [t["id"] for t in terms if t["category"] == category]  # noqa: E731
    seen: set = set()
    asked = 0
    for regency, question in itertools.product(ids("regency"), ids("question")):
        for subject, unit, capacity, scope in itertools.product(
                ids("subject")[::4], ids("unit")[::3], (None, "ketua-tim"), (None, "lintas-unit")):
            params = {k: v for k, v in (("subject", subject), ("unit", unit),
                                        ("capacity", capacity), ("scope", scope)) if v}
            result = kb.call("ask", {"question": question, "regency": regency, "params": params})
            asked += 1
            for answer in result["answers"]:
                _ids(answer, seen)
    assert asked > 1000
    missing = sorted((field, value) for field, value in seen if value not in vocabulary)
    assert missing == []
    # holders by level read as the answers label them
    assert vocabulary["level-atau-atas:pengawas"]["label"] == (
        "Jabatan Pengawas atau Jabatan satu tingkat di atasnya")
    assert vocabulary["diutamakan"]["category"] == "strength"
