"""Numbering schemes: the value of a label and which label comes next.

Styles (how a marker is written) are mapped to a numbering family:
``num`` (1, 2, 3), ``lower`` (a, b, ..., z, aa), ``upper`` (A, B),
``roman`` (I, II), ``roman_lower`` (i, ii), ``ordinal`` (Kesatu, Kedua),
``decimal`` (1.1, 3.12, 4.1.2).
"""

from __future__ import annotations

FAMILY = {
    "ayat": "num", "ayat_word": "num", "angka": "num", "butir_num": "num", "pasal": "num",
    "paragraf": "num",
    "huruf": "lower", "butir_alpha": "lower",
    "upper": "upper",
    "roman": "roman", "bab": "roman",
    "roman_lower": "roman_lower",
    "bagian": "ordinal",
    "decimal": "decimal", "tabel": "decimal",
    "decimal2": "decimal", "decimal3": "decimal", "decimal4": "decimal",
}

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ORDINALS = ["satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
             "sembilan", "sepuluh", "sebelas"]


def roman_value(label: str) -> int | None:
    total, prev = 0, 0
    for ch in reversed(label.upper()):
        v = _ROMAN.get(ch)
        if v is None:
            return None
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total or None


def to_roman(n: int) -> str:
    out = ""
    for v, s in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"),
                 (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out, n = out + s, n - v
    return out


def letter_value(label: str) -> int | None:
    """a=1 .. z=26, aa=27, bb=28 (drafters double the letter after z)."""
    lab = label.lower()
    if not lab.isalpha():
        return None
    if len(lab) == 1:
        return ord(lab) - 96
    if len(lab) == 2 and lab[0] == lab[1]:
        return 26 + ord(lab[0]) - 96
    return None


def to_letter(n: int) -> str:
    return chr(96 + n) if n <= 26 else chr(96 + n - 26) * 2


def ordinal_value(label: str) -> int | None:
    word = label.lower()
    if not word.startswith("ke"):
        return None
    word = word[2:]
    if word == "satu":
        return 1
    if word.endswith("belas"):
        base = word[:-5].strip()
        return 10 + _ORDINALS.index(base) + 1 if base in _ORDINALS else None
    return _ORDINALS.index(word) + 1 if word in _ORDINALS else None


def to_ordinal(n: int) -> str:
    if n == 1:
        return "Kesatu"
    if n <= 11:
        return "Ke" + _ORDINALS[n - 1]
    return "Ke" + _ORDINALS[n - 11] + " belas"


def value(style: str, label: str):
    """Comparable value of a label in its family (int, or tuple for decimals)."""
    label = label.split("#")[0]
    fam = FAMILY.get(style, style)
    if fam == "num":
        return int(label) if label.isdigit() else None
    if fam in ("lower", "upper"):
        return letter_value(label)
    if fam in ("roman", "roman_lower"):
        return roman_value(label)
    if fam == "ordinal":
        return ordinal_value(label)
    if fam == "decimal":
        parts = label.split(".")
        return tuple(int(p) for p in parts) if all(p.isdigit() for p in parts) else None
    return None


def render(style: str, n: int) -> str:
    fam = FAMILY.get(style, style)
    if fam == "num":
        return str(n)
    if fam == "lower":
        return to_letter(n)
    if fam == "upper":
        return to_letter(n).upper()
    if fam == "roman":
        return to_roman(n)
    if fam == "roman_lower":
        return to_roman(n).lower()
    if fam == "ordinal":
        return to_ordinal(n)
    return str(n)


def is_first(style: str, label: str) -> bool:
    v = value(style, label)
    if isinstance(v, tuple):
        return v[-1] == 1
    return v == 1


def follows(style: str, prev: str, label: str) -> bool:
    """True when ``label`` is the label right after ``prev`` in the style."""
    a, b = value(style, prev), value(style, label)
    if a is None or b is None:
        return False
    if isinstance(a, tuple):
        return len(a) == len(b) and a[:-1] == b[:-1] and b[-1] == a[-1] + 1
    return b == a + 1


def missing_between(style: str, prev: str | None, label: str) -> list[str]:
    """Labels skipped between ``prev`` (None: start of list) and ``label``."""
    b = value(style, label)
    if b is None:
        return []
    if isinstance(b, tuple):
        a = value(style, prev) if prev else None
        if a is None or len(a) != len(b) or a[:-1] != b[:-1]:
            start = 1 if a is None or a[:-1] != b[:-1] else a[-1] + 1
        else:
            start = a[-1] + 1
        return [".".join(map(str, b[:-1] + (i,))) for i in range(start, b[-1])]
    a = value(style, prev) if prev else 0
    if a is None:
        return []
    return [render(style, i) for i in range(a + 1, b)]
