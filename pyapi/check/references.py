"""Reference checks, each reference resolved in the draft itself from the
provision it is written in (pyapi.citation resolves against any Document).

Every provision of the batang tubuh and every point of the konsiderans is
searched; references naming another regulation are left alone.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..citation import iter_citations
from ..citation.model import Range
from ..citation.printer import format_path
from ..structure import Node
from ..structure.sequence import value
from .core import Draft
from .model import Finding, Related

_FORBIDDEN = re.compile(r"(?i)\b(?:tersebut\s+di\s*atas|(?:pasal|ayat)\s+(?:yang\s+)?terdahulu"
                        r"|ayat\s*\(\d+\)\s+pasal\s+ini)\b")
_SIMPLE = {"target-missing": "target-missing", "self-reference": "self-reference",
           "backward-range": "backward-range", "range-mismatch": "range-mismatch",
           "malformed-phrase": "malformed-reference"}


def _relative(target: str, pasal: str) -> str:
    """"Pasal 5 ayat (1)" written from inside Pasal 5 -> "ayat (1)"."""
    return target[len(pasal):].strip() if target.startswith(pasal + " ") else target


def _ratification(draft: Draft) -> bool:
    """A law that ratifies a treaty ("PENGESAHAN ..."): its Pasal 1 names the
    treaty's own articles ("dengan Declaration terhadap Pasal 4")."""
    return str(draft.doc.metadata.get("tentang") or "").upper().startswith("PENGESAHAN")


def _sources(draft: Draft) -> Iterator[Node]:
    treaty = _ratification(draft)
    for node in draft.own_body:
        if node.text and not (treaty and node.path[0] == ("pasal", "1")):
            yield node
    for part in draft.doc.root.children:
        if part.kind == "menimbang":
            yield from (n for n in part.walk() if n.text and n is not part)


def _related(draft: Draft, cite: str) -> tuple[Related, ...]:
    node = draft.doc.by_cite(cite)
    if node is None:
        return (Related(cite),)
    return (Related(node.cite, node.lines[0] if node.lines else None,
                    node.text.split("\n")[0]),)


def _value(step: tuple[str, str]):
    kind, label = step
    style = {"huruf": "huruf", "butir": "butir_alpha" if label.isalpha() else "butir_num"}.get(kind, "ayat")
    return value(style, label) if kind in ("pasal", "ayat", "huruf", "angka", "butir") else None


def _step(a, b) -> int | None:
    """How far path ``b`` is after sibling ``a`` (None: not siblings of one kind)."""
    if len(a) != len(b) or a[:-1] != b[:-1] or a[-1][0] != b[-1][0]:
        return None
    va, vb = _value(a[-1]), _value(b[-1])
    return vb - va if isinstance(va, int) and isinstance(vb, int) else None


def _consecutive_runs(items) -> list[list]:
    """Runs of three or more listed targets (not ranges) that follow one another."""
    runs, run = [], []
    for item in items:
        path = None if isinstance(item, Range) else item.path
        if path is not None and run and _step(run[-1], path) == 1:
            run.append(path)
            continue
        if len(run) >= 3:
            runs.append(run)
        run = [path] if path is not None else []
    if len(run) >= 3:
        runs.append(run)
    return runs


def internal_references(draft: Draft):
    """(citing node, Found) for every reference to the draft itself."""
    for node in _sources(draft):
        for found in iter_citations(node.text, draft.doc, tuple(node.path)):
            if not found.external:
                yield node, found


UNRESOLVED = ("target-missing", "unanchored-relative")


def unresolved(found) -> bool:
    """A reference whose target is not found: missing, unanchored, or a
    phrase too garbled to name one (a malformed phrase that still names
    its target resolves)."""
    return found.citation is None or any(p.code in UNRESOLVED for p in found.problems)


def check(draft: Draft) -> Iterator[Finding]:
    doc = draft.doc
    as_angka: set[str] = set()          # Pasal whose "ayat (n)" resolved to an item "n."
    for node in _sources(draft):
        for match in _FORBIDDEN.finditer(node.text):
            line, column = draft.place(node, match.start())
            phrase = " ".join(match.group(0).split())
            yield Finding("forbidden-reference", node.cite, line, column, {"phrase": phrase},
                          phrase)
        for found in iter_citations(node.text, doc, tuple(node.path)):
            if found.external:
                continue
            phrase = " ".join(found.phrase.split())
            line, column = draft.place(node, found.start)
            base = {"phrase": phrase}
            pasal = format_path(node.path[:1]) if node.path[0][0] == "pasal" else ""
            for problem in found.problems:
                code = problem.code
                if code == "preposition-misused":
                    prep = found.citation.preposition if found.citation else None
                    rule = "preposition-pada" if prep == "pada" else "preposition-dalam"
                    target = problem.target or ""
                    yield Finding(rule, node.cite, line, column,
                                  {**base, "target": target, "pasal": pasal,
                                   "relative": _relative(target, pasal)},
                                  phrase, _related(draft, target))
                elif code == "malformed-phrase":
                    detail = {"id": problem.message.split("tidak baku: ", 1)[-1],
                              "en": problem.message_en.split(": ", 1)[-1]}
                    yield Finding("malformed-reference", node.cite, line, column,
                                  {**base, "detail": detail}, phrase)
                elif code in ("backward-range", "range-mismatch"):
                    yield Finding(code, node.cite, line, column,
                                  {**base, "range": problem.target or phrase}, phrase)
                elif code in _SIMPLE:
                    yield Finding(_SIMPLE[code], node.cite, line, column,
                                  {**base, "target": problem.target or "",
                                   "nearest": list(problem.nearest)},
                                  phrase,
                                  tuple(Related(c) for c in problem.nearest))
            resolution = found.resolution
            for target in (resolution.targets if resolution else ()):
                path = target.path
                if (target.exists and len(path) >= 2 and path[0][0] == "pasal"
                        and path[1][0] == "angka" and re.search(r"(?i)\bayat\b", phrase)
                        and path[0][1] not in as_angka):
                    pasal = doc.get(path[:1])
                    if pasal is not None and not any(c.kind == "ayat" for c in pasal.children):
                        as_angka.add(path[0][1])
                        pl, pc = draft.marker_at(pasal)
                        yield Finding("ayat-as-angka", pasal.cite, pl, pc, {"phrase": phrase},
                                      phrase, (Related(node.cite, line, phrase),))
            items = resolution.absolute.items if resolution and resolution.absolute else ()
            for item in items:
                if not isinstance(item, Range):
                    continue
                first, last = format_path(item.start.path), format_path(item.end.path)
                rng = f"{first} sampai dengan {last}"
                if item.start.path == item.end.path:
                    yield Finding("single-item-range", node.cite, line, column,
                                  {**base, "range": rng}, phrase)
                elif _step(item.start.path, item.end.path) == 1:
                    yield Finding("range-of-two", node.cite, line, column,
                                  {**base, "range": rng, "first": first, "last": last}, phrase)
            if node.path[0][0] != "menimbang" and not re.search(r"(?i)\batau\b", phrase):
                # (a list joined by "atau" offers alternatives: no range says that)
                for run in _consecutive_runs(items):
                    first, last = format_path(run[0]), format_path(run[-1])
                    if pasal and not re.search(r"(?i)\bpasal\b", phrase):
                        first, last = _relative(first, pasal), _relative(last, pasal)
                    yield Finding("range-needed", node.cite, line, column,
                                  {**base, "count": len(run), "first": first, "last": last,
                                   "range": f"{first} sampai dengan {last}"}, phrase)
