"""The checker over a folder of real laws (``../shared/corpora/uu/``).

``run(folder)`` checks every ``*.txt`` there and returns one row per law:
the Pasal and BAB counts read, the peer parser's counts from
``peer-counts.tsv``, the internal references written and those that do not
resolve (a missing target or a phrase that cannot be read), the findings
per rule, or the error that stopped the reading.  ``scripts/check_corpus.py``
prints the table and the totals; ``tests/test_check_corpus.py`` holds the
figures to account.
"""

from __future__ import annotations

import csv
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..structure import StructureError, parse
from .core import Draft, check_draft
from .references import internal_references, unresolved


@dataclass
class LawRow:
    law: str
    pasal: int | None = None
    bab: int | None = None
    peer_pasal: int | None = None
    peer_bab: int | None = None
    references: int = 0
    unresolved: list[str] = field(default_factory=list)
    # references to a Lampiran when the converted text has none (the
    # corpus texts leave out the maps and tables of their Lampiran)
    lampiran_absent: list[str] = field(default_factory=list)
    findings: dict[str, int] = field(default_factory=dict)
    error: str | None = None
    seconds: float = 0.0


def peer_counts(folder: Path) -> dict[str, tuple[int, int]]:
    path = folder / "peer-counts.tsv"
    if not path.exists():
        return {}
    with open(path, encoding="utf-8", newline="") as fh:
        return {r["law"]: (int(r["pasal"]), int(r["bab"])) for r in csv.DictReader(fh, delimiter="\t")}


def check_law(path: Path, peers: dict[str, tuple[int, int]]) -> LawRow:
    row = LawRow(path.stem)
    row.peer_pasal, row.peer_bab = peers.get(path.stem, (None, None))
    t0 = time.perf_counter()
    text = path.read_text(encoding="utf-8", errors="replace")
    try:
        draft = Draft(text, parse(text, path.stem))
    except StructureError as exc:
        row.error = str(exc)
        row.seconds = time.perf_counter() - t0
        return row
    summary = draft.document_summary()
    row.pasal, row.bab = summary["counts"]["pasal"], summary["counts"]["bab"]
    has_lampiran = any(n.kind == "lampiran" for n in draft.doc.root.children)
    for node, found in internal_references(draft):
        row.references += 1
        if unresolved(found):
            where = f"{node.cite}: {' '.join(found.phrase.split())}"
            targets = found.resolution.targets if found.resolution else ()
            if (not has_lampiran and targets
                    and all(t.path[0][0] == "lampiran" for t in targets)):
                row.lampiran_absent.append(where)
            else:
                row.unresolved.append(where)
    for finding in check_draft(draft):
        row.findings[finding.rule] = row.findings.get(finding.rule, 0) + 1
    row.seconds = time.perf_counter() - t0
    return row


def run(folder: Path) -> list[LawRow]:
    peers = peer_counts(folder)
    return [check_law(p, peers) for p in sorted(folder.glob("*.txt"))]
