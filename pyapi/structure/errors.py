"""Errors raised by the structure parser."""

from __future__ import annotations


class StructureError(ValueError):
    """The text is empty, not a regulation, or its structure is broken.

    ``line`` and ``column`` are 1-based and may be None when the problem is
    not tied to one place (e.g. an empty file).
    """

    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        self.message = message
        self.line = line
        self.column = column
        where = ""
        if line is not None:
            where = f" (line {line}" + (f", column {column}" if column else "") + ")"
        super().__init__(message + where)
