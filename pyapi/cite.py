"""The citation service behind ``POST /v1/cite`` and ``perbup cite``: every
citation in a text, resolved against a regulation, as JSON-ready dicts."""

from __future__ import annotations

from dataclasses import asdict

from .citation import Found, find_citations
from .lookup import single_path
from .structure import Document


class CiteRequestError(ValueError):
    """The ``at`` provision is unreadable or missing."""


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


def cite(text: str, doc: Document, at: str | None = None) -> dict:
    """Find and resolve every citation in ``text``, as written in provision ``at``."""
    at_path = None
    if at:
        at_path = single_path(at)          # CitationSyntaxError / NotOneProvision
        if doc.get(at_path) is None:
            raise CiteRequestError(f"ketentuan {at!r} tidak ada dalam {doc.regency}")
    found = find_citations(text, doc, at_path)
    return {"regency": doc.regency, "at": doc.get(at_path).cite if at_path else None,
            "citations": [found_dict(f) for f in found]}
