"""Resolve a :class:`Citation` against one regulation.

``resolve(citation, doc, at)`` completes relative and elided targets (from
``at``, the path of the citing provision), expands ranges, looks every target
up in ``doc`` and reports problems (see :mod:`.problems` for the codes).

``doc`` is a ``pyapi.structure`` Document: ``doc.get(path) -> Node | None``,
``doc.nodes()`` and ``doc.metadata`` (jenis, daerah, nomor, tahun; a mapping
or an object). A citation whose designator names another regulation is
*external*: it is not resolved against ``doc``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from pyapi.structure.model import Path

from . import problems as P
from .anchor import absolute_items, label_key
from .model import Citation, Designator, Range, Target
from .printer import format_path


@dataclass(frozen=True)
class ResolvedTarget:
    path: Path
    cite: str
    exists: bool
    text: str | None = None      # the node's own text when it exists


@dataclass(frozen=True)
class Resolution:
    citation: Citation
    at: Path | None
    targets: tuple[ResolvedTarget, ...]
    problems: tuple[P.Problem, ...]
    external: bool = False
    absolute: Citation | None = None   # the citation with every target completed

    @property
    def ok(self) -> bool:
        return not self.problems


class _Index:
    """Children of every node of a document, by parent path."""

    def __init__(self, doc: Any):
        self.doc = doc
        self.children: dict[Path, list[Any]] = {}
        for node in doc.nodes():
            path = tuple(node.path)
            if path:
                self.children.setdefault(path[:-1], []).append(node)

    def get(self, path: Path):
        node = self.doc.get(path)
        if node is None and path:
            # "huruf a" for an item written "a)" and back: drafters mix them
            kind, label = path[-1]
            other = "butir" if kind in ("huruf", "angka") else \
                ("angka" if label[:1].isdigit() else "huruf") if kind == "butir" else None
            if other:
                node = self.doc.get(path[:-1] + ((other, label),))
        if node is None and len(path) >= 2 and path[0][0] == "pasal" and path[1][0] == "ayat":
            # "ayat (2)" of a Pasal whose ayat the text numbers "2." (no ayat at all)
            pasal = self.doc.get(path[:1])
            if pasal is not None and not any(c.kind == "ayat" for c in pasal.children):
                node = self.doc.get(path[:1] + (("angka", path[1][1]),) + path[2:])
        if node is None and path and path[0] == ("lampiran", ""):
            # "Lampiran" in a regulation whose only Lampiran is numbered
            lampiran = [n for n in self.children.get((), []) if n.kind == "lampiran"]
            if len(lampiran) == 1:
                node = self.doc.get(tuple(lampiran[0].path) + path[1:])
        return node

    def siblings(self, parent: Path, *kinds: str) -> list[Any]:
        return [n for n in self.children.get(parent, []) if n.kind in kinds]


_INDEX_CACHE: dict[int, _Index] = {}


def _index(doc: Any) -> _Index:
    index = _INDEX_CACHE.get(id(doc))
    if index is None or index.doc is not doc:
        if len(_INDEX_CACHE) > 16:
            _INDEX_CACHE.clear()
        index = _INDEX_CACHE[id(doc)] = _Index(doc)
    return index


def _meta(doc: Any, key: str) -> Any:
    metadata = getattr(doc, "metadata", None)
    if isinstance(metadata, dict):
        return metadata.get(key)
    return getattr(metadata, key, None)


def _norm_place(name: str | None) -> str:
    words = (name or "").lower().replace("kabupaten", " ").split()
    return " ".join(words)


def _same_number(a: Any, b: Any) -> bool:
    a, b = str(a or "").strip(), str(b or "").strip()
    if a.isdigit() and b.isdigit():
        return int(a) == int(b)
    return a == b and a != ""


def designates(designator: Designator | None, doc: Any) -> bool:
    """Whether the designator names ``doc`` itself (no designator: it does)."""
    if designator is None or designator.this:
        return True
    if designator.code:
        return False
    jenis = str(_meta(doc, "jenis") or "Peraturan Bupati")
    return (designator.jenis.lower() == jenis.lower()
            and _norm_place(designator.nama) == _norm_place(_meta(doc, "daerah"))
            and _same_number(designator.nomor, _meta(doc, "nomor"))
            and _same_number(designator.tahun, _meta(doc, "tahun")))


def _nearest(index: _Index, path: Path, limit: int = 3) -> tuple[str, ...]:
    """Existing provisions close to a missing path: the same label under the
    parent's siblings, then the nearest siblings, then the nearest ancestor."""
    kind, label = path[-1]
    found: list[Path] = []
    if len(path) >= 2:
        grand, parent_kind = path[:-2], path[-2][0]
        for uncle in index.siblings(grand, parent_kind):
            candidate = tuple(uncle.path) + (path[-1],)
            if index.get(candidate) is not None:
                found.append(candidate)
    key = label_key(label, kind)
    siblings = sorted(index.siblings(path[:-1], kind),
                      key=lambda n: _distance(label_key(n.label, kind), key))
    found.extend(tuple(n.path) for n in siblings)
    found = found[:limit]
    ancestor = path[:-1]
    while ancestor and index.get(ancestor) is None:
        ancestor = ancestor[:-1]
    if ancestor:
        found.append(ancestor)
    return tuple(format_path(p) for p in dict.fromkeys(found))


