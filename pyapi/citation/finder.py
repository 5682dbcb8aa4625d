"""Find the citations in a provision's text.

A regex finds where a reference may start ("sebagaimana dimaksud",
"Pasal <n>", "Lampiran"); the Lark parser
then reads the longest citation from there. A framed phrase that does not
parse ("sebagaimana dimaksud pada Pasal dalam Pasal 10", "sebagaimana pasal
12") is reported as ``malformed-phrase`` with the citation read after the
garble. Citations naming another regulation are marked external.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterator

from pyapi.structure.model import Path

from . import problems as P
from .errors import CitationSyntaxError
from .model import Citation
from .parser import parse_prefix
from .printer import format_citation
from .resolver import Resolution, resolve

_TARGET_WORD = r"(?:pasal|ayat|huruf|angka|lampiran)\b"
_CANDIDATE = re.compile(
    rf"""(?P<frame>\bsebagaimana\s+(?:dimaksud\b|(?={_TARGET_WORD})))
       | \bpasal\s+(?=\d)
       | \blampiran\b""",
    re.IGNORECASE | re.VERBOSE,
)
# A target fragment left dangling before the frame:
# "Tujuan Mekanisme Kerja huruf a sebagaimana dimaksud dalam Pasal 3 ayat (2)".
_DANGLING = re.compile(r"(?i)\b(huruf\s+[a-z]\)?|ayat\s*\(\d+\)|angka\s+\d+)\s*$")
_NEAR_TARGET_WORD = re.compile(rf"(?i)\b{_TARGET_WORD}")


@dataclass(frozen=True)
class Found:
    start: int                        # character span in the searched text
    end: int
    phrase: str                       # text[start:end]
    citation: Citation | None         # None only for a phrase too garbled to read
    canonical: str | None             # format_citation(citation)
    external: bool                    # names another regulation
    resolution: Resolution | None     # when a document was given
    problems: tuple[P.Problem, ...]   # phrase problems, then the resolution's


def find_citations(text: str, doc: Any = None, at: Path | None = None) -> list[Found]:
    """Every citation in ``text`` (the own text of the provision at ``at`` in ``doc``)."""
    return list(iter_citations(text, doc, at))


def iter_citations(text: str, doc: Any = None, at: Path | None = None) -> Iterator[Found]:
    """The citations of ``text`` one by one, in order, each read and resolved
    only when asked for: a caller can stop at a time or size limit."""
    cursor = 0
    for match in _CANDIDATE.finditer(text):
        start = match.start()
        if start < cursor:
            continue
        phrase_problems: list[P.Problem] = []
        try:
            citation, end = parse_prefix(text, start)
        except CitationSyntaxError as error:
            if not match.group("frame"):
                continue
            recovered = _recover(text, start, error)
            if recovered is None:
                continue
            citation, end, problem = recovered
            phrase_problems.append(problem)
        if match.group("frame"):
            phrase_problems.extend(_dangling(text, cursor, start))
        yield _found(text, start, end, citation, phrase_problems, doc, at)
        cursor = end


def _recover(text: str, start: int, error: CitationSyntaxError):
    """After a garbled frame: the citation read from where parsing stopped."""
    stop = start + error.column - 1
    detail = str(error)
    detail_en = f"unreadable at column {error.column}, expected {', '.join(error.expected)}"
    try:
        citation, end = parse_prefix(text, stop)
    except CitationSyntaxError:
        if not _NEAR_TARGET_WORD.search(text, start, start + 50):
            return None
        end = stop + len(error.found)
        citation = None
    phrase = " ".join(text[start:end].split())
    return citation, end, P.malformed_phrase(phrase, detail, detail_en)


def _dangling(text: str, cursor: int, start: int) -> list[P.Problem]:
    match = _DANGLING.search(text, max(cursor, start - 40), start)
    if not match:
        return []
    fragment = match.group(1)
    return [P.malformed_phrase(
        f"{fragment} sebagaimana dimaksud",
        f"'{fragment}' terlepas di depan 'sebagaimana dimaksud'; tempatkan di dalam kutipan.",
        f"'{fragment}' dangles before 'sebagaimana dimaksud'; put it inside the citation.")]


def _found(text: str, start: int, end: int, citation: Citation | None,
           phrase_problems: list[P.Problem], doc: Any, at: Path | None) -> Found:
    resolution = resolve(citation, doc, at) if (citation is not None and doc is not None) else None
    if resolution is not None:
        external = resolution.external
    else:
        external = bool(citation and citation.designator and not citation.designator.this)
    problems = tuple(phrase_problems) + (resolution.problems if resolution else ())
    return Found(start, end, text[start:end], citation,
                 format_citation(citation) if citation else None, external, resolution, problems)
