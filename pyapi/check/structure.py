"""Structure checks: numbering of BAB, Bagian, Paragraf, Pasal, ayat, huruf
and angka in the batang tubuh and the konsiderans/dasar hukum lists, and a
Pasal with a single numbered ayat.

Each sibling sequence is read in document order: a number skipped is
reported at the first provision after the gap (naming the missing numbers),
a repeated number at its second occurrence, a number lower than one before
it (and not repeated) as out of order.  The Lampiran, which numbers its own
parts freely, is not checked.
"""

from __future__ import annotations

from typing import Iterator

from ..structure import Node
from ..structure.sequence import render, value
from .core import Draft
from .model import Finding, Related

LIST_KINDS = ("huruf", "angka", "butir")


def _style(node: Node) -> str:
    """The numbering family of a node's label, as pyapi.structure.sequence names it."""
    if node.kind == "butir":
        return "butir_num" if node.label[:1].isdigit() else "butir_alpha"
    if node.kind == "pasal" and not node.label[:1].isdigit():
        return "bab"                   # amending articles: Pasal I, Pasal II (roman)
    if node.kind == "angka" and not node.label.split("#")[0].isdigit():
        return "roman_lower" if node.label.isalpha() else "decimal"
    return node.kind


def _join(labels: list[str]) -> str:
    if len(labels) > 3:
        return f"{labels[0]} sampai dengan {labels[-1]}"
    return ", ".join(labels[:-1]) + (" dan " if len(labels) > 1 else "") + labels[-1]


def _sequences(draft: Draft) -> Iterator[tuple[list[Node], str]]:
    """Every sibling sequence to check, with the citation of what holds it."""
    doc = draft.doc
    yield [n for n in doc.root.children if n.kind == "bab"], ""
    yield draft.pasal, ""
    holders = [n for n in draft.body] + [n for n in doc.root.children
                                         if n.kind in ("menimbang", "mengingat")]
    for holder in holders:
        children = holder.children
        if not children:
            continue
        kinds = {"bab": ("bagian",), "bagian": ("paragraf",)}.get(holder.kind, ())
        if holder.kind == "pasal":
            kinds = ("ayat",) + LIST_KINDS
        elif holder.kind not in ("bab", "bagian", "paragraf"):
            kinds = LIST_KINDS
        groups: dict[str, list[Node]] = {}
        for child in children:
            if child.kind in kinds:
                groups.setdefault(_style(child), []).append(child)
        for group in groups.values():
            yield group, holder.cite


def _values(nodes: list[Node]) -> list:
    out = []
    for node in nodes:
        v = value(_style(node), node.label.split("#")[0])
        out.append(None if isinstance(v, tuple) else v)
    return out


def _check_sequence(draft: Draft, nodes: list[Node], within: str) -> Iterator[Finding]:
    previous: tuple[int, Node] | None = None
    seen: set = set()
    values = _values(nodes)
    for i, node in enumerate(nodes):
        style = _style(node)
        base = node.label.split("#")[0]
        v = values[i]
        if v is None:
            continue
        line, column = draft.marker_at(node)
        params = {"kind": node.kind, "label": _shown(node, base), "within": within}
        low = previous[0] if previous else 0
        following = values[i + 1] if i + 1 < len(values) else None
        if (previous and v != low + 1 and v not in seen and v not in values[i + 1:]
                and following == low + 2):
            # one wrong number between two that follow each other ("7, 80, 9"):
            # this item, not all the next ones, is what is wrong
            yield Finding("numbering-wrong", node.cite, line, column,
                          {**params, "after": _shown(node, previous[1].label.split("#")[0]),
                           "next": _shown(node, nodes[i + 1].label.split("#")[0]),
                           "expected": _shown(node, render(style, low + 1))},
                          node.text.split("\n")[0])
            seen.add(low + 1)
            previous = (low + 1, node)
            continue
        if "#" in node.label or v in seen:
            first = next((n for n in nodes if n is not node and n.label.split("#")[0] == base), None)
            related = (Related(first.cite, first.lines[0] if first.lines else None,
                               first.text.split("\n")[0]),) if first else ()
            yield Finding("numbering-repeated", node.cite, line, column, params,
                          node.text.split("\n")[0], related)
        else:
            if v > low + 1:
                missing = [_shown(node, render(style, i)) for i in range(low + 1, v)]
                after = _shown(node, previous[1].label.split("#")[0]) if previous else "-"
                yield Finding("numbering-gap", node.cite, line, column,
                              {**params, "missing": _join(missing), "after": after},
                              node.text.split("\n")[0])
            elif previous and v < low:
                yield Finding("numbering-order", node.cite, line, column,
                              {**params, "after": _shown(node, previous[1].label.split("#")[0])},
                              node.text.split("\n")[0],
                              (Related(previous[1].cite, previous[1].lines[0], ""),))
        seen.add(v)
        if previous is None or v > previous[0]:
            previous = (v, node)


def _shown(node: Node, label: str) -> str:
    if node.kind == "ayat":
        return f"({label})"
    if node.kind == "butir":
        return f"{label})"
    return label


def check(draft: Draft) -> Iterator[Finding]:
    for nodes, within in _sequences(draft):
        yield from _check_sequence(draft, nodes, within)
    for pasal in draft.pasal:
        ayat = [c for c in pasal.children if c.kind == "ayat"]
        if len(ayat) == 1 and ayat[0].label == "1":
            line, column = draft.marker_at(ayat[0])
            yield Finding("single-ayat", pasal.cite, line, column, {},
                          ayat[0].text.split("\n")[0])