def _distance(a: tuple, b: tuple) -> tuple:
    if a[0] == b[0] == 0:
        return (0, abs(a[1][-1] - b[1][-1]))
    if a[0] == b[0] == 2:
        return (0, abs(ord(a[2][-1]) - ord(b[2][-1])) if a[2] and b[2] else 99)
    return (1, 0)


def _expand(index: _Index, rng: Range, problems: list[P.Problem]) -> list[Path]:
    """The provisions a range covers: its two ends (checked like any target)
    and every existing sibling between them.  Only what exists is listed, so
    "Pasal 1 sampai dengan Pasal 100000" costs what the document holds; a
    number missing between two ends is the structure check's finding."""
    start, end = rng.start.path, rng.end.path
    first, last = format_path(start), format_path(end)
    if len(start) != len(end) or start[:-1] != end[:-1] or start[-1][0] != end[-1][0]:
        problems.append(P.range_mismatch(first, last))
        return [start, end]
    kind = start[-1][0]
    lo, hi = label_key(start[-1][1], kind), label_key(end[-1][1], kind)
    if lo > hi:
        problems.append(P.backward_range(first, last))
        return [start, end]
    alike = ("butir",) if kind in ("huruf", "angka") else ()   # "a)" items, as in get()
    inside = sorted((n for n in index.siblings(start[:-1], kind, *alike)
                     if lo < label_key(n.label, kind) < hi),
                    key=lambda n: label_key(n.label, kind))
    labels = dict.fromkeys([start[-1][1], *(n.label for n in inside), end[-1][1]])
    return [start[:-1] + ((kind, label),) for label in labels]


def _paths(index: _Index, items: Iterable[Range | Target], problems: list[P.Problem]) -> list[Path]:
    out: list[Path] = []
    for item in items:
        out.extend(_expand(index, item, problems) if isinstance(item, Range) else [item.path])
    return list(dict.fromkeys(out))


def resolve(citation: Citation, doc: Any, at: Path | None = None) -> Resolution:
    """Resolve ``citation`` as written in the provision at path ``at`` of ``doc``."""
    at = tuple(at) if at is not None else None
    if not designates(citation.designator, doc):
        return Resolution(citation, at, (), (), external=True, absolute=citation)
    items, unanchored = absolute_items(citation, at)
    absolute = Citation(items, citation.designator, citation.preposition) if items or citation.designator else None
    problems: list[P.Problem] = []
    if unanchored:
        problems.extend(P.unanchored_relative(format_path(t.path))
                        for t in citation.targets() if t.is_relative)
        return Resolution(citation, at, (), tuple(problems), absolute=absolute)

    index = _index(doc)
    targets = []
    for path in _paths(index, items, problems):
        node = index.get(path)
        if node is not None:      # the node's own path when found through a fallback
            path = tuple(node.path)
        cite = format_path(path)
        targets.append(ResolvedTarget(path, cite, node is not None, node.text if node is not None else None))
        if node is None:
            problems.append(P.target_missing(cite, _nearest(index, path)))
        if at is not None and at[:len(path)] == path:
            problems.append(P.self_reference(cite, format_path(at)))
    problems.extend(_preposition_problems(citation.preposition, targets, at))
    return Resolution(citation, at, tuple(targets), tuple(problems), absolute=absolute)


def _preposition_problems(preposition: str | None, targets: list[ResolvedTarget],
                          at: Path | None) -> list[P.Problem]:
    """UU 12/2011 Lampiran II: "pada" within the same Pasal, "dalam" for another."""
    if not preposition or not targets or not at or at[0][0] != "pasal":
        return []
    pasal = format_path(at[:1])
    inside = [t for t in targets if t.path[:1] == at[:1]]
    if preposition == "pada":
        outside = [t for t in targets if t.path[:1] != at[:1]]
        return [P.preposition_misused("pada", outside[0].cite, pasal)] if outside else []
    if len(inside) == len(targets):
        return [P.preposition_misused("dalam", inside[0].cite, pasal)]
    return []
