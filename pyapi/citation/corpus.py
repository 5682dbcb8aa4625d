"""The cross-references of the regulations, as a pinned corpus.

``run_corpus()`` runs the finder over every provision of the batang tubuh
(the Pasal nodes and everything under them) of each regulation and returns
one row per citation found. Each package's ``references.tsv`` pins its
rows (``load_corpus`` reads them all); a legal expert extends one by adding
a line. Columns (the regency is the package's, so its file does not repeat
it):

``citing``    canonical citation of the provision the phrase is in
``phrase``    the phrase as written (whitespace collapsed)
``targets``   the cited targets completed to absolute form
              ("ayat (1)" in Pasal 7 ayat (4) -> "Pasal 7 ayat (1)"), ranges kept
``expected``  ``ok``, ``external``, or the problem codes, comma-separated
``note``      free text (why a reference is broken)
"""

from __future__ import annotations

import csv
from pathlib import Path as FsPath
from typing import Iterable, NamedTuple

from .finder import Found, find_citations
from .model import Citation
from .printer import format_citation

REFERENCES = "references.tsv"
COLUMNS = ("citing", "phrase", "targets", "expected", "note")


class CorpusRow(NamedTuple):
    regency: str
    citing: str
    phrase: str
    targets: str
    expected: str
    note: str = ""

    def key(self) -> tuple[str, str, str, str, str]:
        """Everything but the note: what a run must reproduce."""
        return self[:5]


def _targets(found: Found) -> str:
    resolution = found.resolution
    citation = resolution.absolute if resolution and resolution.absolute else found.citation
    if citation is None:
        return ""
    return format_citation(Citation(citation.items, citation.designator, None))


def _expected(found: Found) -> str:
    if found.problems:
        return ",".join(p.code for p in found.problems)
    return "external" if found.external else "ok"


def row_of(regency: str, citing: str, found: Found) -> CorpusRow:
    return CorpusRow(regency, citing, " ".join(found.phrase.split()), _targets(found), _expected(found))


def run_corpus(regencies: Iterable[str] | None = None) -> list[CorpusRow]:
    """One row per citation found in the batang tubuh of each regulation."""
    from pyapi import regulations
    from pyapi.structure import load_regency

    rows = []
    for regency in regencies or regulations.ids():
        doc = load_regency(regency)
        for node in doc.nodes():
            if node.path and node.path[0][0] == "pasal" and node.text:
                rows.extend(row_of(regency, node.cite, f)
                            for f in find_citations(node.text, doc, node.path))
    return rows


def load_corpus(regencies: Iterable[str] | None = None) -> list[CorpusRow]:
    """The pinned rows of every package (or of the ones named) that has them."""
    from pyapi import regulations

    rows = []
    for reg in regulations.discover():
        if regencies is not None and reg.id not in regencies:
            continue
        path = reg.folder / REFERENCES
        if path.exists():
            rows.extend(CorpusRow(reg.id, *row) for row in _read(path))
    return rows


def _read(path: FsPath) -> list[list[str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    reader = csv.reader(lines, delimiter="\t")
    header = next(reader)
    if tuple(header) != COLUMNS:
        raise ValueError(f"{path}: header must be {COLUMNS}, not {header}")
    return [row + [""] * (len(COLUMNS) - len(row)) for row in reader]
