"""Load-time check of the norms' citations and quotes.

Every norm names the provision it rests on in the citation language and
quotes it.  A norm is sound when its citation parses, names exactly one
provision of its own regulation, that provision exists, and the quote is
a verbatim substring of the provision's text (its own text or a
descendant's).  Anything else stops the load: see ``NormError``.
"""

from __future__ import annotations

from dataclasses import dataclass

from .lookup import CitationSyntaxError, single_path
from .engine import LoadError
from .structure import Document


@dataclass(frozen=True)
class NormProblem:
    regency: str
    norm: str
    file: str
    line: int
    cite: str
    message: str

    def as_load_problem(self) -> dict:
        return {"kind": "error", "file": self.file, "line": self.line,
                "message": f"norm {self.norm}: {self.cite!r}: {self.message}"}


class NormError(LoadError):
    """Some norms cite provisions that do not exist or misquote them."""

    def __init__(self, problems: list[NormProblem]):
        self.norm_problems = problems
        super().__init__([p.as_load_problem() for p in problems])


def resolve_norm_cite(doc: Document, cite: str):
    """The one node a norm's citation names; raises ValueError saying why not."""
    try:
        path = single_path(cite)
    except CitationSyntaxError as exc:
        raise ValueError(f"citation does not parse: {exc}") from None
    node = doc.get(path)
    if node is None:
        raise ValueError(f"no such provision in {doc.regency}")
    return node


def _problem(row: dict, message: str) -> NormProblem:
    return NormProblem(row["regency"], row["id"], row.get("file", ""), row.get("line", 0),
                       row["cite"], message)


def check_norm(doc: Document, row: dict) -> tuple[str | None, NormProblem | None]:
    """(canonical citation, None) for a sound norm, (None, problem) otherwise."""
    def problem(message: str) -> tuple[None, NormProblem]:
        return None, _problem(row, message)

    if row.get("problems"):
        return problem("claim: " + "; ".join(row["problems"]))
    try:
        node = resolve_norm_cite(doc, row["cite"])
    except ValueError as exc:
        return problem(str(exc))
    quote = row["quote"]
    if not quote.strip():
        return problem("empty quote")
    if quote not in node.full_text():
        return problem(f"quote is not verbatim in {node.cite}: {quote!r}")
    return node.cite, None


def check_norms(rows: list[dict], documents: dict[str, Document]) -> list[dict]:
    """Canonical sources for every norm, or NormError listing every problem."""
    sources, problems, seen = [], [], set()
    for row in rows:
        key = (row["regency"], row["id"])
        if key in seen:
            problems.append(_problem(row, "duplicate norm id"))
            continue
        seen.add(key)
        doc = documents.get(row["regency"])
        if doc is None:
            problems.append(_problem(row, "norm of a regulation that is not loaded"))
            continue
        cite, problem = check_norm(doc, row)
        if problem:
            problems.append(problem)
        else:
            sources.append({"regency": row["regency"], "id": row["id"], "cite": cite})
    if problems:
        raise NormError(problems)
    return sources
