"""Prolog terms in Python, printed as SWI-Prolog's ``~q`` prints them.

A term is an ``int``, an atom (``str``), a string (``Str``), a list
(``list``) or a compound ``("functor", arg, ...)`` (a ``tuple``).
"""

from __future__ import annotations


class Str(str):
    """A Prolog string (printed in double quotes)."""


class Ref(int):
    """Another norm of the same extraction, by its place (1 for the first):
    printed as that norm's id, the prefix followed by the place."""


def _atom(a: str) -> str:
    if a == "[]" or (a[:1].islower() and a.replace("_", "a").isalnum() and a.isascii()):
        return a
    return "'" + a.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _string(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def show(t, ref: str = "x") -> str:
    """The term as ``format("~q", [T])`` prints it; a norm of the same
    extraction (``Ref``) as ``ref`` and its place (``x3``)."""
    if isinstance(t, Ref):
        return f"{ref}{int(t)}"
    if isinstance(t, Str):
        return _string(t)
    if isinstance(t, bool):
        raise TypeError(t)
    if isinstance(t, int):
        return str(t)
    if isinstance(t, str):
        return _atom(t)
    if isinstance(t, list):
        return "[" + ",".join(show(x, ref) for x in t) + "]"
    if isinstance(t, tuple):
        return _atom(t[0]) + "(" + ",".join(show(x, ref) for x in t[1:]) + ")"
    raise TypeError(f"not a term: {t!r}")
