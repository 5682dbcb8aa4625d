"""The SWI-Prolog engine, owned by one dedicated thread.

pyswip is not thread-safe: calls from several threads at once fail with
``NestedQueryError``.  So one thread per process initialises SWI-Prolog and
makes every call into it; callers hand it requests through a queue and wait
on a future (``call``, or ``submit`` for the future itself, which an event
loop can await).

Requests never become Prolog source text.  A request is a JSON text put
into a Prolog *string* term through the C interface and handed to
``perbup_api:handle_json/3`` (kb/api.pl), which dispatches on a closed set
of operations, under a time limit and an inference limit, inside
``catch/3``.  The answer comes back as UTF-8 JSON bytes, so structure and
Indonesian text survive the trip intact, and the HTTP API can send those
bytes on as they are (``call_raw``, or ``submit`` for a future of them).

Work is bounded: at most ``Limits.queue_limit`` requests wait for the
thread (one more raises :class:`EngineBusy`), and a request whose future
was cancelled while it waited (its client went away) is dropped unrun.
"""

from __future__ import annotations

import atexit
import concurrent.futures
import ctypes
import json
import os
import queue
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import resources

KB_DIR = resources.KB
# The rules every knowledge base loads, in order, after kb/api.pl.
RULE_FILES = [KB_DIR / f for f in ("structure.pl", "regulations.pl", "vocabulary.pl", "norms.pl", "rules.pl",
                                   "questions.pl", "wording.pl", "explain.pl", "compare.pl",
                                   "contract.pl", "drafts.pl")]

# Constants from SWI-Prolog.h (stable across SWI-Prolog 9).
_PL_STRING = 6
_REP_UTF8 = 0x00100000
_CVT_STRING = 0x00000002
_CVT_ATOM = 0x00000001
_BUF_MALLOC = 0x00020000
_PL_Q_NODEBUG = 0x0004
_PL_Q_CATCH_EXCEPTION = 0x0008


class EngineError(RuntimeError):
    """The engine could not run a request (not a domain answer)."""


class LoadError(EngineError):
    """A knowledge-base file did not load cleanly; the engine refuses to start."""

    def __init__(self, problems: list[dict]):
        self.problems = problems
        lines = [f"{p['file']}:{p['line']}: {p['kind']}: {p['message']}" for p in problems]
        super().__init__("knowledge base failed to load:\n" + "\n".join(lines))


class EngineBusy(EngineError):
    """Too many requests are waiting for the engine; try again later."""

    def __init__(self, waiting: int, limit: int, retry_after: float):
        self.waiting, self.limit, self.retry_after = waiting, limit, retry_after
        super().__init__(f"engine queue is full ({waiting} waiting, limit {limit})")


class OperationError(EngineError):
    """An operation ran but ended in an error reported by Prolog."""

    def __init__(self, type_: str, message: str, details: dict | None = None):
        self.type = type_
        self.message = message
        self.details = details or {}
        super().__init__(f"{type_}: {message}")


@dataclass
class Limits:
    time_limit: float = 5.0            # seconds per request
    inference_limit: int = 50_000_000  # logical inferences per request
    stack_limit: int = 1024 * 1024 * 1024  # bytes, set once at start
    queue_limit: int = 64              # requests waiting for the engine thread


@dataclass
class _Job:
    kind: str                 # "request" | "load" | "stop"
    payload: Any
    future: concurrent.futures.Future = field(default_factory=concurrent.futures.Future)


