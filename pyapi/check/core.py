"""``check(text)``: every finding of the draft checker on one regulation text.

The draft is parsed with the structure parser (pyapi.structure) and every
check reads that one Document: references are resolved in the draft itself,
from the provision they are written in, never against an enacted text.
"""

from __future__ import annotations

import time
from functools import cached_property

from ..structure import Document, Node, StructureError, parse
from ..structure.lines import source_lines
from .model import Finding, Report

BODY_KINDS = ("bab", "bagian", "paragraf", "pasal")
_NOISE = " \t-*#"


class Draft:
    """A parsed draft with what the checks need to place their findings."""

    def __init__(self, text: str, doc: Document):
        self.text = text
        self.doc = doc
        self.raw = source_lines(text)

    # -- the parts of the draft ------------------------------------------------------
    @cached_property
    def body(self) -> list[Node]:
        """Every node of the batang tubuh (BAB ... Pasal ... angka), document order."""
        return [n for n in self.doc.nodes() if n.path and n.path[0][0] in BODY_KINDS]

    @cached_property
    def own_body(self) -> list[Node]:
        """The batang tubuh without what an amending article (``Pasal I``) quotes
        from the regulation it amends: those words and references belong to
        the amended text, not to this one."""
        return [n for n in self.body
                if not (n.path[0][0] == "pasal" and not n.path[0][1][:1].isdigit()
                        and len(n.path) > 1)]

    @cached_property
    def pasal(self) -> list[Node]:
        return [n for n in self.body if n.kind == "pasal" and len(n.path) == 1]

    # -- places ------------------------------------------------------------------------
    def marker_at(self, node: Node) -> tuple[int | None, int | None]:
        """Line and column of the node's marker (its first line)."""
        if not node.lines:
            return None, None
        no = node.lines[0]
        raw = self.raw[no - 1] if 0 < no <= len(self.raw) else ""
        return no, len(raw) - len(raw.lstrip(_NOISE)) + 1

    def place(self, node: Node, offset: int) -> tuple[int | None, int | None]:
        """Line and column of character ``offset`` of ``node.text``."""
        if not node.text:
            return self.marker_at(node)
        index = node.text.count("\n", 0, offset)
        start = node.text.rfind("\n", 0, offset) + 1
        spots = self._segments(node)
        if index < len(spots) and spots[index] is not None:
            no, col = spots[index]
            return no, col + offset - start
        return self.marker_at(node)

    def _segments(self, node: Node) -> list[tuple[int, int] | None]:
        cache = self.__dict__.setdefault("_segment_cache", {})
        key = id(node)
        if key not in cache:
            out: list[tuple[int, int] | None] = []
            lines = list(node.lines)
            i = 0
            for segment in node.text.split("\n"):
                spot = None
                for j in range(i, len(lines)):
                    raw = self.raw[lines[j] - 1]
                    k = raw.find(segment)
                    if k >= 0:
                        spot, i = (lines[j], k + 1), j + 1
                        break
                out.append(spot)
            cache[key] = out
        return cache[key]

    def document_summary(self) -> dict:
        meta = self.doc.metadata
        ayat = sum(1 for n in self.body if n.kind == "ayat")
        bab = sum(1 for n in self.doc.root.children if n.kind == "bab")
        return {"jenis": meta.get("jenis"), "nomor": meta.get("nomor"),
                "tahun": meta.get("tahun"), "tentang": meta.get("tentang"),
                "counts": {"bab": bab, "pasal": len(self.pasal), "ayat": ayat}}


def check_draft(draft: Draft) -> list[Finding]:
    from . import definitions, drafting, references, structure

    findings: list[Finding] = []
    for module in (structure, references, drafting, definitions):
        findings.extend(module.check(draft))
    findings.sort(key=lambda f: (f.line or 0, f.column or 0, f.rule))
    return findings


def check(text: str, *, kb=None, norms: bool = True, against: str | None = None,
          time_limit: float | None = None) -> Report:
    """Check a draft text.  Raises StructureError (with line and column) when
    the text cannot be read as a regulation.

    With ``kb`` (a started pyapi.kb.KnowledgeBase) the draft's norms are
    checked too (category ``norm``, pyapi/check/norms.py): contradictions
    between its provisions unless ``norms`` is False, and with ``against``
    (a regulation id of ``kb``) what it changes from that regulation.
    ``time_limit`` (seconds, default the engine's) bounds the extraction."""
    doc = parse(text, "draft")
    draft = Draft(text, doc)
    findings = check_draft(draft)
    if kb is not None and (norms or against):
        from . import norms as norm_check

        limit = kb.limits.time_limit if time_limit is None else time_limit
        deadline = time.monotonic() + limit
        extra: list[Finding] = []
        if norms:
            extra += norm_check.conflict_findings(draft, kb.call, deadline)
        if against:
            reg = kb.packages[against]                  # KeyError: an unknown regulation
            extra += norm_check.change_findings(
                draft, kb.call, against, reg.text_path.read_text(encoding="utf-8"),
                kb.documents[against], deadline)
        findings = sorted(findings + extra, key=lambda f: (f.line or 0, f.column or 0, f.rule))
    return Report(draft.document_summary(), findings)


__all__ = ["check", "check_draft", "Draft", "StructureError"]
