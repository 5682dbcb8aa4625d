"""A stack of open list items: where does the next numbered item go?

Without indentation (lost in the PDF conversion), nesting is inferred from
the *style* of each marker (``(1)``, ``a.``, ``1.``, ``1)``, ``a)``, ``A.``,
``I.``, ``i.``, ``1.1``):

1. a style not open yet starts a list nested under the deepest open item;
2. a style open at the top continues that list (a sibling);
3. a style open higher up closes the deeper lists and continues there,
   except when the item restarts its numbering (``1``, ``a``, ``A``) right
   under a heading-like item (an ``A.``/``II.``/``3.1`` item, or one whose
   first line has no final ``.`` or ``;``) that has no list yet: then it opens a new nested list (the usual "A. Unit ... / 1.
   Kedudukan" pattern of the Lampiran);
4. a decimal item ``4.1.2`` goes under the open item numbered ``4.1``;
5. a heading list that restarts (``A.`` or ``I.`` again where an ``A``
   already exists) climbs to the nearest outer level where the label is
   unused (a Lampiran's patterns A-G after its general part).

A label already used among the siblings gets ``#n`` (second ``3.8`` ->
``3.8#2``) and is reported as a duplicate; a jump in numbering is
reported as a gap.  Letters that could be roman numerals (``I.``, ``i.``,
``v.``) and the capital typo ``C.`` for ``c.`` are resolved by which
sequence they continue.
"""

from __future__ import annotations

from .cite import canonical_cite
from .model import Duplicate, Gap, Node
from .sequence import follows, is_first, missing_between, value


class Outline:
    def __init__(self, root: Node, kinds: dict[str, str], report) -> None:
        self.root = root
        self.kinds = kinds            # style -> node kind
        self.report = report          # the ParseReport collecting gaps etc.
        self.stack: list[tuple[str, Node]] = []
        self.last: dict[tuple[int, str], str] = {}   # (id(parent), style) -> last label

    # -- queries -------------------------------------------------------------
    def top(self) -> Node:
        return self.stack[-1][1] if self.stack else self.root

    def _open(self, style: str) -> int | None:
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == style:
                return i
        return None

    def _continues(self, style: str, label: str) -> bool:
        i = self._open(style)
        return i is not None and follows(style, self.stack[i][1].label.split("#")[0], label)

    # -- style resolution ------------------------------------------------------
    def resolve(self, style: str, label: str, line_no: int) -> tuple[str, str]:
        """Pick the style of an ambiguous marker (roman vs letter, typos)."""
        if style == "upper" and label in ("I", "V", "X"):
            if self._continues("upper", label):
                return style, label
            if self._continues("roman", label) or self._open("upper") is None:
                return "roman", label
            return style, label
        if style == "roman_lower" and label in ("i", "v", "x"):
            for letter_style in ("huruf", "butir_alpha"):
                if self._continues(letter_style, label):
                    return letter_style, label
            return style, label
        if style == "upper" and not is_first(style, label) and not self._continues(style, label):
            low = label.lower()
            if self._continues("huruf", low):
                self.report.anomaly(line_no, f'"{label}." read as huruf "{low}." (continues the list)')
                return "huruf", low
        return style, label

    # -- adding items ------------------------------------------------------------
    def _heading_like(self, node: Node) -> bool:
        if self.stack and self.stack[-1][0] in ("upper", "roman", "bab", "decimal2", "decimal3"):
            return True                     # "A." / "II." / "3.1" items are headings
        first = node.text.split("\n")[0].rstrip("*").rstrip()
        return not first.endswith((".", ";")) or first.endswith(":")

    def place(self, style: str) -> Node:
        """Pop the stack for a new item of ``style``; return its parent."""
        i = self._open(style)
        if i is None:
            return self.top()
        if i == len(self.stack) - 1:
            self.stack.pop()
            return self.top()
        del self.stack[i:]
        return self.top()

    def _climb(self, parent: Node, kind: str, label: str) -> Node:
        """A heading list restarting ("A." again) opens a new part at the
        nearest outer level where that label is still unused."""
        node = parent
        while any(c.kind == kind and c.label == label for c in node.children):
            if node is self.root or node.parent is None:
                return parent
            node = node.parent
        if node is not parent:
            while self.stack and self.stack[-1][1] is not node:
                self.stack.pop()
        return node

    def add(self, style: str, label: str, text: str, line_no: int,
            kind: str | None = None) -> Node:
        kind = kind or self.kinds[style]
        i = self._open(style)
        top = self.top()
        owner = self._decimal_owner(label)
        if owner is not None:
            del self.stack[owner + 1:]
            parent = self.stack[owner][1]
        elif (i is not None and i < len(self.stack) - 1 and is_first(style, label)
                and self._heading_like(top)
                and not any(c.kind in self.kinds.values() for c in top.children)):
            parent = top
        else:
            parent = self.place(style)
            if style in ("upper", "roman") and is_first(style, label):
                parent = self._climb(parent, kind, label)
        node = self.attach(parent, kind, style, label, text, line_no)
        self.stack.append((style, node))
        return node

    def _decimal_owner(self, label: str) -> int | None:
        """A "4.1.2" item belongs under the open "4.1" item, however deep
        the lists opened since (the numbering says where it goes)."""
        prefix = label.rsplit(".", 1)[0]
        if "." not in prefix:               # "4.2" under "IV.": left to the style rules
            return None
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][1].label.split("#")[0] == prefix:
                return i
        return None

    def attach(self, parent: Node, kind: str, style: str, label: str, text: str,
               line_no: int, path_base=None, seq_key=None, within: str | None = None,
               taken: set[str] | None = None) -> Node:
        """Create the node under ``parent``; handle duplicates and gaps.
        ``taken``: the labels already used where the node is addressed, when
        that is not among its parent's children (a Pasal is numbered through
        the whole batang tubuh, whatever BAB or Bagian holds it)."""
        assigned = label
        siblings = taken if taken is not None else {c.label for c in parent.children if c.kind == kind}
        n = 1
        while assigned in siblings:
            n += 1
            assigned = f"{label}#{n}"
        base = parent.path if path_base is None else path_base
        path = base + ((kind, assigned),)
        node = Node(kind=kind, label=assigned, text=text, path=path,
                    cite=canonical_cite(path), lines=[line_no], parent=parent)
        parent.children.append(node)
        key = seq_key or (id(parent), style)
        prev = self.last.get(key)
        scope = parent.cite if within is None else within
        if assigned != label:
            self.report.duplicates.append(Duplicate(kind, label, assigned, node.cite, line_no))
        elif value(style, label) is not None:
            if _greater(style, label, prev):
                for miss in missing_between(style, prev, label):
                    self.report.gaps.append(Gap(kind, miss, prev or "", scope, line_no))
        if _greater(style, label, prev):
            self.last[key] = label
        return node


def _greater(style: str, label: str, prev: str | None) -> bool:
    """``label`` is beyond ``prev`` in its sequence (True when no ``prev``)."""
    if prev is None:
        return True
    a, b = value(style, prev), value(style, label)
    if a is None or b is None or type(a) is not type(b):
        return False
    return b > a
