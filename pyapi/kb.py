"""The knowledge base: the engine loaded with the rules and every regulation.

Start-up runs the one-way pipeline for each regulation: text -> structure
(pyapi.structure) -> facts (a module per document in Prolog) -> norms
(regencies/<id>/norms.pl) whose citations are checked before anything is
answered.  Any problem on the way stops the start with a message naming
the file, line or citation.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import concurrent.futures

from .answers import Answers, cache_bytes_from_env
from .contract import CONTRACT_OPS, Contract
from .engine import RULE_FILES, Engine, EngineError, Limits, LoadError, limits_from_env, swipl_program
from . import startcache
from . import regulations
from .regulations import Regulation
from .structure import Document, parse


log = logging.getLogger("perbup.startcache")


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


class Documents(Mapping):
    """The structure of every regulation, by id, parsed (or read from the
    start cache) on first use: a start that loads every regulation from its
    saved form never needs them, and a server needs one only to cite."""

    def __init__(self, packages: dict[str, Regulation]):
        self._packages = packages
        self._parsed: dict[str, Document] = {}
        self._lock = threading.Lock()

    def __getitem__(self, regency: str) -> Document:
        doc = self._parsed.get(regency)
        if doc is None:
            reg = self._packages[regency]           # KeyError for an unknown id
            with self._lock:
                doc = self._parsed.get(regency)
                if doc is None:
                    doc = self._parsed[regency] = _parsed(reg)
        return doc

    def __iter__(self):
        return iter(self._packages)

    def __len__(self) -> int:
        return len(self._packages)


def _label_table(terms: list[dict]) -> dict[str, str]:
    return {t["id"]: t["label"] for t in terms}


@dataclass
class KnowledgeBase:
    regencies: tuple[str, ...] | None = None   # None: every package under the root
    root: Path | None = None                   # None: pyapi.regulations.root()
    limits: Limits = field(default_factory=limits_from_env)
    extra_files: tuple[Path, ...] = ()
    engine: Engine | None = None
    documents: Mapping[str, Document] = field(default_factory=dict)
    packages: dict[str, Regulation] = field(default_factory=dict)
    load_seconds: float = 0.0
    norm_count: int = 0
    cache_bytes: int = field(default_factory=cache_bytes_from_env)
    answers: Answers | None = None
    _status: dict = field(default_factory=dict)
    saved: bool = True                          # False: load every regulation from its files
    _labels: dict | None = None
    _terms: dict = field(default_factory=dict)
    _unsaved: list = field(default_factory=list)
    contract: Contract | None = None

    def start(self) -> "KnowledgeBase":
        started = time.perf_counter()
        # Prolog consults the rules in its own thread while Python reads the
        # packages (an engine handed in may have begun already: pyapi.boot).
        if self.engine is None:
            self.engine = Engine(RULE_FILES + list(self.extra_files), self.limits)
        self.engine.begin()
        try:
            self.packages = self._packages()
            self.regencies = tuple(self.packages)
            self.documents = Documents(self.packages)
            self.engine.wait_started()
            rules = b"".join(str(f).encode() + b"\0" + Path(f).read_bytes()
                             for f in self.engine.files)
            problems: list = []
            for reg in self.packages.values():
                problems += self._load_regulation(reg, rules)
            if problems:
                from .normcheck import NormError

                raise NormError(problems)
            self._compile_saved()
            self.contract = self._contract()
            self.norm_count = self.engine.call("norm_count", admin=True)
            # Counted once: what /healthz reports does not change after start.
            self._status = self.engine.call("status", admin=True)
            self.engine.serving()
        except BaseException:
            self.engine.stop()
            raise
        self.answers = Answers(self._submit, self.cache_bytes)
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

    def _load_regulation(self, reg: Regulation, rules: bytes) -> list:
        """Load one regulation: its saved form when an earlier start left one
        for the same files, rules and code, else from its files (then save
        it).  Returns the problems of its norms (nothing is saved then)."""
        stem = None
        if self.saved:
            inputs = rules + b"".join(str(f).encode() + b"\0" + f.read_bytes()
                                      for f in reg.files() if f.exists())
            stem = startcache.stem(f"regulation-{reg.id}", inputs)
        label = {"id": reg.id, "label": reg.region, "label_en": reg.region_en}
        if stem is not None and stem.with_name(stem.name + ".qlf").exists():
            try:
                self.engine.call("load_saved_regulation", {
                    **label, "qlf": str(stem) + ".qlf", "module": f"saved:{stem.name}"},
                    admin=True)
                return []
            except EngineError:        # unreadable: load from the files instead
                pass
        module = self.engine.call("load_regulation", label, admin=True)["module"]
        self.engine.call("load_document", document_rows(self.documents[reg.id]), admin=True)
        for path in (reg.norms_path, reg.vocabulary_path):
            if path.exists():
                self.engine.load(path, module)
        from .normcheck import NormError, check_norms    # imports the citation parser

        try:
            sources = check_norms(self.engine.call("norms", {"regency": reg.id}, admin=True),
                                  self.documents)
        except NormError as exc:
            return exc.norm_problems
        try:        # where the text uses its aliases: checked as norms are
            check_norms(self.engine.call("alias_sources", {"regency": reg.id}, admin=True),
                        self.documents)
        except NormError as exc:
            return exc.norm_problems
        self.engine.call("norm_sources", {"regency": reg.id, "sources": [
            {"id": s["id"], "cite": s["cite"]} for s in sources]}, admin=True)
        if stem is not None:
            self._save(reg, stem)
        return []

    def _save(self, reg: Regulation, stem: Path) -> None:
        """Write the regulation's saved form, to be compiled after the load
        (a cache that cannot be written is no error)."""
        source = stem.with_name(f"{stem.name}.{os.getpid()}.{threading.get_ident()}.pl")
        try:
            stem.parent.mkdir(parents=True, exist_ok=True)
            self.engine.call("save_regulation", {"id": reg.id, "file": str(source),
                                                 "module": f"saved:{stem.name}"}, admin=True)
            self._unsaved.append((source, stem.with_name(stem.name + ".qlf")))
        except (OSError, EngineError):
            source.unlink(missing_ok=True)

    def _compile_saved(self) -> None:
        """Compile the saved forms written by this start to .qlf, in one
        ``swipl`` process, and publish them in the start cache."""
        if not self._unsaved:
            return
        sources = [str(source) for source, _ in self._unsaved]
        try:
            done = subprocess.run(
                [swipl_program(), "-q", "-g",
                 "current_prolog_flag(argv, Fs), forall(member(F, Fs), "
                 "catch(qcompile(F), E, print_message(error, E)))",
                 "-t", "halt", "--", *sources],
                stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=600)
            for source, target in self._unsaved:
                built = source.with_suffix(".qlf")
                if built.exists():
                    startcache.publish(built, target)
                else:
                    log.warning("start cache: %s was not compiled (swipl exit %s): %s",
                                source, done.returncode, done.stderr[-2000:])
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("start cache: saved forms not compiled: %s", exc)
        finally:
            for source, _ in self._unsaved:
                source.unlink(missing_ok=True)
                source.with_suffix(".qlf").unlink(missing_ok=True)
            self._unsaved = []

    def _contract(self) -> Contract:
        """What the answer contract needs (pyapi/contract.py): the rules'
        question table, the vocabulary, and each regulation's public
        citations (kept between starts with the text they come from)."""
        from .structure.public import public_cites

        public = {}
        for reg in self.packages.values():
            public[reg.id] = startcache.memo(
                f"public-{reg.id}", reg.text_path.read_bytes(),
                lambda r=reg.id: public_cites(self.documents[r]))
        return Contract(self.engine.call("contract"), self.engine.call("vocabulary"), public)

    # -- queries -----------------------------------------------------------

    def call(self, op: str, args: dict | None = None) -> Any:
        """One operation's result; the answer routes' through the contract
        (aliases resolved before, holders and public citations after)."""
        if op not in CONTRACT_OPS or self.contract is None:
            return self.engine.call(op, args)
        prepared, resolved = self.contract.prepare(op, args)
        return self.contract.finish(op, prepared, resolved, self.engine.call(op, prepared))

    def internal_cite(self, regency: str, cite: str | None) -> str | None:
        """The key the engine knows a provision by: a public citation that
        names the heading of a repeated number resolves to its node's
        internal citation (``#n``); any other is its own key."""
        if cite is None or "(“" not in cite:
            return cite
        from .lookup import single_path

        node = self.documents[regency].get(single_path(cite))
        return node.cite if node is not None else cite

    def _submit(self, op: str, args: dict | None = None) -> concurrent.futures.Future:
        """The engine's submit, through the contract for the answer routes:
        the memo keeps the finished bytes."""
        if op not in CONTRACT_OPS or self.contract is None:
            return self.engine.submit(op, args)
        prepared, resolved = self.contract.prepare(op, args)
        contract = self.contract
        return _Mapped(self.engine.submit(op, prepared),
                       lambda body: contract.finish_bytes(op, prepared, resolved, body))

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
            self._labels = _label_table(await self.aterms())
        return self._labels

    async def aterms(self, regency: str | None = None) -> list[dict]:
        """The vocabulary's terms (with ``regency``, that regulation's own
        named units and patterns and every shared term), parsed once: the
        vocabulary is fixed after start."""
        if regency not in self._terms:
            self._terms[regency] = json.loads(await self.araw("vocabulary", {"regency": regency}))
        return self._terms[regency]

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


class _Mapped(concurrent.futures.Future):
    """A future of ``fn(result)`` of another; cancelling it cancels that one
    (the memo drops an engine run nobody waits for)."""

    def __init__(self, inner: concurrent.futures.Future, fn):
        super().__init__()
        self._inner, self._fn = inner, fn
        inner.add_done_callback(self._copy)

    def cancel(self) -> bool:
        return self._inner.cancel() and super().cancel()

    def _copy(self, inner: concurrent.futures.Future) -> None:
        if inner.cancelled():
            super().cancel()
            self.set_running_or_notify_cancel()
            return
        if not self.set_running_or_notify_cancel():
            return
        exc = inner.exception()
        if exc is not None:
            self.set_exception(exc)
            return
        try:
            self.set_result(self._fn(inner.result()))
        except BaseException as err:                # noqa: BLE001 - handed to the waiter
            self.set_exception(err)


__all__ = ["KnowledgeBase", "LoadError", "document_rows"]
