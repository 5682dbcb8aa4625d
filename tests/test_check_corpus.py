"""The checker on 147 real laws (../shared/corpora/uu/, read in place).

Every law is read and checked without an error; its Pasal count agrees with
the peer parser's (peer-counts.tsv) or the disagreement is listed, with its
reason, in tests/data/uu-pasal-disagreements.tsv; and the internal
references the laws write resolve in the law itself for at least 99.5% of
them, leaving aside the references to a Lampiran when the converted text
has no Lampiran at all (its maps and tables were not converted).
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from pyapi.check.corpus import run

ROOT = Path(__file__).resolve().parents[1]


def _corpus() -> Path:
    """The corpus beside the checkout (../shared), else where
    PERBUP_CORPUS says, else the machine's /work/shared (a clone made
    elsewhere, as CI makes one, still finds it)."""
    candidates = [ROOT.parent / "shared" / "corpora" / "uu"]
    if os.environ.get("PERBUP_CORPUS"):
        candidates.insert(0, Path(os.environ["PERBUP_CORPUS"]))
    candidates.append(Path("/work/shared/corpora/uu"))
    return next((c for c in candidates if c.is_dir()), candidates[0])


CORPUS = _corpus()
DISAGREEMENTS = Path(__file__).with_name("data") / "uu-pasal-disagreements.tsv"


@pytest.fixture(scope="module")
def rows():
    if not CORPUS.is_dir():
        pytest.fail(f"corpus not found at {CORPUS}")
    return run(CORPUS)


def _disagreements() -> dict[str, tuple[int, int, str]]:
    with open(DISAGREEMENTS, encoding="utf-8", newline="") as fh:
        lines = [l for l in fh if l.strip() and not l.startswith("#")]
    return {r["law"]: (int(r["ours"]), int(r["peer"]), r["reason"])
            for r in csv.DictReader(lines, delimiter="\t")}


def test_every_law_is_read_and_checked(rows):
    assert len(rows) == 147
    assert [r.law for r in rows if r.error] == []
    assert all(r.pasal and r.pasal > 0 for r in rows)


def test_pasal_counts_agree_with_the_peer_or_the_difference_is_explained(rows):
    listed = _disagreements()
    differ = {r.law: (r.pasal, r.peer_pasal) for r in rows if r.pasal != r.peer_pasal}
    assert differ == {law: (ours, peer) for law, (ours, peer, _) in listed.items()}
    assert all(reason.strip() for _, _, reason in listed.values())


def test_internal_references_resolve(rows):
    written = sum(r.references for r in rows)
    absent = sum(len(r.lampiran_absent) for r in rows)
    unresolved = sum(len(r.unresolved) for r in rows)
    assert written > 7000
    assert (written - absent - unresolved) / (written - absent) >= 0.995