class Engine:
    """One SWI-Prolog engine, one owning thread; safe to call from any thread."""

    def __init__(self, files: list[Path] | None = None, limits: Limits | None = None):
        self.limits = limits or Limits()
        self.files = [KB_DIR / "api.pl"] + [Path(f) for f in (files or [])]   # in load order
        self._queue: queue.Queue[_Job] = queue.Queue()
        self._waiting = 0                  # request jobs queued, not yet taken
        self.ran = 0                       # request jobs run
        self.dropped = 0                   # request jobs cancelled before they ran
        self._waiting_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._start_error: BaseException | None = None
        self.load_seconds: float | None = None

    # -- lifecycle ---------------------------------------------------------

    def start(self) -> "Engine":
        return self.begin().wait_started()

    def begin(self) -> "Engine":
        """Start the owning thread and let it load the files in the background."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="prolog-engine", daemon=True)
            self._thread.start()
        return self

    def wait_started(self) -> "Engine":
        """Wait until the files are loaded; raise what stopped them."""
        self._ready.wait()
        if self._start_error is not None:
            err, self._start_error = self._start_error, None
            self._submit("stop", None).result()
            self._thread.join()
            self._thread = None
            raise err
        return self

    def stop(self) -> None:
        if self._thread is None:
            return
        self._submit("stop", None).result()
        self._thread.join()
        self._thread = None

    def serving(self) -> None:
        """Loading is done: from now on the engine thread runs niced (see
        lower_priority), so that requests cannot starve the event loop."""
        self._submit("serving", None).result()

    # -- calls -------------------------------------------------------------

    def call(self, op: str, args: dict | None = None, *, admin: bool = False) -> Any:
        """Run one operation and return its JSON result (blocking)."""
        return json.loads(self.call_raw(op, args, admin=admin))

    def call_raw(self, op: str, args: dict | None = None, *, admin: bool = False) -> bytes:
        """Run one operation; its result as the UTF-8 JSON bytes Prolog wrote."""
        return self.submit(op, args, admin=admin).result()

    def submit(self, op: str, args: dict | None = None, *,
               admin: bool = False) -> concurrent.futures.Future:
        """Queue one operation; the future gives its result bytes or raises.

        Raises EngineBusy at once when ``queue_limit`` requests are waiting
        (admin operations, i.e. loading at start, are never refused).
        Cancelling the future before the engine takes it drops the request.
        """
        with self._waiting_lock:
            if not admin and self._waiting >= self.limits.queue_limit:
                raise EngineBusy(self._waiting, self.limits.queue_limit,
                                 retry_after=max(1.0, self.limits.time_limit))
            self._waiting += 1
        try:
            return self._submit("request", self._request(op, args, admin))
        except BaseException:
            self._taken()
            raise

    def _taken(self) -> None:
        with self._waiting_lock:
            self._waiting -= 1

    @property
    def waiting(self) -> int:
        """Requests queued for the engine thread and not yet started."""
        return self._waiting

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and self._ready.is_set()

    def load(self, path: Path, module: str = "") -> None:
        """Consult one more Prolog file (a file of plain clauses into
        ``module``); raise LoadError on any problem."""
        self._submit("load", (Path(path), module)).result()

    def _request(self, op: str, args: dict | None, admin: bool) -> str:
        return json.dumps({
            "op": op,
            "args": args or {},
            "admin": admin,
            "time_limit": self.limits.time_limit,
            "inference_limit": self.limits.inference_limit,
        }, ensure_ascii=False)

    def _submit(self, kind: str, payload: Any) -> concurrent.futures.Future:
        if self._thread is None:
            raise EngineError("engine is not started")
        job = _Job(kind, payload)
        self._queue.put(job)
        return job.future

    # -- the owning thread -------------------------------------------------

    def _run(self) -> None:
        # Full priority while starting (nothing else is served yet); niced
        # by serving(), once the knowledge base is loaded.
        try:
            self._boot()
        except BaseException as exc:  # reported to start()
            self._start_error = exc
            self._ready.set()
            self._drain_until_stop()
            return
        self._ready.set()
        while True:
            job = self._queue.get()
            if job.kind == "stop":
                job.future.set_result(None)
                return
            if not job.future.set_running_or_notify_cancel():
                if job.kind == "request":     # its caller went away while it waited
                    self._taken()
                    self.dropped += 1
                continue
            if job.kind == "request":
                self._taken()
                self.ran += 1
            try:
                if job.kind == "load":
                    job.future.set_result(self._consult(*job.payload))
                elif job.kind == "serving":
                    job.future.set_result(lower_priority())
                else:
                    job.future.set_result(self._handle(job.payload))
            except BaseException as exc:
                job.future.set_exception(exc)

    def _drain_until_stop(self) -> None:
        """After a failed start: refuse every job until told to stop."""
        while True:
            job = self._queue.get()
            if job.kind == "stop":
                job.future.set_result(None)
                return
            job.future.set_exception(EngineError("engine failed to start"))

    def _boot(self) -> None:
        started = time.perf_counter()
        _locate_swipl()
        import pyswip.core as core  # initialises SWI-Prolog in this thread

        self._core = core
        # pyswip's exit hook runs PL_cleanup from the main thread, which warns
        # about this engine's threads; the process exit reclaims everything.
        atexit.unregister(core.cleanupProlog)
        if core.PL_thread_self() == -1:
            if core.PL_thread_attach_engine(None) < 0:
                raise EngineError("cannot attach a Prolog engine to the owning thread")
        lib = core._lib
        lib.PL_put_chars.argtypes = [ctypes.c_size_t, ctypes.c_int, ctypes.c_size_t, ctypes.c_char_p]
        lib.PL_get_nchars.argtypes = [ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t),
                                      ctypes.POINTER(ctypes.c_void_p), ctypes.c_uint]
        lib.PL_get_nchars.restype = ctypes.c_int
        lib.PL_free.argtypes = [ctypes.c_void_p]
        lib.PL_free.restype = None
        lib.PL_mark_string_buffers.argtypes = [ctypes.POINTER(ctypes.c_size_t)]
        lib.PL_mark_string_buffers.restype = None
        lib.PL_release_string_buffers_from_mark.argtypes = [ctypes.c_size_t]
        lib.PL_release_string_buffers_from_mark.restype = None
        self._lib = lib
        self._call_simple("set_prolog_flag", "stack_limit", self.limits.stack_limit)
        # Boot the API module, then let it consult the rest with problem collection.
        self._call_simple("ensure_loaded", str(self.files[0]))
        self._pred_handle = core.PL_predicate(b"handle_json", 3, b"perbup_api")
        self._pred_load = core.PL_predicate(b"load_kb_file", 3, b"perbup_api")
        for path in self.files[1:]:
            self._consult(path)
        self.load_seconds = time.perf_counter() - started

    def _call_simple(self, name: str, *args: Any) -> None:
        """Call a trusted built-in with atom/integer arguments (start-up only)."""
        core = self._core
        fid = core.PL_open_foreign_frame()
        try:
            terms = core.PL_new_term_refs(len(args))
            for i, arg in enumerate(args):
                if isinstance(arg, int):
                    core.PL_put_integer(terms + i, arg)
                else:
                    self._put_text(terms + i, str(arg), atom=True)
            pred = core.PL_predicate(name.encode(), len(args), b"user")
            if not core.PL_call_predicate(None, _PL_Q_NODEBUG | _PL_Q_CATCH_EXCEPTION, pred, terms):
                raise EngineError(f"start-up call {name}/{len(args)} failed")
        finally:
            core.PL_discard_foreign_frame(fid)

    def _put_text(self, term: int, text: str, *, atom: bool = False) -> None:
        data = text.encode("utf-8")
        kind = 2 if atom else _PL_STRING  # PL_ATOM = 2
        if not self._lib.PL_put_chars(term, kind | _REP_UTF8, len(data), data):
            raise EngineError("cannot pass text to Prolog")

    def _get_bytes(self, term: int) -> bytes:
        """The UTF-8 bytes of a text term.

        The text is copied into a buffer of our own (BUF_MALLOC) and freed
        at once: a BUF_STACK buffer taken outside a foreign predicate is
        never released, and leaked about 10 KB per request.
        """
        length = ctypes.c_size_t()
        buf = ctypes.c_void_p()
        flags = _CVT_STRING | _CVT_ATOM | _REP_UTF8 | _BUF_MALLOC
        if not self._lib.PL_get_nchars(term, ctypes.byref(length), ctypes.byref(buf), flags):
            raise EngineError("Prolog returned a non-text answer")
        try:
            return ctypes.string_at(buf, length.value)
        finally:
            self._lib.PL_free(buf)

    def _call_text(self, pred: Any, texts: list[str], arity: int) -> list[bytes]:
        """Call pred(+Text1, ..., -Out1, ...) and return the Out arguments' texts."""
        core = self._core
        mark = ctypes.c_size_t()
        self._lib.PL_mark_string_buffers(ctypes.byref(mark))
        fid = core.PL_open_foreign_frame()
        try:
            terms = core.PL_new_term_refs(arity)
            for i, text in enumerate(texts):
                self._put_text(terms + i, text)
            ok = core.PL_call_predicate(None, _PL_Q_NODEBUG | _PL_Q_CATCH_EXCEPTION, pred, terms)
            if not ok:
                raise EngineError("engine entry point failed")
            return [self._get_bytes(terms + i) for i in range(len(texts), arity)]
        finally:
            core.PL_discard_foreign_frame(fid)
            self._lib.PL_release_string_buffers_from_mark(mark)

    def _handle(self, request: str) -> bytes:
        ok, text = self._call_text(self._pred_handle, [request], 3)
        if ok == b"true":
            return text
        error = json.loads(text)
        type_ = error.pop("type", "exception")
        message = error.pop("message", "")
        raise OperationError(type_, message, error)

    def _consult(self, path: Path, module: str = "") -> None:
        if not Path(path).is_file():
            raise LoadError([{"kind": "error", "file": str(path), "line": 0,
                              "message": "file not found"}])
        problems = json.loads(self._call_text(self._pred_load, [str(path), module], 3)[0])
        if problems:
            raise LoadError(problems)


