"""Path arithmetic: completing elided/relative targets and ordering labels.

No document is needed here; the resolver checks the results against one.
"""

from __future__ import annotations

import re

from pyapi.structure.model import Path

from .model import Citation, Range, Target

# Depth of the batang tubuh kinds; kinds not listed (lampiran, tabel, bab,
# menimbang, ...) are containers kept in front of any relative target.
_RANK = {"pasal": 0, "ayat": 1, "huruf": 2, "angka": 3, "butir": 4}


def graft(base: Path, relative: Path) -> Path:
    """Complete ``relative`` from ``base``: ``ayat (1)`` at Pasal 7 ayat (4) is Pasal 7 ayat (1).

    The relative path replaces the last step of ``base`` of its own kind
    (for a "huruf a)" item: else the last huruf step);
    when ``base`` has no such step it is appended below the steps ranked
    above it (``huruf a`` at Pasal 3 is Pasal 3 huruf a).
    """
    kind, label = relative[0]
    # "huruf a)" also names a list item the text numbers "a." (and "angka 1)" one numbered "1.")
    kinds = (kind, "angka" if label[:1].isdigit() else "huruf") if kind == "butir" else (kind,)
    for same in kinds:
        for i in range(len(base) - 1, -1, -1):
            if base[i][0] == same:
                return base[:i] + relative
    rank = _RANK.get(kind, -1)
    keep = 0
    while keep < len(base) and _RANK.get(base[keep][0], -1) < rank:
        keep += 1
    return base[:keep] + relative


def absolute_items(citation: Citation, at: Path | None) -> tuple[tuple[Range | Target, ...], bool]:
    """Every item with a full path, and whether a relative target lacked an anchor.

    A relative item continues the previous item ("Pasal 10 ayat (2) huruf a
    dan huruf b"); the first relative item, with nothing before it, hangs
    from the citing provision ``at``.
    """
    out: list[Range | Target] = []
    previous: Path | None = None
    unanchored = False

    def complete(target: Target, base: Path | None) -> Target:
        nonlocal unanchored
        if not target.is_relative:
            return target
        if base is None:
            unanchored = True
            return target
        return Target(graft(base, target.path))

    for item in citation.items:
        if isinstance(item, Range):
            start = complete(item.start, previous if previous is not None else at)
            end = complete(item.end, start.path)
            out.append(Range(start, end))
            previous = end.path
        else:
            target = complete(item, previous if previous is not None else at)
            out.append(target)
            previous = target.path
    return tuple(out), unanchored


_NUMBER = re.compile(r"^(\d+(?:\.\d+)*)([A-Z]?)$")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def _roman(label: str) -> int | None:
    if not label or any(ch not in _ROMAN for ch in label):
        return None
    total = 0
    for ch, nxt in zip(label, label[1:] + " "):
        value = _ROMAN[ch]
        total += -value if nxt in _ROMAN and _ROMAN[nxt] > value else value
    return total


_ROMAN_KINDS = frozenset({"lampiran", "bab"})


def label_key(label: str, kind: str = "") -> tuple:
    """Sort key of a label: numbers numerically, roman numerals (of a
    Lampiran or BAB) by value, letters alphabetically."""
    match = _NUMBER.match(label)
    if match:
        return (0, tuple(int(p) for p in match.group(1).split(".")), match.group(2))
    roman = _roman(label) if kind in _ROMAN_KINDS else None
    if roman is not None:
        return (1, (roman,), "")
    return (2, (len(label),), label.lower())
