"""The structure of one regulation: a tree of addressable provisions.

Every node has a *path*: the tuple of ``(kind, label)`` steps from the
document root, e.g. ``(("pasal", "10"), ("ayat", "2"), ("huruf", "a"))``.
The path is the single source of truth for the canonical citation
(``Pasal 10 ayat (2) huruf a``); the citation package prints and parses
the same paths.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, NamedTuple

Path = tuple[tuple[str, str], ...]


@dataclass
class Node:
    kind: str                 # document, menimbang, mengingat, bab, bagian, paragraf, pasal,
                              # ayat, huruf, angka, butir, penutup, lampiran, tabel, baris, ...
    label: str                # "10", "2", "a", "I", "Kesatu", "3.3" (no brackets or dots)
    text: str                 # the node's own text, exactly as in the source (joined lines)
    path: Path                # addressing path, see module docstring
    cite: str = ""            # canonical citation, printed from path
    lines: list[int] = field(default_factory=list)   # 1-based source line numbers it owns
    children: list["Node"] = field(default_factory=list)
    parent: "Node | None" = field(default=None, repr=False, compare=False)
    cells: list[str] = field(default_factory=list)    # table row cells (kind "baris"),
                                                      # header cells (kind "tabel")

    def walk(self) -> Iterator["Node"]:
        yield self
        for child in self.children:
            yield from child.walk()

    def full_text(self) -> str:
        """Own text followed by every descendant's text, one per line."""
        return "\n".join(n.text for n in self.walk() if n.text)

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "label": self.label,
            "cite": self.cite,
            "text": self.text,
            "path": [list(step) for step in self.path],
            "lines": list(self.lines),
            **({"cells": list(self.cells)} if self.cells else {}),
            "children": [c.to_dict() for c in self.children],
        }


class Gap(NamedTuple):
    """A number missing from a sequence: ``Gap("pasal", "23", "22", "", 340)``.

    ``kind``/``label``: the missing provision; ``after``: the label seen
    before the jump; ``within``: citation of the enclosing node ("" at top
    level); ``line``: the line of the provision that follows the gap.
    """
    kind: str
    label: str
    after: str
    within: str = ""
    line: int | None = None


class Duplicate(NamedTuple):
    """A repeated number, kept under a disambiguated label ``"3.8#2"``."""
    kind: str
    label: str          # as written in the text
    assigned: str       # label given to the node ("3.8#2")
    cite: str           # canonical citation of the node
    line: int


@dataclass
class Document:
    regency: str
    root: Node
    metadata: dict = field(default_factory=dict)
    unplaced: list[tuple[int, str]] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    anomalies: list[tuple[int, str]] = field(default_factory=list)   # (line, note)

    def __post_init__(self) -> None:
        self._by_path: dict[Path, Node] = {}
        self._by_cite: dict[str, Node] = {}
        self._by_cite_ci: dict[str, list[Node]] = {}
        for node in self.root.walk():
            self._by_path.setdefault(node.path, node)
            if node.cite:
                key = " ".join(node.cite.split())
                self._by_cite.setdefault(key, node)
                self._by_cite_ci.setdefault(key.casefold(), []).append(node)

    def nodes(self) -> Iterator[Node]:
        """Every node, document order, root first."""
        return self.root.walk()

    def get(self, path) -> "Node | None":
        """Node at ``path`` (tuple or list of (kind, label) pairs)."""
        key = tuple((str(k), str(v)) for k, v in path)
        node = self._by_path.get(key)
        if node is None and any(v.endswith(")") and " (" in v for _, v in key):
            from .public import resolve_qualified   # a public path: numbers with headings

            node = resolve_qualified(self, key)
        return node

    def by_cite(self, cite: str) -> "Node | None":
        """Node whose canonical citation is ``cite`` (spacing-insensitive;
        case-insensitive when that is unambiguous)."""
        key = " ".join(cite.split())
        node = self._by_cite.get(key)
        if node is None:
            hits = self._by_cite_ci.get(key.casefold(), [])
            node = hits[0] if len(hits) == 1 else None
        return node

    def to_dict(self) -> dict:
        return {
            "regency": self.regency,
            "metadata": dict(self.metadata),
            "root": self.root.to_dict(),
            "unplaced": [list(u) for u in self.unplaced],
            "gaps": [g._asdict() for g in self.gaps],
            "duplicates": [d._asdict() for d in self.duplicates],
            "anomalies": [list(a) for a in self.anomalies],
        }