def swipl_program() -> str:
    """The ``swipl`` executable of the SWI-Prolog this process embeds."""
    import shutil

    return shutil.which("swipl") or "swipl"


def _locate_swipl() -> None:
    """Tell pyswip where SWI-Prolog is (LIBSWIPL_PATH, SWI_HOME_DIR), from
    what an earlier start found, so that importing it does not run
    ``swipl --dump-runtime-variables`` every time."""
    import shutil
    import subprocess

    from . import startcache

    if os.environ.get("LIBSWIPL_PATH") and os.environ.get("SWI_HOME_DIR"):
        return
    swipl = shutil.which("swipl")
    if swipl is None:
        return                          # pyswip will say what is missing
    binary = Path(swipl).resolve()
    stat = binary.stat()

    def ask() -> dict[str, str]:
        out = subprocess.run([str(binary), "--dump-runtime-variables"], capture_output=True,
                             text=True, timeout=30, check=True).stdout
        found = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
        return {k: v.strip().rstrip(";").strip('"') for k, v in found.items()}

    try:
        found = startcache.memo("swipl-paths", f"{binary}:{stat.st_size}:{stat.st_mtime_ns}".encode(),
                                ask)
    except (OSError, subprocess.SubprocessError, ValueError):
        return
    if found.get("PLLIBSWIPL") and found.get("PLBASE"):
        os.environ.setdefault("LIBSWIPL_PATH", found["PLLIBSWIPL"])
        os.environ.setdefault("SWI_HOME_DIR", found["PLBASE"])


BACKGROUND_NICENESS = 5


def lower_priority(niceness: int = BACKGROUND_NICENESS) -> None:
    """Lower the calling thread's CPU priority (on Linux a thread is a task
    with its own nice value; elsewhere nothing happens).

    The engine thread, and the threads that compute citations and run
    Graphviz, do the heavy work; a server's event loop only moves bytes.
    Niced, they cannot starve the loop on a busy machine, so /healthz and
    memoised answers stay fast while the engine is saturated.
    """
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), niceness)
    except (AttributeError, OSError):
        pass


def limits_from_env() -> Limits:
    """Limits, overridable by PERBUP_TIME_LIMIT, PERBUP_INFERENCE_LIMIT and
    PERBUP_QUEUE_LIMIT."""
    limits = Limits()
    if os.environ.get("PERBUP_TIME_LIMIT"):
        limits.time_limit = float(os.environ["PERBUP_TIME_LIMIT"])
    if os.environ.get("PERBUP_INFERENCE_LIMIT"):
        limits.inference_limit = int(os.environ["PERBUP_INFERENCE_LIMIT"])
    if os.environ.get("PERBUP_QUEUE_LIMIT"):
        limits.queue_limit = int(os.environ["PERBUP_QUEUE_LIMIT"])
    return limits
