"""Canonical printing of citations.

Paths print through :func:`pyapi.structure.canonical_cite`, the one printer
shared with the structure tree (``Node.cite``); the parser reads back every
citation printed here: ``parse(format_citation(c)) == c``.
"""

from __future__ import annotations

from pyapi.structure.cite import canonical_cite as format_path

from .model import Citation, Designator, Item, Range, Target

__all__ = ["format_path", "format_target", "format_item", "format_designator",
           "join_list", "format_citation"]


def format_target(target: Target) -> str:
    return format_path(target.path)


def format_item(item: Item) -> str:
    if isinstance(item, Range):
        return f"{format_target(item.start)} sampai dengan {format_target(item.end)}"
    return format_target(item)


def format_designator(d: Designator) -> str:
    if d.this:
        return f"{d.jenis} ini"
    if d.code:
        return d.jenis
    parts = [d.jenis]
    if d.nama:
        parts.append(d.nama)
    if d.nomor:
        parts.append(f"Nomor {d.nomor}")
    parts.append(f"Tahun {d.tahun}")
    return " ".join(parts)


def join_list(words: list[str]) -> str:
    """Indonesian list: ``a``, ``a dan b``, ``a, b, dan c``."""
    if len(words) <= 2:
        return " dan ".join(words)
    return ", ".join(words[:-1]) + ", dan " + words[-1]


def format_citation(citation: Citation) -> str:
    """Canonical text; a preposition prints as the full frame "sebagaimana dimaksud pada/dalam"."""
    parts = []
    if citation.preposition:
        parts.append(f"sebagaimana dimaksud {citation.preposition}")
    if citation.items:
        parts.append(join_list([format_item(i) for i in citation.items]))
    if citation.designator:
        parts.append(format_designator(citation.designator))
    return " ".join(parts)
