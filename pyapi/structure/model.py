"""The structure of one regulation: a tree of addressable provisions.

Every node has a *path*: the tuple of ``(kind, label)`` steps from the
document root, e.g. ``(("pasal", "10"), ("ayat", "2"), ("huruf", "a"))``.
The path is the single source of truth for the canonical citation
(``Pasal 10 ayat (2) huruf a``); the citation package prints and parses
the same paths.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

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
            "children": [c.to_dict() for c in self.children],
        }
