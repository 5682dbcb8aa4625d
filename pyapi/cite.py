"""The citation service behind ``POST /v1/cite`` and ``perbup cite``: every
citation in a text, resolved against a regulation, as JSON-ready dicts.

The work is bounded: ``should_stop()`` is asked before each citation is
read (the API stops at its time limit or when the client has gone, with
:class:`CiteLimitExceeded`), and the answer lists at most
``MAX_TARGETS`` targets; past that it ends early and says where in
``truncated``.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Callable

from .citation import Found, iter_citations
from .lookup import single_path
from .structure import Document

MAX_TARGETS = 5_000     # targets listed in one answer, over all its citations


class CiteRequestError(ValueError):
    """The ``at`` provision is unreadable or missing."""


class CiteLimitExceeded(RuntimeError):
    """The caller's ``should_stop`` said stop (time limit, client gone)."""


def _problem(p) -> dict:
    d = asdict(p)
    d["nearest"] = list(p.nearest)
    return d


def found_dict(f: Found) -> dict:
    res = f.resolution
    return {
        "span": [f.start, f.end],
        "phrase": f.phrase,
        "canonical": f.canonical,
        "external": f.external,
        "targets": [{"cite": t.cite, "exists": t.exists, "text": t.text}
                    for t in (res.targets if res else ())],
        "problems": [_problem(p) for p in f.problems],
    }


def cite(text: str, doc: Document, at: str | None = None,
         should_stop: Callable[[], bool] | None = None,
         max_targets: int = MAX_TARGETS) -> dict:
    """Find and resolve every citation in ``text``, as written in provision ``at``."""
    at_path = None
    if at:
        at_path = single_path(at)          # CitationSyntaxError / NotOneProvision
        if doc.get(at_path) is None:
            raise CiteRequestError(f"ketentuan {at!r} tidak ada dalam {doc.regency}")
    citations: list[dict] = []
    targets = 0
    truncated = None
    found = iter_citations(text, doc, at_path)
    while True:
        if should_stop is not None and should_stop():
            raise CiteLimitExceeded()
        f = next(found, None)
        if f is None:
            break
        entry = found_dict(f)
        if targets + len(entry["targets"]) > max_targets:
            truncated = {"at": f.start, "limit": {"targets": max_targets},
                         "message": f"jawaban dipotong pada karakter {f.start}: lebih dari "
                                    f"{max_targets} ketentuan yang dirujuk"}
            break
        targets += len(entry["targets"])
        citations.append(entry)
    out = {"regency": doc.regency, "at": doc.get(at_path).cite if at_path else None,
           "citations": citations}
    if truncated is not None:
        out["truncated"] = truncated
    return out
