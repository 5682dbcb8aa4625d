"""Public citations: a provision cited as the text numbers it.

Where a text repeats a number among siblings (a Lampiran with two lists
numbered 1, 2, 3; a Lampiran with two tables "Tabel 3.8"), the
structure keeps each repeated node under an internal label with a ``#n``
suffix (``3#2``, see pyapi/structure/__init__.py).  That label is a key,
not something the text says.  The *public* citation of a node prints
every step with the text's own number; a step whose number repeats among
its siblings (every occurrence, the first one too) is followed by the
heading that makes it unique, quoted in brackets:

    Lampiran angka 3#2 huruf A huruf c#3 angka 1)
    -> Lampiran angka 3 (“Pelaksanaan Tugas dan Pertanggungjawaban”) huruf A
       huruf c (“Tanggung jawab Ketua Tim meliputi :”) angka 1)

The heading is the first words of the provision's own text (a table's:
the heading it appears under), as few as make it unique among the
siblings of the same number, at least the whole first line or its first
eight words (a longer line ends in "…").  The citation language reads
the bracketed heading (grammar/citation.lark, HEADING), and
``resolve_qualified`` finds the one sibling whose text starts with it,
so a public citation parses and resolves to exactly the node it was
printed from (tests/test_public_citations.py walks the question grid).
"""

from __future__ import annotations

import re

OPEN, CLOSE, ELLIPSIS = "“", "”", "…"
_MIN_WORDS = 8
_SPACE = re.compile(r"\s+")


def split_label(label: str) -> tuple[str, str, str | None]:
    """``"3#2"`` -> ("3", "2", None); ``'3 (“Kedudukan”)'`` -> ("3", "", "Kedudukan")."""
    heading = None
    if label.endswith(")") and " (" in label:
        head, _, rest = label.partition(" (")
        inner = rest[:-1].strip()
        if inner[:1] in (OPEN, '"') and inner[-1:] in (CLOSE, '"') and len(inner) >= 2:
            label, heading = head, inner[1:-1].strip()
    base, _, dup = label.partition("#")
    return base, dup, heading


def qualified(base: str, heading: str) -> str:
    """The label of a step qualified by its heading."""
    return f"{base} ({OPEN}{heading}{CLOSE})"


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def heading_text(node) -> str:
    """The text a step's heading is taken from: the provision's own text,
    or for a table (whose caption repeats) the heading it appears under."""
    if node.kind == "tabel" and node.parent is not None:
        return node.parent.text or ""
    return node.text or ""


def matches(heading: str, node) -> bool:
    """The node's heading text starts with ``heading`` (an ellipsis at its
    end marks a cut: what precedes it must start the text)."""
    wanted = _norm(heading.rstrip(ELLIPSIS).rstrip())
    return bool(wanted) and _norm(heading_text(node)).startswith(wanted)


def namesakes(doc, path) -> list:
    """Every sibling of the node at ``path`` that bears its number, the node
    included, in document order (``3``, ``3#2``, ``3#3`` ...)."""
    *prefix, (kind, label) = path
    base = split_label(label)[0]
    out, n = [], 1
    while True:
        step = base if n == 1 else f"{base}#{n}"
        node = doc._by_path.get(tuple(prefix) + ((kind, step),))
        if node is None and n > 1:
            return out
        if node is not None:
            out.append(node)
        n += 1


def _heading(node, others: list) -> str:
    """As few first words of the node's heading text as make it unique among
    ``others``: at least its first line, or its first eight words; a cut
    before the end of the first line (or inside a later line) ends in "…"."""
    lines = [line.split() for line in heading_text(node).strip().split("\n")]
    words = [w for line in lines for w in line]
    first = len(lines[0]) if lines else 0
    for k in range(max(1, min(first, _MIN_WORDS)), len(words) + 1):
        cut = " ".join(words[:k]) + ("" if k in (first, len(words)) else " " + ELLIPSIS)
        if not any(matches(cut, o) for o in others):
            return cut
    return " ".join(words)          # not unique by its text (the test would say so)


def public_path(doc, path) -> tuple:
    """The path with each repeated number qualified by its heading."""
    out = []
    for i, (kind, label) in enumerate(path):
        base, dup, _ = split_label(label)
        sibs = namesakes(doc, path[: i + 1]) if kind not in ("document",) else []
        if len(sibs) > 1:
            node = doc._by_path.get(tuple(path[: i + 1]))
            others = [s for s in sibs if s is not node]
            out.append((kind, qualified(base, _heading(node, others))))
        else:
            out.append((kind, label))
    return tuple(out)


def public_cite(doc, node) -> str:
    """The citation of ``node`` as the text numbers it (see module docstring)."""
    from .cite import canonical_cite

    path = node.path
    if not any(doc._by_path.get(tuple(path[:i]) + ((k, split_label(v)[0] + "#2"),))
               for i, (k, v) in enumerate(path)):
        return node.cite
    return canonical_cite(public_path(doc, node.path))


def public_cites(doc) -> dict[str, str]:
    """Internal citation -> public citation, for every node whose differ."""
    out = {}
    for node in doc.nodes():
        if node.cite:
            public = public_cite(doc, node)
            if public != node.cite:
                out[node.cite] = public
    return out


def resolve_qualified(doc, path):
    """The node a path with headings names (None when no step, or more than
    one, fits): each qualified step picks the one sibling of that number
    whose heading text starts with the heading given."""
    prefix: tuple = ()
    node = None
    for kind, label in path:
        base, dup, heading = split_label(str(label))
        if heading is None:
            prefix = prefix + ((str(kind), str(label)),)
            node = doc._by_path.get(prefix)
        else:
            fits = [n for n in namesakes(doc, prefix + ((str(kind), base),))
                    if dup in ("", split_label(n.path[-1][1])[1]) and matches(heading, n)]
            node = fits[0] if len(fits) == 1 else None
            prefix = node.path if node is not None else prefix + ((str(kind), str(label)),)
        if node is None:
            return None
    return node


__all__ = ["public_cite", "public_cites", "public_path", "qualified", "resolve_qualified",
           "split_label"]
