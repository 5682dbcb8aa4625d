"""The knowledge base: the engine loaded with the rules and every regulation.

Start-up runs the one-way pipeline for each regulation: text -> structure
(pyapi.structure) -> facts (a module per document in Prolog) -> norms
(regencies/<id>/norms.pl) whose citations are checked before anything is
answered.  Any problem on the way stops the start with a message naming
the file, line or citation.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .answers import Answers, cache_bytes_from_env
from .engine import RULE_FILES, Engine, Limits, LoadError, limits_from_env
from .normcheck import check_norms
from . import startcache
from . import regulations
from .regulations import Regulation
from .structure import Document, parse



def document_rows(doc: Document) -> dict:
    """The facts of one document, as sent to kb/structure.pl."""
    ids: dict[int, int] = {}
    rows = []
    for i, node in enumerate(doc.nodes()):
        ids[id(node)] = i
        parent = ids[id(node.parent)] if node.parent is not None else None
        rows.append([i, node.kind, node.label, parent, node.cite, node.text])
    meta = {k: v for k, v in doc.metadata.items() if isinstance(v, (str, int))}
    return {"doc": doc.regency, "meta": meta, "nodes": rows}


def _parsed(reg: Regulation) -> Document:
    """The structure of a regulation's text (kept between starts, see startcache)."""
    text = reg.text_path.read_bytes()
    return startcache.memo(f"structure-{reg.id}", text,
                           lambda: parse(text.decode("utf-8"), reg.id))


def _label_table(terms: list[dict]) -> dict[str, str]:
    return {t["id"]: t["label"] for t in terms}


@dataclass
class KnowledgeBase:
    regencies: tuple[str, ...] | None = None   # None: every package under the root
    root: Path | None = None                   # None: pyapi.regulations.root()
    limits: Limits = field(default_factory=limits_from_env)
    extra_files: tuple[Path, ...] = ()
    engine: Engine | None = None
    documents: dict[str, Document] = field(default_factory=dict)
    packages: dict[str, Regulation] = field(default_factory=dict)
    load_seconds: float = 0.0
    norm_count: int = 0
    cache_bytes: int = field(default_factory=cache_bytes_from_env)
    answers: Answers | None = None
    _status: dict = field(default_factory=dict)
    _labels: dict | None = None

    def start(self) -> "KnowledgeBase":
        started = time.perf_counter()
        # Prolog consults the rules in its own thread while Python reads the
        # texts (an engine handed in may have begun already: pyapi.boot).
        if self.engine is None:
            self.engine = Engine(RULE_FILES + list(self.extra_files), self.limits)
        self.engine.begin()
        try:
            self.packages = self._packages()
            self.regencies = tuple(self.packages)
            documents = {r: _parsed(reg) for r, reg in self.packages.items()}
            self.engine.wait_started()
            for regency, doc in documents.items():
                self._load_regency(self.packages[regency], doc)
            self._check_norms()
            # Counted once: what /healthz reports does not change after start.
            self._status = self.engine.call("status", admin=True)
        except BaseException:
            self.engine.stop()
            raise
        self.answers = Answers(self.engine.submit, self.cache_bytes)
        self.load_seconds = time.perf_counter() - started
        return self

    def stop(self) -> None:
        if self.engine is not None:
            self.engine.stop()

    def _packages(self) -> dict[str, Regulation]:
        found = {reg.id: reg for reg in regulations.discover(self.root)}
        wanted = self.regencies if self.regencies is not None else tuple(found)
        unknown = [r for r in wanted if r not in found]
        if unknown:
            raise regulations.PackageError(
                f"unknown regulation {', '.join(unknown)}; known: {', '.join(found)}")
        return {r: found[r] for r in wanted}

    def _load_regency(self, reg: Regulation, doc: Document) -> None:
        self.documents[reg.id] = doc
        module = self.engine.call("load_regulation", {
            "id": reg.id, "label": reg.region, "label_en": reg.region_en}, admin=True)["module"]
        self.engine.call("load_document", document_rows(doc), admin=True)
        for path in (reg.norms_path, reg.vocabulary_path):
            if path.exists():
                self.engine.load(path, module)

    def _check_norms(self) -> None:
        # The rows are a function of the Prolog files loaded, so a check kept
        # from an earlier start with the same files and texts is reused whole.
        files = list(self.engine.files)
        for reg in self.packages.values():
            files += [reg.folder / regulations.MANIFEST, reg.text_path, reg.norms_path,
                      reg.vocabulary_path]
        inputs = b"".join(str(f).encode() + b"\0" + Path(f).read_bytes() for f in files
                          if Path(f).exists())
        sources = startcache.memo("norm-check", inputs, lambda: check_norms(
            self.engine.call("norms", {"regency": None}, admin=True), self.documents))
        self.engine.call("norm_sources", {"sources": sources}, admin=True)
        self.norm_count = len(sources)

    # -- queries -----------------------------------------------------------

    def call(self, op: str, args: dict | None = None) -> Any:
        return self.engine.call(op, args)

    async def araw(self, op: str, args: dict | None = None, until=None) -> bytes:
        """The result's JSON bytes, memoised (see pyapi.answers)."""
        return await self.answers.get(op, args, until)

    def labels(self) -> dict[str, str]:
        """Id -> Indonesian label, for renderings (cached: the vocabulary is fixed)."""
        if self._labels is None:
            self._labels = _label_table(self.call("vocabulary"))
        return self._labels

    async def alabels(self) -> dict[str, str]:
        if self._labels is None:
            self._labels = _label_table(json.loads(await self.araw("vocabulary")))
        return self._labels

    def health(self) -> dict:
        """What was loaded, computed at start: answering it touches no engine."""
        return {
            "status": "ok",
            "swipl_version": self._status["swipl_version"],
            "regulations": list(self.regencies),
            "clauses": self._status["clauses"],
            "norms": self.norm_count,
            "load_seconds": round(self.load_seconds, 3),
        }

    def readiness(self) -> dict:
        """Whether a request would be taken now: the engine thread is alive
        and its queue has room (read from Python, no engine call)."""
        engine = self.engine
        alive = engine is not None and engine.alive
        waiting = engine.waiting if engine is not None else 0
        limit = self.limits.queue_limit
        return {
            "status": "ready" if alive and waiting < limit else "unavailable",
            "engine_alive": alive,
            "queue": {"waiting": waiting, "limit": limit,
                      "ran": engine.ran if engine else 0,
                      "dropped": engine.dropped if engine else 0},
            "cache": self.answers.stats() if self.answers else None,
        }


__all__ = ["KnowledgeBase", "LoadError", "document_rows"]
