"""Value types of the citation mini-language.

A citation is what a drafter writes to point at provisions:
``sebagaimana dimaksud dalam Pasal 10 ayat (2) huruf a dan huruf b``.
It is parsed into a frozen, hashable :class:`Citation`:

* ``items``: the listed targets, in order; each a :class:`Target` (a partial
  path, as written) or a :class:`Range` ("Pasal 9 sampai dengan Pasal 17");
* ``designator``: the regulation named after the targets, if any
  ("Peraturan Bupati Sleman Nomor 52 Tahun 2024", "Peraturan Bupati ini");
* ``preposition``: ``"pada"`` or ``"dalam"`` when the phrase is framed
  ("sebagaimana dimaksud pada ...").

A target keeps the elision of the text: in ``Pasal 10 ayat (2) huruf a dan
huruf b`` the second target is the partial path ``(("huruf", "b"),)``; the
resolver completes it from the previous target (or from the citing provision).
Paths use the ``(kind, label)`` steps of :mod:`pyapi.structure.model`.
"""

from __future__ import annotations

from dataclasses import dataclass

from pyapi.structure.model import Path

# Kinds that start an absolute path; any other first kind is relative to the
# previous target of the list or to the citing provision.
ABSOLUTE_KINDS = frozenset({"pasal", "lampiran", "menimbang", "mengingat"})


@dataclass(frozen=True)
class Target:
    """A partial path as written, e.g. ``(("ayat", "1"), ("huruf", "c"))``."""

    path: Path

    @property
    def is_relative(self) -> bool:
        return self.path[0][0] not in ABSOLUTE_KINDS

    @property
    def kind(self) -> str:
        """Kind of the deepest step (what the target designates)."""
        return self.path[-1][0]


@dataclass(frozen=True)
class Range:
    """``start sampai dengan end``; ``end`` may be elided like a list item."""

    start: Target
    end: Target


Item = Target | Range


@dataclass(frozen=True)
class Designator:
    """The regulation a citation names.

    ``jenis`` is canonical ("Peraturan Bupati" for "Perbup"); ``nama`` the
    words after it ("Sleman", "Pendayagunaan Aparatur Negara dan Reformasi
    Birokrasi"); ``nomor``/``tahun`` as written. ``this`` is "Peraturan Bupati ini".
    """

    jenis: str
    nama: str | None = None
    nomor: str | None = None
    tahun: str | None = None
    this: bool = False
    code: bool = False     # a code named by its title alone (Kitab Undang-Undang Hukum Pidana)

    def __post_init__(self) -> None:
        if not self.this and not self.code and not self.tahun:
            raise ValueError("a regulation is designated with its Tahun, or as 'ini'")


@dataclass(frozen=True)
class Citation:
    items: tuple[Item, ...] = ()
    designator: Designator | None = None
    preposition: str | None = None   # "pada" | "dalam" | None

    def __post_init__(self) -> None:
        if not self.items and self.designator is None:
            raise ValueError("a citation names at least one target or a regulation")
        if self.preposition not in (None, "pada", "dalam"):
            raise ValueError(f"preposition must be 'pada' or 'dalam', not {self.preposition!r}")

    def targets(self) -> tuple[Target, ...]:
        """Every written target, range ends included, in order."""
        out: list[Target] = []
        for item in self.items:
            out.extend((item.start, item.end) if isinstance(item, Range) else (item,))
        return tuple(out)
