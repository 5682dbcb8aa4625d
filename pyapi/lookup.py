"""One provision named by a citation: the common step of the norm check,
the provisions endpoint and ``perbup show``."""

from __future__ import annotations

import re

from .citation.errors import CitationSyntaxError
from .citation.model import Range
from .citation.parser import parse
from .structure import canonical_cite
from .structure.model import Path


class NotOneProvision(ValueError):
    """The citation parses but does not name exactly one provision."""


_BARE_AYAT = re.compile(r"\b(ayat)\s+(\d+)(?!\s*\()", re.IGNORECASE)


def _parse_query(cite: str):
    """Parse a user's citation; a bare "ayat 2" (not a drafting form) is read
    as "ayat (2)", so queries need not spell the number."""
    try:
        return parse(cite)
    except CitationSyntaxError as original:
        lenient = _BARE_AYAT.sub(r"\1 (\2)", cite)
        if lenient != cite:
            try:
                return parse(lenient)
            except CitationSyntaxError:
                pass
        raise original


def single_path(cite: str) -> Path:
    """The path of the one provision ``cite`` names.

    Raises CitationSyntaxError (with column and expected words) when the
    phrase does not parse, NotOneProvision when it names a list, a range, a
    relative target or another regulation.
    """
    citation = _parse_query(cite)
    if len(citation.items) != 1 or isinstance(citation.items[0], Range):
        raise NotOneProvision("sebutkan tepat satu ketentuan")
    target = citation.items[0]
    if target.is_relative:
        raise NotOneProvision("kutipan harus dimulai dengan Pasal, Lampiran, Menimbang atau Mengingat")
    if citation.designator is not None and not citation.designator.this:
        raise NotOneProvision("kutipan menunjuk peraturan lain")
    return target.path


def canonical(cite: str) -> str:
    """The canonical form of a citation of one provision."""
    return canonical_cite(single_path(cite))


__all__ = ["CitationSyntaxError", "NotOneProvision", "canonical", "single_path"]
