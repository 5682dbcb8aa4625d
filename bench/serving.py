#!/usr/bin/env python3
"""The serving benchmark of perbup-kb.

    ./dev.sh bench                  # full run (about 7 minutes)
    ./dev.sh bench --quick          # shorter and fewer rounds (about 1.5 minutes)
    ./dev.sh bench --only 1,4       # some sections only (1..6)

One run measures six things and then writes bench/README.md and
bench/results.json (``--out DIR`` writes them elsewhere):

1. throughput of each endpoint against a bare FastAPI ``/ping`` served the
   same way (wrk, interleaved rounds, ratios per round);
2. time per question type in process: an engine run and a memo hit;
3. cold start: spawn to first answer;
4. resident memory under a mixed load of a few hundred distinct requests;
5. boundedness: /healthz under load with the memo off, a pathological
   citation text, a 300 MB body, 1,000 idle connections;
6. scale-out with ``--workers 2`` and a TCP_NODELAY check against
   uvicorn's own multiprocess path.

Only 127.0.0.1 is targeted.  Every load is bounded in time or count.
Every server started here runs in its own process group, which is killed
on the way out (also on Ctrl-C and SIGTERM).  Standard library only, plus
what .venv holds.
"""

from __future__ import annotations

import argparse
import asyncio
import http.client
import json
import math
import os
import platform
import random
import re
import resource
import select
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import tomllib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
BIN = ROOT / ".venv" / "bin"
HOST = "127.0.0.1"

sys.path.insert(0, str(ROOT))
from pyapi import regulations  # noqa: E402  (the packaged regulations, as the server finds them)

REGENCIES = regulations.ids(regulations.PACKAGED)
SUBJECTS = ("jf-ahli-pertama", "jf-ahli-muda", "jf-ahli-madya", "pelaksana")
CAPACITIES = ("individu", "anggota-tim", "ketua-tim")
QUESTIONS = ("reporting-line", "assessor", "unit-leader", "assigner", "assignment-instrument",
             "cross-unit-routing", "cross-agency-routing", "voluntary-routing", "team-leader",
             "team-duration", "responsibilities")

ASK_QUERY = "regency=tabalong&subject=jf-ahli-muda&capacity=individu&unit=dinas"
ASK_PATH = f"/v1/ask/reporting-line?{ASK_QUERY}"
CITE_BODY = {"text": "sebagaimana dimaksud dalam Pasal 6 ayat (2) huruf b dan Pasal 19 ayat (3)",
             "regency": "tabalong"}

# Section 1: name, method, path, JSON body.  "ping" is on the reference app,
# every other target on `perbup serve`.
TARGETS: list[tuple[str, str, str, dict | None]] = [
    ("ping", "GET", "/ping", None),
    ("ask", "GET", ASK_PATH, None),
    ("explain", "GET", ASK_PATH + "&explain=true", None),
    ("assessor", "GET", "/v1/ask/assessor?regency=bantul&subject=jf-ahli-pertama&unit=kecamatan", None),
    ("why-not", "GET", f"/v1/why-not/reporting-line?{ASK_QUERY}&post=kepala-seksi", None),
    ("cite", "POST", "/v1/cite", CITE_BODY),
    ("diagram", "GET", f"/v1/diagram/reporting-line?{ASK_QUERY}", None),
    ("vocabulary", "GET", "/v1/vocabulary", None),
    ("healthz", "GET", "/healthz", None),
]

# Section 2: parameters used when regencies/tabalong/golden.toml cannot be read
# (the same as its first case of each question at the time of writing).
FALLBACK_PARAMS = {
    "reporting-line": {"subject": "jf-ahli-muda", "capacity": "individu"},
    "assessor": {"subject": "jf-ahli-madya", "unit": "dinas"},
    "unit-leader": {"unit": "kecamatan"},
    "assigner": {"scope": "dalam-unit"},
    "assignment-instrument": {"scope": "lintas-unit"},
    "cross-unit-routing": {"scope": "lintas-unit"},
    "cross-agency-routing": {"scope": "lintas-perangkat-daerah"},
    "voluntary-routing": {"scope": "lintas-unit"},
    "team-leader": {},
    "team-duration": {},
    "responsibilities": {"role": "anggota-tim"},
}

PATHOLOGICAL_UNIT = "Pasal 1 sampai dengan Pasal 1000; "
HUGE_BODY = 300 * 1024 * 1024

_T0 = time.monotonic()


class BenchError(RuntimeError):
    """The bench cannot go on (a server did not start, a target did not answer 200)."""


def log(message: str) -> None:
    elapsed = time.monotonic() - _T0
    print(f"[bench {elapsed:6.1f}s] {message}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------- settings

@dataclass
class Settings:
    quick: bool
    sections: list[int]
    out: Path
    duration: int = 5                 # seconds per wrk run (section 1, 6)
    rounds: int = 3                   # interleaved rounds (section 1, 6)
    clients: tuple[int, ...] = (16, 64)
    engine_runs: int = 200            # section 2, per question and op
    engine_budget: float = 4.0        # section 2, seconds at most per question and op
    memo_calls: int = 2000            # section 2
    spawns: int = 3                   # section 3
    rss_marks: tuple[int, int] = (10_000, 100_000)   # section 4
    rss_budget: float = 120.0         # section 4, seconds of load at most
    load_seconds: int = 10            # section 5
    idle_connections: int = 1000      # section 5
    header_timeout: float = 3.0       # section 5, PERBUP_HEADER_TIMEOUT of its server
    idle_wait: float = 12.0           # section 5, seconds to watch the idle connections

    @classmethod
    def make(cls, quick: bool, sections: list[int], out: Path) -> "Settings":
        s = cls(quick=quick, sections=sections, out=out)
        if quick:
            s.duration, s.rounds, s.engine_runs, s.engine_budget = 2, 1, 50, 1.0
            s.spawns, s.rss_marks, s.rss_budget, s.load_seconds = 1, (2_000, 20_000), 60.0, 5
        return s


# ------------------------------------------------------------------------- HTTP

def request(port: int, method: str, path: str, body: Any = None,
            timeout: float = 30.0) -> tuple[int, bytes, dict]:
    """One request on a new connection: (status, body, headers)."""
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        headers = {}
        data = None
        if body is not None:
            data = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
            headers["Content-Type"] = "application/json"
        conn.request(method, path, body=data, headers=headers)
        resp = conn.getresponse()
        return resp.status, resp.read(), {k.lower(): v for k, v in resp.getheaders()}
    finally:
        conn.close()


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def rss_kb(pid: int) -> int:
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise BenchError(f"no VmRSS for pid {pid}")


# ---------------------------------------------------------------------- servers

LIVE: list["Server"] = []


class Server:
    """A server process on 127.0.0.1 in its own process group."""

    def __init__(self, name: str, argv: list[str], port: int, logdir: Path,
                 env: dict | None = None, ready_path: str = "/healthz"):
        self.name, self.argv, self.port, self.logdir = name, argv, port, logdir
        self.env = env
        self.ready_path = ready_path
        self.proc: subprocess.Popen | None = None
        self.logfile = logdir / f"{name}-{port}.log"
        self.ready_seconds: float | None = None

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def url(self, path: str = "/") -> str:
        return f"http://{HOST}:{self.port}{path}"

    def start(self, timeout: float = 90.0, interval: float = 0.05) -> "Server":
        log(f"starting {self.name} on port {self.port}: {' '.join(self.argv)}")
        with open(self.logfile, "wb") as out:
            began = time.perf_counter()
            self.proc = subprocess.Popen(self.argv, cwd=ROOT, env=self.env, stdin=subprocess.DEVNULL,
                                         stdout=out, stderr=subprocess.STDOUT,
                                         start_new_session=True)
        LIVE.append(self)
        deadline = began + timeout
        while True:
            if self.proc.poll() is not None:
                raise BenchError(f"{self.name} exited with status {self.proc.returncode} before "
                                 f"answering; its log:\n{self.log_tail()}")
            try:
                status, _, _ = request(self.port, "GET", self.ready_path, timeout=5)
                if status == 200:
                    self.ready_seconds = time.perf_counter() - began
                    return self
            except (OSError, http.client.HTTPException):
                pass
            if time.perf_counter() > deadline:
                raise BenchError(f"{self.name} did not answer {self.ready_path} within {timeout:g} s; "
                                 f"its log:\n{self.log_tail()}")
            time.sleep(interval)

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.logfile.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def stop(self) -> None:
        if self.proc is None:
            return
        proc, self.proc = self.proc, None
        if self in LIVE:
            LIVE.remove(self)
        if proc.poll() is None:
            _killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                _killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
        # Worker processes left in the group (uvicorn's supervisor's children).
        _killpg(proc.pid, signal.SIGKILL)


def _killpg(pgid: int, sig: int) -> None:
    try:
        os.killpg(pgid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def stop_all() -> None:
    for server in list(LIVE):
        try:
            server.stop()
        except Exception as exc:  # keep stopping the others
            log(f"could not stop {server.name}: {exc!r}")


# -------------------------------------------------------------------------- wrk

def lua_string(text: str) -> str:
    """A Lua string literal of ``text`` (bytes other than printable ASCII escaped)."""
    out = []
    for b in text.encode("utf-8"):
        c = chr(b)
        out.append(c if 32 <= b < 127 and c not in '\\"' else "\\%03d" % b)
    return '"' + "".join(out) + '"'


def write_post_lua(path: Path, target: str, body: dict) -> Path:
    """wrk script: one static POST with a JSON body."""
    path.write_text(
        f"wrk.method = \"POST\"\nwrk.path = {lua_string(target)}\n"
        f"wrk.body = {lua_string(json.dumps(body, ensure_ascii=False))}\n"
        "wrk.headers[\"Content-Type\"] = \"application/json\"\n")
    return path


_CYCLE_LUA = r"""
-- Cycles through a fixed list of requests; counts responses by status
-- (printed as "STATUS code count" when done); with an argument N
-- (wrk ... URL -- N) the thread stops after N responses.
local reqs = {}
local i = 0
counts = {}
n = 0
limit = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  if args[1] ~= nil then limit = tonumber(args[1]) end
  for _, s in ipairs(specs) do
    if s[3] ~= nil then
      table.insert(reqs, wrk.format(s[1], s[2], {["Content-Type"] = "application/json"}, s[3]))
    else
      table.insert(reqs, wrk.format(s[1], s[2]))
    end
  end
end

function request()
  i = i % #reqs + 1
  return reqs[i]
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
  if status == 503 then retry_after = headers["retry-after"] or headers["Retry-After"] end
  n = n + 1
  if limit > 0 and n >= limit then wrk.thread:stop() end
end

function done(summary, latency, requests)
  for _, t in ipairs(threads) do
    for code, count in pairs(t:get("counts")) do
      io.write(string.format("STATUS %d %d\n", code, count))
    end
    local ra = t:get("retry_after")
    if ra ~= nil then io.write(string.format("RETRY_AFTER %s\n", ra)) end
  end
end
"""


def write_cycle_lua(path: Path, specs: list[tuple[str, str, Any]]) -> Path:
    """wrk script cycling through (method, target, JSON body or None) requests."""
    rows = []
    for method, target, body in specs:
        lua_body = "nil" if body is None else lua_string(json.dumps(body, ensure_ascii=False))
        rows.append(f"  {{{lua_string(method)}, {lua_string(target)}, {lua_body}}},")
    path.write_text("specs = {\n" + "\n".join(rows) + "\n}\n" + _CYCLE_LUA)
    return path


_UNITS_MS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3, "h": 3600e3}


def parse_wrk(out: str) -> dict:
    result: dict[str, Any] = {"requests": 0, "seconds": None, "rps": None, "p50_ms": None,
                              "p99_ms": None, "non2xx": 0, "socket_errors": {}, "status": {}}
    m = re.search(r"Requests/sec:\s+([\d.]+)", out)
    if m:
        result["rps"] = float(m.group(1))
    for pct, value, unit in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s|m|h)\s*$", out, re.M):
        result[f"p{pct}_ms"] = float(value) * _UNITS_MS[unit]
    m = re.search(r"(\d+) requests in ([\d.]+)(us|ms|s|m|h),", out)
    if m:
        result["requests"] = int(m.group(1))
        result["seconds"] = float(m.group(2)) * _UNITS_MS[m.group(3)] / 1e3
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    if m:
        result["socket_errors"] = {k: int(v) for k, v in
                                   zip(("connect", "read", "write", "timeout"), m.groups()) if int(v)}
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if m:
        result["non2xx"] = int(m.group(1))
    for code, count in re.findall(r"^STATUS (\d+) (\d+)\s*$", out, re.M):
        result["status"][code] = result["status"].get(code, 0) + int(count)
    result["errors"] = result["non2xx"] + sum(result["socket_errors"].values())
    return result


def wrk_argv(url: str, clients: int, seconds: float, script: Path | None = None,
             script_args: list[str] | None = None) -> list[str]:
    argv = ["wrk", "-t1", f"-c{clients}", f"-d{max(1, round(seconds))}s", "--latency"]
    if script is not None:
        argv += ["-s", str(script)]
    argv.append(url)
    if script_args:
        argv += ["--", *script_args]
    return argv


def run_wrk(url: str, clients: int, seconds: float, script: Path | None = None,
            script_args: list[str] | None = None) -> dict:
    argv = wrk_argv(url, clients, seconds, script, script_args)
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=seconds + 30)
    except subprocess.TimeoutExpired:
        raise BenchError(f"wrk did not end: {' '.join(argv)}") from None
    if done.returncode != 0 or "requests in" not in done.stdout:
        raise BenchError(f"wrk failed ({done.returncode}): {' '.join(argv)}\n{done.stdout}{done.stderr}")
    return parse_wrk(done.stdout)


# ------------------------------------------------------------------- statistics

def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def percentile(values: list[float], pct: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, math.ceil(pct / 100 * len(ordered)) - 1))   # nearest rank
    return ordered[k]


# ---------------------------------------------------------------------- context

class Context:
    def __init__(self, settings: Settings, tmp: Path):
        self.s = settings
        self.tmp = tmp
        self._ping: Server | None = None
        self._one: Server | None = None
        self.results: dict[str, Any] = {}

    def perbup(self, name: str, *extra: str, env: dict | None = None, port: int | None = None,
               ready_path: str = "/healthz") -> Server:
        port = port or free_port()
        argv = [str(BIN / "perbup"), "serve", "--host", HOST, "--port", str(port), *extra]
        return Server(name, argv, port, self.tmp, env=env, ready_path=ready_path)

    def ping(self) -> Server:
        if self._ping is None:
            port = free_port()
            self._ping = Server("ping-app", [str(BIN / "python"), str(BENCH / "ping_app.py"),
                                             "--host", HOST, "--port", str(port)],
                                port, self.tmp, ready_path="/ping").start()
        return self._ping

    def one(self) -> Server:
        """The one-process `perbup serve` shared by sections 1 and 6."""
        if self._one is None:
            self._one = self.perbup("perbup-1").start()
        return self._one

    def stop_shared(self) -> None:
        for server in (self._ping, self._one):
            if server is not None:
                server.stop()
        self._ping = self._one = None


def check_200(port: int, method: str, path: str, body: Any = None, what: str = "") -> bytes:
    status, data, _ = request(port, method, path, body)
    if status != 200:
        raise BenchError(f"{what or path}: {method} {path} answered {status}, not 200: "
                         f"{data[:400].decode(errors='replace')}")
    return data


# -------------------------------------------------------------------- section 1

def section_throughput(ctx: Context) -> dict:
    s = ctx.s
    ping, one = ctx.ping(), ctx.one()
    log("section 1: checking every target answers 200 (this fills the answer memo)")
    sizes = {}
    for name, method, path, body in TARGETS:
        port = ping.port if name == "ping" else one.port
        sizes[name] = len(check_200(port, method, path, body, what=f"target {name}"))
    scripts = {name: write_post_lua(ctx.tmp / f"{name}.lua", path, body)
               for name, method, path, body in TARGETS if method == "POST"}
    runs: dict[str, dict[int, list[dict]]] = {t[0]: {c: [] for c in s.clients} for t in TARGETS}
    total = s.rounds * len(s.clients) * len(TARGETS)
    k = 0
    for rnd in range(s.rounds):
        for clients in s.clients:
            for name, method, path, body in TARGETS:   # ping first, then the others
                k += 1
                server = ping if name == "ping" else one
                url = server.url("/") if name in scripts else server.url(path)
                res = run_wrk(url, clients, s.duration, scripts.get(name))
                runs[name][clients].append(res)
                log(f"section 1 [{k}/{total}] round {rnd + 1} c={clients} {name}: "
                    f"{res['rps']:.0f} req/s, p50 {res['p50_ms']:.2f} ms, p99 {res['p99_ms']:.2f} ms"
                    + (f", ERRORS {res['errors']}" if res["errors"] else ""))
    rows = []
    for name, method, path, body in TARGETS:
        for clients in s.clients:
            mine = runs[name][clients]
            pings = runs["ping"][clients]
            ratios = [m["rps"] / p["rps"] for m, p in zip(mine, pings) if p["rps"]]
            p50 = median([m["p50_ms"] for m in mine])
            p99 = median([m["p99_ms"] for m in mine])
            errors = {"non2xx": sum(m["non2xx"] for m in mine)}
            for m in mine:
                for key, value in m["socket_errors"].items():
                    errors[key] = errors.get(key, 0) + value
            ratio = median(ratios)
            tail = p99 / p50 if p50 else None
            rows.append({
                "target": name, "method": method, "path": path, "clients": clients,
                "rps": median([m["rps"] for m in mine]), "p50_ms": p50, "p99_ms": p99,
                "p99_over_p50": tail, "ratio": ratio, "ratios": ratios,
                "errors": {k: v for k, v in errors.items() if v},
                "goal_ratio": ratio is not None and ratio >= 0.6,
                "goal_tail": tail is not None and tail <= 2.0,
                "response_bytes": sizes[name],
                "rounds": mine,
            })
    return {"duration_s": s.duration, "rounds": s.rounds, "clients": list(s.clients), "rows": rows}


# -------------------------------------------------------------------- section 2

def golden_params() -> tuple[dict[str, dict], str]:
    path = ROOT / "regencies" / "tabalong" / "golden.toml"
    try:
        cases = tomllib.loads(path.read_text(encoding="utf-8"))["case"]
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return dict(FALLBACK_PARAMS), "built-in (regencies/tabalong/golden.toml unreadable)"
    found: dict[str, dict] = {}
    for case in cases:
        found.setdefault(case.get("question"), dict(case.get("params") or {}))
    params = {q: found.get(q, FALLBACK_PARAMS[q]) for q in QUESTIONS}
    return params, "first case of each question in regencies/tabalong/golden.toml"


def _time_calls(fn: Callable[[], Any], runs: int, budget: float) -> tuple[float, int]:
    """Median µs of fn() over ``runs`` calls or ``budget`` seconds (at least 20 calls)."""
    times = []
    deadline = time.perf_counter() + budget
    pc = time.perf_counter_ns
    while len(times) < runs and (len(times) < 20 or time.perf_counter() < deadline):
        t = pc()
        fn()
        times.append(pc() - t)
    return statistics.median(times) / 1e3, len(times)


async def _memo_hits(kb, op: str, args: dict, calls: int) -> float:
    await kb.araw(op, args)                  # the first call fills the memo
    pc = time.perf_counter_ns
    times = []
    for _ in range(calls):
        t = pc()
        await kb.araw(op, args)
        times.append(pc() - t)
    return statistics.median(times) / 1e3


def section_inprocess(ctx: Context) -> dict:
    s = ctx.s
    from pyapi.kb import KnowledgeBase

    params, source = golden_params()
    log("section 2: starting the knowledge base in the bench process")
    began = time.perf_counter()
    kb = KnowledgeBase().start()
    start_s = time.perf_counter() - began
    rows = []
    try:
        for _ in range(50):
            kb.engine.call_raw("ping", {})
        ping_us, ping_n = _time_calls(lambda: kb.engine.call_raw("ping", {}), 1000, 5.0)
        for q in QUESTIONS:
            args = {"question": q, "regency": "tabalong", "params": params[q], "lang": "id"}
            for op in ("ask", "explain"):
                body = kb.engine.call_raw(op, args)       # warm-up, and it must not raise
                doc = json.loads(body)
                status = doc.get("status") if isinstance(doc, dict) else None
                engine_us, n = _time_calls(lambda: kb.engine.call_raw(op, args),
                                           s.engine_runs, s.engine_budget)
                hit_us = asyncio.run(_memo_hits(kb, op, args, s.memo_calls))
                goal = ("engine" if engine_us <= 100 else "memo" if hit_us <= 100 else None)
                rows.append({"question": q, "op": op, "params": params[q], "status": status,
                             "bytes": len(body), "engine_us": engine_us, "engine_runs": n,
                             "prolog_estimate_us": max(0.0, engine_us - ping_us),
                             "memo_hit_us": hit_us, "memo_calls": s.memo_calls, "goal": goal})
                log(f"section 2 {q} {op}: engine {engine_us:.0f} µs (n={n}), "
                    f"memo hit {hit_us:.1f} µs, {len(body)} bytes, {status}")
    finally:
        kb.stop()
    return {"regency": "tabalong", "params_source": source, "kb_start_s": start_s,
            "ping_us": ping_us, "ping_runs": ping_n, "rows": rows}


# -------------------------------------------------------------------- section 3

def section_cold_start(ctx: Context) -> dict:
    """Spawn to first answer, interleaved with the same for the bare /ping app:
    the floor that importing Python, FastAPI and uvicorn sets on this machine
    at this moment."""
    spawns = []
    for i in range(ctx.s.spawns):
        port = free_port()
        floor = Server(f"cold-ping-{i + 1}", [str(BIN / "python"), str(BENCH / "ping_app.py"),
                                              "--host", HOST, "--port", str(port)],
                       port, ctx.tmp, ready_path="/ping")
        try:
            floor.start(timeout=60, interval=0.02)
        finally:
            floor.stop()
        server = ctx.perbup(f"cold-{i + 1}", ready_path=ASK_PATH)
        try:
            server.start(timeout=60, interval=0.02)
            health = json.loads(check_200(server.port, "GET", "/healthz"))
            spawns.append({"first_answer_s": server.ready_seconds,
                           "ping_first_answer_s": floor.ready_seconds,
                           "load_seconds": health.get("load_seconds")})
            log(f"section 3 spawn {i + 1}: first answer after {server.ready_seconds:.3f} s "
                f"(bare /ping app: {floor.ready_seconds:.3f} s), "
                f"load_seconds {health.get('load_seconds')}")
        finally:
            server.stop()
    first = median([sp["first_answer_s"] for sp in spawns])
    return {"spawns": spawns, "first_answer_s": first,
            "ping_first_answer_s": median([sp["ping_first_answer_s"] for sp in spawns]),
            "load_seconds": median([sp["load_seconds"] for sp in spawns]),
            "goal": first is not None and first <= 1.0}


# -------------------------------------------------------------------- section 4

def mixed_specs() -> list[tuple[str, str, str, Any]]:
    """A few hundred distinct requests: (kind, method, target, JSON body)."""
    specs: list[tuple[str, str, str, Any]] = []
    for r in REGENCIES:
        for subject in SUBJECTS:
            for capacity in CAPACITIES:
                q = f"regency={r}&subject={subject}&capacity={capacity}&unit=dinas"
                specs.append(("ask", "GET", f"/v1/ask/reporting-line?{q}", None))
                specs.append(("explain", "GET", f"/v1/ask/reporting-line?{q}&explain=true", None))
                specs.append(("why-not", "GET", f"/v1/why-not/reporting-line?{q}&post=kepala-seksi", None))
                specs.append(("diagram", "GET", f"/v1/diagram/reporting-line?{q}", None))
            for unit in ("dinas", "kecamatan"):
                specs.append(("ask", "GET", f"/v1/ask/assessor?regency={r}&subject={subject}&unit={unit}",
                              None))
        for unit in ("dinas", "kecamatan", "kelurahan"):
            specs.append(("ask", "GET", f"/v1/ask/unit-leader?regency={r}&unit={unit}", None))
        for scope in ("dalam-unit", "lintas-unit"):
            specs.append(("ask", "GET", f"/v1/ask/assigner?regency={r}&scope={scope}", None))
        specs.append(("ask", "GET", f"/v1/ask/team-leader?regency={r}", None))
        specs.append(("ask", "GET", f"/v1/ask/team-duration?regency={r}", None))
        for role in ("anggota-tim", "ketua-tim"):
            specs.append(("ask", "GET", f"/v1/ask/responsibilities?regency={r}&role={role}", None))
        for cite in ("Pasal%2019", "Pasal%206", "Pasal%201"):
            specs.append(("provisions", "GET", f"/v1/regencies/{r}/provisions?cite={cite}", None))
        specs.append(("cite", "POST", "/v1/cite", {**CITE_BODY, "regency": r}))
        specs.append(("cite", "POST", "/v1/cite", {"text": "sebagaimana dimaksud pada Pasal 4 dan "
                                                  "Pasal 7 ayat (1) huruf a", "regency": r}))
    specs.append(("vocabulary", "GET", "/v1/vocabulary", None))
    specs.append(("healthz", "GET", "/healthz", None))
    random.Random(20240601).shuffle(specs)
    return specs


def checked_specs(port: int, specs: list[tuple[str, str, str, Any]], section: str) -> tuple[list, dict]:
    """Request each spec once; keep the 200s; count per kind and status."""
    kept = []
    counts: dict[str, dict[str, int]] = {}
    for kind, method, target, body in specs:
        status, data, _ = request(port, method, target, body)
        by = counts.setdefault(kind, {})
        by[str(status)] = by.get(str(status), 0) + 1
        if status == 200:
            kept.append((kind, method, target, body))
        elif status >= 500:
            log(f"{section}: {method} {target} answered {status}: {data[:200]!r}")
    return kept, counts


def section_memory(ctx: Context) -> dict:
    s = ctx.s
    server = ctx.perbup("perbup-rss").start()
    try:
        rss_start = rss_kb(server.pid)
        log(f"section 4: RSS at start {rss_start / 1024:.1f} MiB; checking the mixed requests")
        kept, counts = checked_specs(server.port, mixed_specs(), "section 4")
        rss_checked = rss_kb(server.pid)
        kept_by_kind: dict[str, int] = {}
        for kind, *_ in kept:
            kept_by_kind[kind] = kept_by_kind.get(kind, 0) + 1
        log(f"section 4: {len(kept)} distinct requests answer 200 ({kept_by_kind}); "
            f"RSS {rss_checked / 1024:.1f} MiB")
        script = write_cycle_lua(ctx.tmp / "mixed.lua", [(m, t, b) for _, m, t, b in kept])
        marks = list(s.rss_marks)
        total = 0
        samples = [{"requests": 0, "rss_kb": rss_checked, "seconds": 0.0}]
        at_mark: dict[int, dict] = {}
        statuses: dict[str, int] = {}
        socket_errors = 0
        began = time.perf_counter()
        while total < marks[-1] and time.perf_counter() - began < s.rss_budget:
            target_mark = next(m for m in marks if m > total)
            res = run_wrk(server.url("/"), 16, 2, script, [str(target_mark - total)])
            total += res["requests"]
            for code, count in res["status"].items():
                statuses[code] = statuses.get(code, 0) + count
            socket_errors += sum(res["socket_errors"].values())
            sample = {"requests": total, "rss_kb": rss_kb(server.pid),
                      "seconds": round(time.perf_counter() - began, 2)}
            samples.append(sample)
            for m in marks:
                if total >= m and m not in at_mark:
                    at_mark[m] = sample
            log(f"section 4: {total} requests, RSS {sample['rss_kb'] / 1024:.1f} MiB")
        ready = json.loads(request(server.port, "GET", "/readyz")[1])
    finally:
        server.stop()
    lo, hi = (at_mark.get(m) for m in marks)
    change = ((hi["rss_kb"] - lo["rss_kb"]) / lo["rss_kb"] * 100) if lo and hi else None
    return {
        "distinct_requests": len(kept), "kept_by_kind": kept_by_kind, "checked": counts,
        "rss_start_kb": rss_start, "rss_after_check_kb": rss_checked,
        "marks": marks, "rss_at_marks": {str(m): at_mark.get(m) for m in marks},
        "change_pct": change, "goal": change is not None and abs(change) <= 5.0,
        "total_requests": total, "statuses": statuses, "socket_errors": socket_errors,
        "samples": samples, "readyz": ready,
    }


# -------------------------------------------------------------------- section 5

def _sample_healthz(port: int, stop: threading.Event, out: list, period: float = 0.05,
                    max_samples: int = 5000) -> None:
    """GET /healthz every ``period`` s on one keep-alive connection until ``stop``."""
    conn = None
    tick = time.perf_counter()
    while not stop.is_set() and len(out) < max_samples:
        began = time.perf_counter()
        try:
            if conn is None:
                conn = http.client.HTTPConnection(HOST, port, timeout=10)
            conn.request("GET", "/healthz")
            resp = conn.getresponse()
            resp.read()
            out.append((time.perf_counter() - began, resp.status))
            if resp.will_close:
                conn.close()
                conn = None
        except (OSError, http.client.HTTPException) as exc:
            out.append((time.perf_counter() - began, type(exc).__name__))
            if conn is not None:
                conn.close()
            conn = None
        tick += period
        delay = tick - time.perf_counter()
        if delay > 0:
            stop.wait(delay)
        else:
            tick = time.perf_counter()
    if conn is not None:
        conn.close()


def _healthz_under_load(ctx: Context, server: Server) -> dict:
    s = ctx.s
    specs = []
    for r in REGENCIES:
        for subject in SUBJECTS:
            for capacity in CAPACITIES:
                q = f"regency={r}&subject={subject}&capacity={capacity}&unit=dinas"
                specs.append(("explain", "GET", f"/v1/ask/reporting-line?{q}&explain=true", None))
                specs.append(("diagram", "GET", f"/v1/diagram/reporting-line?{q}", None))
    random.Random(7).shuffle(specs)
    log(f"section 5: checking {len(specs)} explained asks and diagrams (memo off)")
    kept, counts = checked_specs(server.port, specs, "section 5")
    queue_limit = json.loads(request(server.port, "GET", "/readyz")[1]).get("queue", {}).get("limit")
    script = write_cycle_lua(ctx.tmp / "load.lua", [(m, t, b) for _, m, t, b in kept])
    argv = wrk_argv(server.url("/"), 64, s.load_seconds, script)
    log(f"section 5: 64 clients for {s.load_seconds} s while sampling /healthz every 50 ms")
    samples: list = []
    stop = threading.Event()
    sampler = threading.Thread(target=_sample_healthz, args=(server.port, stop, samples), daemon=True)
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(1.0)                      # let the load build up
        sampler.start()
        stop.wait(max(1.0, s.load_seconds - 2.0))
        stop.set()
        sampler.join(timeout=15)
        out, err = proc.communicate(timeout=s.load_seconds + 30)
    finally:
        stop.set()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    if proc.returncode != 0:
        raise BenchError(f"wrk failed: {out}{err}")
    res = parse_wrk(out)
    lat = [t * 1e3 for t, st in samples if st == 200]
    bad = [st for _, st in samples if st != 200]
    p99 = percentile(lat, 99)
    worst = max(lat) if lat else None
    return {
        "distinct_requests": len(kept), "checked": counts, "wrk": res, "queue_limit": queue_limit,
        "healthz": {"samples": len(samples), "ok": len(lat), "not_ok": bad[:20], "not_ok_count": len(bad),
                    "p50_ms": percentile(lat, 50), "p99_ms": p99, "max_ms": worst},
        "status_503": res["status"].get("503", 0),
        "goal": p99 is not None and p99 <= 50.0 and not bad,
    }


def _overload(ctx: Context, server: Server, clients: int = 160) -> dict:
    """More clients than the engine queue holds: the surplus gets 503 at once."""
    seconds = 3.0
    script = ctx.tmp / "load.lua"
    argv = wrk_argv(server.url("/"), clients, seconds, script)
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = proc.communicate(timeout=seconds + 30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    retry_after = next((line.split(" ", 1)[1].strip() for line in out.splitlines()
                        if line.startswith("RETRY_AFTER ")), None)
    if proc.returncode != 0:
        raise BenchError(f"wrk failed: {out}{err}")
    return {"clients": clients, "seconds": seconds, "wrk": parse_wrk(out),
            "retry_after": retry_after}


def _pathological_cite(port: int) -> dict:
    reps = (100_000 - 1) // len(PATHOLOGICAL_UNIT)
    text = PATHOLOGICAL_UNIT * reps
    began = time.perf_counter()
    try:
        status, data, headers = request(port, "POST", "/v1/cite", {"text": text, "regency": "tabalong"},
                                        timeout=60)
    except (OSError, http.client.HTTPException) as exc:
        return {"chars": len(text), "status": None, "error": repr(exc),
                "seconds": time.perf_counter() - began, "goal": False}
    seconds = time.perf_counter() - began
    info: dict[str, Any] = {"chars": len(text), "status": status, "seconds": seconds, "bytes": len(data)}
    try:
        doc = json.loads(data)
        if "error" in doc:
            info["error_type"] = doc["error"].get("type")
        else:
            info["citations"] = len(doc.get("citations", []))
            info["truncated"] = doc.get("truncated")
    except ValueError:
        pass
    bounded = status == 200 or 400 <= status < 500 or status == 503
    info["goal"] = bounded and seconds <= 5.5 and len(data) <= 10 * 1024 * 1024
    return info


def _huge_body(port: int, total: int = HUGE_BODY, chunk: int = 256 * 1024,
               budget: float = 120.0) -> dict:
    """POST a ``total``-byte body streamed in chunks; stop sending as soon as
    the server answers or closes."""
    conn = http.client.HTTPConnection(HOST, port, timeout=30)
    began = time.perf_counter()
    conn.putrequest("POST", "/v1/cite")
    conn.putheader("Content-Type", "application/json")
    conn.putheader("Content-Length", str(total))
    conn.endheaders()
    sock = conn.sock
    poller = select.poll()
    poller.register(sock, select.POLLIN | select.POLLERR | select.POLLHUP)

    def chunks():
        block = b" " * chunk
        left = total
        while left > 0:
            n = min(chunk, left)
            yield block[:n]
            left -= n

    sent = 0
    stopped = "sent whole body"
    for piece in chunks():
        if poller.poll(0):
            stopped = "server answered before the body was sent"
            break
        try:
            sock.sendall(piece)
        except (BrokenPipeError, ConnectionResetError) as exc:
            stopped = f"server closed the connection ({type(exc).__name__})"
            break
        sent += len(piece)
        if time.perf_counter() - began > budget:
            stopped = f"gave up after {budget:g} s"
            break
    send_s = time.perf_counter() - began
    status = None
    error = None
    try:
        resp = conn.getresponse()
        status = resp.status
        resp.read()
    except (OSError, http.client.HTTPException) as exc:
        error = repr(exc)
    finally:
        conn.close()
    seconds = time.perf_counter() - began
    return {"content_length": total, "sent_bytes": sent, "stopped": stopped, "status": status,
            "error": error, "seconds": seconds, "send_seconds": send_s,
            "goal": status == 413 and seconds < 2.0}


def _idle_connections(port: int, wanted: int, wait: float, header_timeout: float) -> dict:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    need = wanted + 256
    raised = None
    if soft != resource.RLIM_INFINITY and soft < need:
        new = need if hard == resource.RLIM_INFINITY else min(hard, need)
        resource.setrlimit(resource.RLIMIT_NOFILE, (new, hard))
        raised = (soft, new)
        soft = new
    n = wanted if soft == resource.RLIM_INFINITY else min(wanted, soft - 256)
    socks: list[socket.socket] = []
    opened: dict[int, float] = {}
    closed: dict[int, float] = {}
    answered = 0
    try:
        for _ in range(n):
            sock = socket.create_connection((HOST, port), timeout=5)
            sock.setblocking(False)
            socks.append(sock)
            opened[sock.fileno()] = time.perf_counter()
        all_open = time.perf_counter()
        log(f"section 5: {n} idle connections open; watching them for up to {wait:g} s")
        try:
            probe_status: Any = request(port, "GET", "/healthz", timeout=5)[0]
        except (OSError, http.client.HTTPException) as exc:
            probe_status = type(exc).__name__
        poller = select.poll()
        by_fd = {sock.fileno(): sock for sock in socks}
        for fd in by_fd:
            poller.register(fd, select.POLLIN | select.POLLERR | select.POLLHUP)
        deadline = all_open + wait
        while len(closed) < n and time.perf_counter() < deadline:
            for fd, _ in poller.poll(100):
                try:
                    data = by_fd[fd].recv(1024)
                except BlockingIOError:
                    continue
                except OSError:
                    data = b""
                if data:
                    answered += 1          # the server wrote something (it should not)
                closed[fd] = time.perf_counter() - opened[fd]
                poller.unregister(fd)
    finally:
        for sock in socks:
            sock.close()
    times = sorted(closed.values())
    within = {f"{t:g}": sum(1 for c in times if c <= t) for t in (header_timeout + 2, wait)}
    return {"opened": n, "fd_limit_raised": raised, "header_timeout_env": header_timeout,
            "waited_s": wait, "closed": len(times), "closed_within": within,
            "answered": answered,
            "first_close_s": times[0] if times else None,
            "median_close_s": statistics.median(times) if times else None,
            "last_close_s": times[-1] if times else None,
            "healthz_during": probe_status,
            "goal": len(times) == n and answered == 0}


def section_bounded(ctx: Context) -> dict:
    s = ctx.s
    env = dict(os.environ, PERBUP_CACHE_MB="0", PERBUP_HEADER_TIMEOUT=f"{s.header_timeout:g}")
    server = ctx.perbup("perbup-nomemo", env=env).start()
    try:
        load = _healthz_under_load(ctx, server)
        h = load["healthz"]
        log(f"section 5: healthz p50 {_f(h['p50_ms'], '{:.1f}')} ms, p99 {_f(h['p99_ms'], '{:.1f}')} "
            f"ms, max {_f(h['max_ms'], '{:.1f}')} ms; wrk statuses {load['wrk']['status']}")
        time.sleep(1.0)
        overload = _overload(ctx, server)
        log(f"section 5: {overload['clients']} clients: wrk statuses {overload['wrk']['status']}, "
            f"Retry-After {overload['retry_after']!r}")
        time.sleep(1.0)
        cite = _pathological_cite(server.port)
        log(f"section 5: pathological cite: {cite.get('status')} in {cite['seconds']:.2f} s, "
            f"{cite.get('bytes')} bytes")
        huge = _huge_body(server.port)
        log(f"section 5: 300 MB body: {huge['status']} after {huge['seconds']:.3f} s "
            f"({huge['sent_bytes']} bytes sent; {huge['stopped']})")
        idle = _idle_connections(server.port, s.idle_connections, s.idle_wait, s.header_timeout)
        log(f"section 5: idle connections closed: {idle['closed']}/{idle['opened']}, "
            f"median after {idle['median_close_s']} s")
        after = None
        try:
            after = request(server.port, "GET", "/healthz", timeout=10)[0]
        except (OSError, http.client.HTTPException) as exc:
            after = type(exc).__name__
    finally:
        server.stop()
    return {"server_env": {"PERBUP_CACHE_MB": "0", "PERBUP_HEADER_TIMEOUT": f"{s.header_timeout:g}"},
            "load": load, "overload": overload, "pathological_cite": cite, "huge_body": huge, "idle": idle,
            "healthz_after": after}


# -------------------------------------------------------------------- section 6

def _keepalive_latency(port: int, n: int = 50) -> dict:
    conn = http.client.HTTPConnection(HOST, port, timeout=10)
    times = []
    reconnects = 0
    statuses = set()
    try:
        sock = None
        for _ in range(n):
            began = time.perf_counter()
            conn.request("GET", "/healthz")
            resp = conn.getresponse()
            resp.read()
            times.append((time.perf_counter() - began) * 1e3)
            statuses.add(resp.status)
            if sock is not None and conn.sock is not sock:
                reconnects += 1
            sock = conn.sock
    finally:
        conn.close()
    return {"requests": n, "median_ms": statistics.median(times),
            "median_after_first_ms": statistics.median(times[1:]), "first_ms": times[0],
            "max_ms": max(times), "reconnects": reconnects, "statuses": sorted(statuses)}


def section_scale_out(ctx: Context) -> dict:
    s = ctx.s
    one = ctx.one()
    multi = ctx.perbup("perbup-w2", "--workers", "2").start()
    try:
        check_200(multi.port, "GET", ASK_PATH, what="ask on --workers 2")
        check_200(one.port, "GET", ASK_PATH, what="ask on one process")
        log("section 6: warming both workers' memos (1 s of load)")
        run_wrk(multi.url(ASK_PATH), 64, 1)
        one_runs, multi_runs = [], []
        for rnd in range(s.rounds):
            one_runs.append(run_wrk(one.url(ASK_PATH), 64, s.duration))
            multi_runs.append(run_wrk(multi.url(ASK_PATH), 64, s.duration))
            log(f"section 6 round {rnd + 1}: one process {one_runs[-1]['rps']:.0f} req/s, "
                f"--workers 2 {multi_runs[-1]['rps']:.0f} req/s")
        ratios = [m["rps"] / o["rps"] for m, o in zip(multi_runs, one_runs) if o["rps"]]
        nodelay = {"perbup serve (1 process)": _keepalive_latency(one.port),
                   "perbup serve --workers 2": _keepalive_latency(multi.port)}
    finally:
        multi.stop()
    port = free_port()
    uv = Server("uvicorn-w2", [str(BIN / "uvicorn"), "--factory", "pyapi.api:create_app",
                               "--workers", "2", "--host", HOST, "--port", str(port)],
                port, ctx.tmp).start()
    try:
        nodelay["uvicorn --workers 2"] = _keepalive_latency(uv.port)
    finally:
        uv.stop()
    for name, r in nodelay.items():
        log(f"section 6: keep-alive /healthz on {name}: median {r['median_ms']:.2f} ms")
    ours = nodelay["perbup serve --workers 2"]["median_ms"]
    theirs = nodelay["uvicorn --workers 2"]["median_ms"]
    return {
        "one_process": {"rps": median([r["rps"] for r in one_runs]), "rounds": one_runs},
        "workers_2": {"rps": median([r["rps"] for r in multi_runs]), "rounds": multi_runs},
        "ratio": median(ratios), "ratios": ratios,
        "errors": sum(r["errors"] for r in one_runs + multi_runs),
        "nodelay": nodelay,
        "caveat_reproduced": theirs >= 30.0 and ours < 10.0,
        "ours_ok": ours < 10.0,
    }


# ------------------------------------------------------------------ machine info

def machine_info() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = int(line.split()[1])
    except OSError:
        pass

    def first_line(argv: list[str]) -> str:
        try:
            done = subprocess.run(argv, capture_output=True, text=True, timeout=10)
            return (done.stdout or done.stderr).strip().splitlines()[0]
        except (OSError, IndexError, subprocess.TimeoutExpired):
            return "unknown"

    try:
        import uvicorn
        uvicorn_version = uvicorn.__version__
    except ImportError:
        uvicorn_version = "unknown"
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "mem_total_mib": round(mem / 1024) if mem else None,
        "kernel": platform.release(),
        "python": platform.python_version(),
        "swipl": first_line(["swipl", "--version"]),
        "uvicorn": uvicorn_version,
        "wrk": first_line(["wrk", "-v"]).split(" Copyright")[0],
        "loadavg_at_start": os.getloadavg(),
    }


# ------------------------------------------------------------------------ README

def _f(value, fmt: str = "{:.2f}", none: str = "–") -> str:
    return none if value is None else fmt.format(value)


def _mark(ok: bool | None) -> str:
    return "–" if ok is None else ("yes" if ok else "**no**")


def _table(head: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return out


def render_readme(res: dict) -> str:
    meta, opts, secs = res["meta"], res["options"], res["sections"]
    m = meta["machine"]
    L: list[str] = []
    L += ["# Serving benchmark", "",
          "`bench/serving.py` measures how the HTTP server (`perbup serve`) performs and stays "
          "bounded: (1) throughput and latency of each endpoint against a bare FastAPI `/ping` "
          "served by the same uvicorn configuration, (2) the time one question costs in process, "
          "on the engine and from the answer memo, (3) cold start, (4) resident memory under a "
          "long mixed load, (5) behaviour under overload and hostile input, (6) scale-out with "
          "`--workers 2` and whether TCP_NODELAY holds. The machine is shared and noisy, so "
          "throughput is reported as ratios against a reference measured in the same run, "
          "interleaved with the measured targets.", "",
          "This file and `results.json` (every raw number) are written by the bench; do not edit "
          "them by hand.", "",
          "## Command", "",
          "```sh",
          "./dev.sh bench                 # full run: 5 s per wrk run, 3 interleaved rounds (~7 min)",
          "./dev.sh bench --quick         # 2 s per wrk run, 1 round, shorter loads (~1.5 min)",
          "./dev.sh bench --only 1,6      # only some sections (1..6); --out DIR writes elsewhere",
          "```", "",
          "`./dev.sh bench` sets the project up, installs `wrk` from Debian's packages when it "
          "is missing, and runs `.venv/bin/python bench/serving.py`. Every server it starts "
          "listens on 127.0.0.1 on a free port, in its own process group, and is killed at the "
          "end (also on Ctrl-C).", "",
          "## This run", "",
          f"- command: `{meta['command']}`" + (" (**partial run**: sections "
                                                 f"{', '.join(map(str, opts['sections']))})"
                                                 if opts["sections"] != [1, 2, 3, 4, 5, 6] else ""),
          f"- date: {meta['date']} (took {meta['elapsed_s'] / 60:.1f} min)",
          f"- mode: {'quick' if opts['quick'] else 'full'}: wrk runs of {opts['duration_s']} s, "
          f"{opts['rounds']} round(s), `wrk -t1 -cC --latency` with C in "
          f"{', '.join(map(str, opts['clients']))}",
          f"- machine: {m['nproc']} CPUs (nproc), {m['cpu']}, {m['mem_total_mib']} MiB memory, "
          f"Linux {m['kernel']}; load average at start "
          f"{', '.join(f'{x:.2f}' for x in m['loadavg_at_start'])}",
          f"- software: Python {m['python']}, {m['swipl']}, uvicorn {m['uvicorn']}, {m['wrk']}",
          ""]
    summary = summarise(res)
    if summary:
        L += ["## Goals at a glance", "",
              "Each goal, what this run measured, and whether it is met (details in the sections "
              "below).", ""]
        L += _table(["section", "goal", "measured", "met"], summary)
        L.append("")
    if "1" in secs:
        L += _render_1(secs["1"])
    if "2" in secs:
        L += _render_2(secs["2"])
    if "3" in secs:
        L += _render_3(secs["3"])
    if "4" in secs:
        L += _render_4(secs["4"])
    if "5" in secs:
        L += _render_5(secs["5"])
    if "6" in secs:
        L += _render_6(secs["6"])
    findings = collect_findings(res)
    L += ["## Findings", ""]
    L += [f"- {f}" for f in findings] if findings else ["- Every goal measured here is met."]
    L.append("")
    scale = BENCH / "scale.md"        # written by bench/scale.py, kept with this report
    if scale.exists():
        L += [scale.read_text(encoding="utf-8")]
    return "\n".join(L)


def summarise(res: dict) -> list[list[str]]:
    secs = res["sections"]
    rows: list[list[str]] = []
    if "1" in secs:
        real = [r for r in secs["1"]["rows"] if r["target"] != "ping"]
        low = min(real, key=lambda r: r["ratio"] or 0)
        worst_tail = max(secs["1"]["rows"], key=lambda r: r["p99_over_p50"] or 0)
        rows.append(["1", "every target ≥ 0.6 × ping req/s",
                     f"lowest: {low['target']} at {low['clients']} clients, {_f(low['ratio'])}",
                     _mark(all(r["goal_ratio"] for r in real))])
        rows.append(["1", "p99 ≤ 2 × p50",
                     f"highest p99/p50: {worst_tail['target']} at {worst_tail['clients']} clients, "
                     f"{_f(worst_tail['p99_over_p50'])}",
                     _mark(all(r["goal_tail"] for r in secs["1"]["rows"]))])
    if "2" in secs:
        r2 = secs["2"]["rows"]
        eng = max(r2, key=lambda r: r["engine_us"])
        hit = max(r2, key=lambda r: r["memo_hit_us"])
        rows.append(["2", "≤ 100 µs per question, or served from the table the rules built",
                     f"engine run up to {eng['engine_us']:,.0f} µs ({eng['question']} {eng['op']}); "
                     f"memo hit up to {hit['memo_hit_us']:.1f} µs",
                     _mark(all(r["goal"] for r in r2))])
    if "3" in secs:
        rows.append(["3", "cold start ≤ 1 s", f"{_f(secs['3']['first_answer_s'], '{:.2f} s')} "
                     f"spawn to first answer; the bare /ping app takes "
                     f"{_f(secs['3'].get('ping_first_answer_s'), '{:.2f} s')} "
                     f"(load_seconds {_f(secs['3']['load_seconds'], '{:.3f}')})",
                     _mark(secs["3"]["goal"])])
    if "4" in secs:
        s4 = secs["4"]
        lo, hi = (s4["rss_at_marks"].get(str(m)) for m in s4["marks"])
        rows.append(["4", f"RSS from {s4['marks'][0]:,} to {s4['marks'][1]:,} requests within ±5%",
                     f"{_f(lo and lo['rss_kb'] / 1024, '{:.1f}')} → {_f(hi and hi['rss_kb'] / 1024, '{:.1f}')}"
                     f" MiB ({_f(s4['change_pct'], '{:+.2f}')}%)", _mark(s4["goal"])])
    if "5" in secs:
        s5 = secs["5"]
        h = s5["load"]["healthz"]
        rows.append(["5", "/healthz under load ≤ 50 ms", f"p99 {_f(h['p99_ms'], '{:.1f}')} ms, "
                     f"max {_f(h['max_ms'], '{:.1f}')} ms", _mark(s5["load"]["goal"])])
        c = s5["pathological_cite"]
        rows.append(["5", "pathological cite ends within 5 s, bounded",
                     f"{c.get('status')} in {c['seconds']:.2f} s, {c.get('bytes', 0):,} bytes",
                     _mark(c["goal"])])
        b = s5["huge_body"]
        rows.append(["5", "300 MB body refused at once (413)",
                     f"{b['status']} after {b['seconds'] * 1e3:.0f} ms", _mark(b["goal"])])
        i = s5["idle"]
        rows.append(["5", "idle connections closed by the header deadline",
                     f"{i['closed']}/{i['opened']} closed, median after {_f(i['median_close_s'], '{:.1f}')} s",
                     _mark(i["goal"])])
    if "6" in secs:
        s6 = secs["6"]
        nd = s6["nodelay"]
        rows.append(["6", "keep-alive latency with --workers 2 not delayed (TCP_NODELAY)",
                     f"perbup {nd['perbup serve --workers 2']['median_ms']:.2f} ms vs uvicorn "
                     f"{nd['uvicorn --workers 2']['median_ms']:.2f} ms", _mark(s6["ours_ok"])])
    return rows


def _render_1(s1: dict) -> list[str]:
    L = ["## 1. Throughput against the framework ceiling", "",
         "Reference: `bench/ping_app.py`, a bare FastAPI app with one route `GET /ping` → "
         "`{\"pong\": true}`, served exactly like `perbup serve` (uvicorn.Config with "
         "`http=\"pyapi.serving:HeaderTimeoutProtocol\"`, `access_log=False`, "
         "`limit_concurrency=1000`, `timeout_keep_alive=5`, one process, an IPPROTO_TCP socket). "
         "The real server is `.venv/bin/perbup serve` (one process, defaults). Each target was "
         "requested once before measuring and had to answer 200; that first request also fills "
         "the server's answer memo, which is the designed behaviour (answers are memoised on "
         "first use), so `ask`, `explain`, `assessor`, `why-not`, `diagram` and `vocabulary` are "
         "measured as memo hits; `cite` (POST) is computed on every request, `healthz` is "
         "computed from start-up state.", "",
         f"Each cell: `wrk -t1 -cC -d{s1['duration_s']}s --latency`, {s1['rounds']} round(s) "
         "interleaved (for each round, for each C, ping first, then every target), median over "
         "rounds. *ratio* is the median over rounds of (target req/s ÷ ping req/s of the same "
         "round and C).", "",
         "How to read it: a ratio near 1 means the endpoint costs about what FastAPI and uvicorn "
         "cost for a trivial route, so the framework, not our code, is the ceiling; the goals are "
         "ratio ≥ 0.6 and p99 ≤ 2 × p50 (a flat latency distribution). Errors are non-2xx "
         "responses and socket errors that wrk counted; a row with errors is flagged.", ""]
    rows = []
    for r in s1["rows"]:
        errors = ", ".join(f"{k} {v}" for k, v in r["errors"].items()) or "0"
        if r["errors"]:
            errors = f"**{errors}**"
        rows.append([r["target"], str(r["clients"]), f"{r['rps']:,.0f}", _f(r["p50_ms"]),
                     _f(r["p99_ms"]), _f(r["p99_over_p50"]), _f(r["ratio"]),
                     _mark(r["goal_ratio"]) if r["target"] != "ping" else "(reference)",
                     _mark(r["goal_tail"]), errors])
    L += _table(["target", "clients", "req/s", "p50 ms", "p99 ms", "p99/p50", "ratio to ping",
                 "ratio ≥ 0.6", "p99 ≤ 2×p50", "errors"], rows)
    L += ["", "Targets: " + "; ".join(
        f"`{r['target']}` = `{r['method']} {r['path']}`" for r in s1["rows"] if r["clients"] == s1["clients"][0])
        + " (`cite` with the JSON body `" + json.dumps(CITE_BODY, ensure_ascii=False) + "`).", ""]
    return L


def _render_2(s2: dict) -> list[str]:
    L = ["## 2. Time per question type, in process", "",
         f"In the bench process: `pyapi.kb.KnowledgeBase().start()` (took {s2['kb_start_s']:.2f} s), "
         f"regency `{s2['regency']}`, parameters from the {s2['params_source']}. "
         "*engine run* is the median of `kb.engine.call_raw(op, args)`: the hop to the engine "
         "thread, Prolog, and writing the JSON (about 200 runs, fewer when one takes long). "
         "*memo hit* is the median per call of `await kb.araw(op, args)` after the first call "
         "(2,000 calls): the answer table the rules filled. "
         f"*Prolog (est.)* is the engine run minus the fixed cost of `call_raw(\"ping\", {{}})` "
         f"({s2['ping_us']:.0f} µs, the thread hop and JSON in and out); it is an estimate, not a "
         "measurement of Prolog alone.", "",
         "How to read it: the goal is ≤ 100 µs per question, or the answer served from a table "
         "built by the rules; *met by* says which (engine: the run itself is fast enough; memo: "
         "only the table is).", ""]
    rows = []
    for r in s2["rows"]:
        params = ", ".join(f"{k}={v}" for k, v in r["params"].items()) or "–"
        rows.append([r["question"], r["op"], params, str(r["status"]), f"{r['bytes']:,}",
                     f"{r['engine_us']:,.0f}", f"{r['prolog_estimate_us']:,.0f}",
                     f"{r['memo_hit_us']:.1f}", r["goal"] or "**no**"])
    L += _table(["question", "op", "params", "status", "bytes", "engine run µs", "Prolog (est.) µs",
                 "memo hit µs", "met by"], rows)
    L.append("")
    return L


def _render_3(s3: dict) -> list[str]:
    L = ["## 3. Cold start", "",
         f"`.venv/bin/perbup serve --port X` spawned {len(s3['spawns'])} time(s); from just before "
         "the spawn, `GET " + ASK_PATH + "` is polled every 20 ms until it answers 200. "
         "`load_seconds` is what `/healthz` reports (the knowledge base's own start: engine, "
         "rules, and the five regulations, loaded from their saved forms in the start cache, "
         "which the first spawn leaves when the cache is cold), which runs in threads while the server "
         "imports its web framework. Before each spawn the bare `/ping` app is spawned the same "
         "way: its first answer is the floor that starting Python, FastAPI and uvicorn sets on "
         "this machine at that moment.", "",
         "How to read it: the goal is the first answer within 1 s of the spawn (median); "
         "*above the floor* is what the knowledge base adds to a server that does nothing.", ""]
    rows = [[str(i + 1), f"{sp['first_answer_s']:.3f}", _f(sp.get("ping_first_answer_s"), "{:.3f}"),
             _f(sp["first_answer_s"] - sp["ping_first_answer_s"], "{:+.3f}")
             if sp.get("ping_first_answer_s") is not None else "–",
             _f(sp["load_seconds"], "{:.3f}")]
            for i, sp in enumerate(s3["spawns"])]
    floor = s3.get("ping_first_answer_s")
    rows.append(["median", f"{s3['first_answer_s']:.3f}", _f(floor, "{:.3f}"),
                 _f(s3["first_answer_s"] - floor, "{:+.3f}") if floor is not None else "–",
                 _f(s3["load_seconds"], "{:.3f}")])
    L += _table(["spawn", "perbup serve: spawn → first answer, s", "bare /ping app, s",
                 "above the floor, s", "load_seconds"], rows)
    L += ["", f"Goal ≤ 1 s: {_mark(s3['goal'])}.", ""]
    return L


def _render_4(s4: dict) -> list[str]:
    lo_m, hi_m = s4["marks"]
    lo, hi = s4["rss_at_marks"].get(str(lo_m)), s4["rss_at_marks"].get(str(hi_m))
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(s4["kept_by_kind"].items()))
    dropped = {k: {st: n for st, n in v.items() if st != "200"} for k, v in s4["checked"].items()}
    dropped_txt = "; ".join(f"{k}: " + ", ".join(f"{n}× {st}" for st, n in v.items())
                            for k, v in dropped.items() if v) or "none"
    cache = (s4.get("readyz") or {}).get("cache") or {}
    L = ["## 4. Resident memory under a long mixed load", "",
         f"One fresh `perbup serve` process. A wrk Lua script cycles through {s4['distinct_requests']} "
         f"distinct requests ({kinds}) over the five regencies, four subjects, three capacities and "
         "several question ids, each checked once beforehand (kept only if it answered 200; "
         f"dropped: {dropped_txt}). The load runs at 16 clients in successive 2 s segments, each "
         "stopped by the script after the requests left to the next mark; VmRSS is read from "
         "/proc/PID/status after each segment.", "",
         f"How to read it: once the memo holds every distinct answer, memory should stay flat; the "
         f"goal is RSS at {hi_m:,} requests within ±5% of RSS at {lo_m:,}.", ""]
    rows = [["start (after readiness)", "0", f"{s4['rss_start_kb'] / 1024:.1f}"],
            ["after the check pass", "0", f"{s4['rss_after_check_kb'] / 1024:.1f}"]]
    for label, mark, sample in ((f"~{lo_m:,}", lo_m, lo), (f"~{hi_m:,}", hi_m, hi)):
        rows.append([label, f"{sample['requests']:,}" if sample else "not reached",
                     f"{sample['rss_kb'] / 1024:.1f}" if sample else "–"])
    L += _table(["when", "requests by wrk", "VmRSS MiB"], rows)
    statuses = ", ".join(f"{k}: {v:,}" for k, v in sorted(s4["statuses"].items()))
    L += ["", f"Change from {lo_m:,} to {hi_m:,} requests: {_f(s4['change_pct'], '{:+.2f}')}% "
          f"(goal ±5%: {_mark(s4['goal'])}). Statuses wrk saw: {statuses}; socket errors "
          f"{s4['socket_errors']}. `/readyz` at the end: memo entries {cache.get('entries')}, "
          f"{(cache.get('bytes') or 0) / 1024:,.0f} KiB (limit {(cache.get('max_bytes') or 0) / 2**20:,.0f} MiB), "
          f"hits {cache.get('hits'):,}, misses {cache.get('misses'):,} (a GET answer is kept "
          "twice, as the operation's result and as the HTTP response the memo middleware keeps; "
          "a diagram also as its SVG)."
          if cache else "", ""]
    return L


def _render_5(s5: dict) -> list[str]:
    load, cite, huge, idle = s5["load"], s5["pathological_cite"], s5["huge_body"], s5["idle"]
    h = load["healthz"]
    w = load["wrk"]
    statuses = ", ".join(f"{k}: {v:,}" for k, v in sorted(w["status"].items()))
    L = ["## 5. Bounded under load and hostile input", "",
         "A second one-process server with `PERBUP_CACHE_MB=0` (memo off: every request runs on "
         f"the engine) and `PERBUP_HEADER_TIMEOUT={s5['server_env']['PERBUP_HEADER_TIMEOUT']}`.", "",
         f"**Health under load.** wrk runs 64 clients for {w['seconds']:.0f} s on a script cycling "
         f"through {load['distinct_requests']} explained asks and diagrams (different regencies, "
         "subjects, capacities); meanwhile the bench sends `GET /healthz` on one keep-alive "
         "connection every 50 ms. How to read it: the goal is /healthz within 50 ms even when "
         "the engine is saturated; a full engine queue answers 503 with Retry-After, which is "
         "expected and counted.", ""]
    L += _table(["healthz samples", "p50 ms", "p99 ms", "max ms", "not 200", "wrk req/s",
                 "wrk statuses", "503s", "socket errors"],
                [[str(h["samples"]), _f(h["p50_ms"], "{:.1f}"), _f(h["p99_ms"], "{:.1f}"),
                  _f(h["max_ms"], "{:.1f}"), str(h["not_ok_count"]), _f(w["rps"], "{:,.0f}"),
                  statuses, str(load["status_503"]),
                  ", ".join(f"{k} {v}" for k, v in w["socket_errors"].items()) or "0"]])
    note = ""
    if not load["status_503"] and load.get("queue_limit") and load["queue_limit"] >= 64:
        note = (f" No 503: with 64 clients at most 63 requests wait behind the one running, under "
                f"the engine queue limit of {load['queue_limit']}.")
    L += ["", f"Goal ≤ 50 ms: {_mark(load['goal'])}.{note}", ""]
    over = s5.get("overload")
    if over:
        ow = over["wrk"]
        L += [f"**Overload.** Then {over['clients']} clients for {over['seconds']:.0f} s on the same "
              "script, more than the engine queue holds: the surplus must be refused at once with "
              "503 and Retry-After, not queued without bound. wrk statuses: "
              + ", ".join(f"{k}: {v:,}" for k, v in sorted(ow["status"].items()))
              + f"; the 503s carried Retry-After: `{over['retry_after']}` (seconds).", ""]
    L += [
          "**Hostile input**, with the load stopped. How to read it: each must end quickly with a "
          "bounded answer or a refusal, never hold the server.", ""]
    cite_what = (f"error `{cite['error_type']}`" if cite.get("error_type")
                 else f"{cite.get('citations')} citations" + (", truncated" if cite.get("truncated") else ""))
    rows = [
        [f"POST /v1/cite, `\"{PATHOLOGICAL_UNIT}\"` × {cite['chars'] // len(PATHOLOGICAL_UNIT):,} "
         f"({cite['chars']:,} chars), regency tabalong", str(cite.get("status")),
         f"{cite['seconds']:.2f}", f"{cite.get('bytes', 0):,} bytes, {cite_what}",
         "ends within the 5 s limit, bounded answer, 4xx or 503", _mark(cite["goal"])],
        [f"POST /v1/cite with `Content-Length: {huge['content_length']:,}` (300 MB), streamed",
         str(huge["status"]), f"{huge['seconds']:.3f}",
         f"{huge['sent_bytes']:,} bytes sent; {huge['stopped']}"
         + (f"; {huge['error']}" if huge.get("error") else ""),
         "413 at once, long before the upload could finish", _mark(huge["goal"])],
    ]
    L += _table(["request", "status", "seconds", "what came back", "goal", "met"], rows)
    within = ", ".join(f"≤ {k} s: {v}" for k, v in idle["closed_within"].items())
    L += ["", f"**Idle connections.** {idle['opened']:,} TCP connections opened that send "
          f"nothing (`ulimit -n` " + (f"raised from {idle['fd_limit_raised'][0]} to "
                                      f"{idle['fd_limit_raised'][1]}" if idle["fd_limit_raised"] else "sufficient")
          + f"), watched for up to {idle['waited_s']:g} s after the last opened, against the server "
          f"started with PERBUP_HEADER_TIMEOUT={idle['header_timeout_env']:g} (the default deadline "
          "is 10 s). How to read it: every connection should be closed by the server soon after "
          "the header deadline.", ""]
    L += _table(["opened", "closed by the server", "closed within", "first / median / last close, s",
                 "/healthz while they were open", "met"],
                [[f"{idle['opened']:,}", f"{idle['closed']:,}", within,
                  f"{_f(idle['first_close_s'], '{:.1f}')} / {_f(idle['median_close_s'], '{:.1f}')} / "
                  f"{_f(idle['last_close_s'], '{:.1f}')}", str(idle["healthz_during"]),
                  _mark(idle["goal"])]])
    med = idle["median_close_s"]
    env_t = idle["header_timeout_env"]
    if med is not None:
        honoured = abs(med - env_t) < 1.0
        L += ["", (f"The connections closed about {med:.1f} s after opening, so the "
                   f"PERBUP_HEADER_TIMEOUT={env_t:g} setting was honoured." if honoured else
                   f"The connections closed about {med:.1f} s after opening, not {env_t:g} s: "
                   f"PERBUP_HEADER_TIMEOUT={env_t:g} was **not** honoured by this server"
                   + (" (the 10 s default applied)." if abs(med - 10.0) < 1.0 else "."))]
    L += ["", f"`/healthz` after all of this: {s5['healthz_after']}.", ""]
    return L


def _render_6(s6: dict) -> list[str]:
    nd = s6["nodelay"]
    L = ["## 6. Scale-out and TCP_NODELAY", "",
         "`perbup serve --workers 2` against the one-process server, `ask` at 64 clients, "
         f"{len(s6['ratios'])} interleaved round(s) (one process, then two workers), both memos "
         "warm. How to read it: the ratio is the gain from a second worker on this machine; wrk "
         "shares the same cores, so the gain is bounded by what the load generator leaves.", ""]
    L += _table(["server", "req/s (median)", "ratio to one process"],
                [["perbup serve (1 process)", f"{s6['one_process']['rps']:,.0f}", "1.00"],
                 ["perbup serve --workers 2", f"{s6['workers_2']['rps']:,.0f}", _f(s6["ratio"])]])
    L += ["", "TCP_NODELAY, checked rather than assumed: over ONE keep-alive connection "
          "(http.client, reused), 50 sequential `GET /healthz`. `perbup serve` makes its listening "
          "socket with IPPROTO_TCP, so asyncio sets TCP_NODELAY on accepted connections; uvicorn's "
          "own multiprocess path (`.venv/bin/uvicorn --factory pyapi.api:create_app --workers 2`) "
          "binds with proto 0, so asyncio does not, and a response written in two parts waits for "
          "the client's delayed ACK (~40 ms) on every keep-alive request after the first few "
          "(uvicorn issue #3149). How to read it: a median of a few ms is healthy, ~40 ms is the "
          "caveat.", ""]
    L += _table(["server", "median ms", "median after the first, ms", "first ms", "max ms",
                 "reconnects"],
                [[name, f"{r['median_ms']:.2f}", f"{r['median_after_first_ms']:.2f}",
                  f"{r['first_ms']:.2f}", f"{r['max_ms']:.2f}", str(r["reconnects"])]
                 for name, r in nd.items()])
    theirs = nd["uvicorn --workers 2"]["median_ms"]
    ours = nd["perbup serve --workers 2"]["median_ms"]
    if s6["caveat_reproduced"]:
        verdict = (f"The caveat reproduced here: uvicorn's own `--workers 2` answers keep-alive "
                   f"requests in {theirs:.1f} ms (median), `perbup serve --workers 2` in {ours:.2f} ms.")
    elif ours < 10.0:
        verdict = (f"The caveat did not reproduce here: uvicorn's own `--workers 2` answered in "
                   f"{theirs:.2f} ms (median) and `perbup serve --workers 2` in {ours:.2f} ms.")
    else:
        verdict = (f"`perbup serve --workers 2` itself answered keep-alive requests in {ours:.1f} ms "
                   f"(median): TCP_NODELAY does not seem to hold for it (uvicorn's own: {theirs:.1f} ms).")
    L += ["", verdict, ""]
    return L


def collect_findings(res: dict) -> list[str]:
    secs = res["sections"]
    out = []
    if "1" in secs:
        for r in secs["1"]["rows"]:
            if r["target"] != "ping" and not r["goal_ratio"]:
                out.append(f"Section 1: `{r['target']}` at {r['clients']} clients reaches "
                           f"{_f(r['ratio'])} of ping (goal ≥ 0.6).")
            if not r["goal_tail"]:
                out.append(f"Section 1: `{r['target']}` at {r['clients']} clients has p99/p50 "
                           f"{_f(r['p99_over_p50'])} (goal ≤ 2)"
                           + (": the reference itself misses the tail goal at this concurrency "
                              "on this machine." if r["target"] == "ping" else "."))
            if r["errors"]:
                out.append(f"Section 1: `{r['target']}` at {r['clients']} clients had errors: "
                           + ", ".join(f"{k} {v}" for k, v in r["errors"].items()) + ".")
    if "2" in secs:
        for r in secs["2"]["rows"]:
            if not r["goal"]:
                out.append(f"Section 2: {r['question']} {r['op']} is over 100 µs even from the memo "
                           f"({r['memo_hit_us']:.1f} µs).")
    if "3" in secs and not secs["3"]["goal"]:
        out.append(f"Section 3: cold start takes {secs['3']['first_answer_s']:.2f} s to the first "
                   f"answer (goal ≤ 1 s); a bare FastAPI /ping app on the same server takes "
                   f"{_f(secs['3'].get('ping_first_answer_s'), '{:.2f}')} s, and the knowledge "
                   f"base's own load ({_f(secs['3']['load_seconds'], '{:.2f}')} s) runs beside "
                   f"the imports.")
    if "4" in secs:
        s4 = secs["4"]
        if not s4["goal"]:
            out.append(f"Section 4: RSS changed {_f(s4['change_pct'], '{:+.2f}')}% between the marks "
                       "(goal ±5%).")
        other = {k: v for k, v in s4["statuses"].items() if k != "200"}
        if other or s4["socket_errors"]:
            out.append(f"Section 4: the mixed load saw statuses {other} and {s4['socket_errors']} "
                       "socket errors.")
        bad = {k: {st: n for st, n in v.items() if st.startswith("5")} for k, v in s4["checked"].items()}
        if any(bad.values()):
            out.append(f"Section 4: some requests answered 5xx when checked: {bad}.")
    if "5" in secs:
        s5 = secs["5"]
        if not s5["load"]["goal"]:
            h = s5["load"]["healthz"]
            out.append(f"Section 5: /healthz under load: p99 {_f(h['p99_ms'], '{:.1f}')} ms, max "
                       f"{_f(h['max_ms'], '{:.1f}')} ms, {h['not_ok_count']} not 200 (goal ≤ 50 ms).")
        other5 = {k: v for k, v in s5["load"]["wrk"]["status"].items() if k not in ("200", "503")}
        if other5:
            out.append(f"Section 5: under load wrk saw statuses other than 200/503: {other5}.")
        if not s5["pathological_cite"]["goal"]:
            c = s5["pathological_cite"]
            out.append(f"Section 5: the pathological cite answered {c.get('status')} after "
                       f"{c['seconds']:.2f} s with {c.get('bytes', 0):,} bytes.")
        if not s5["huge_body"]["goal"]:
            b = s5["huge_body"]
            out.append(f"Section 5: the 300 MB body got {b['status']} after {b['seconds']:.2f} s "
                       f"({b['stopped']}).")
        idle = s5["idle"]
        if not idle["goal"]:
            out.append(f"Section 5: only {idle['closed']} of {idle['opened']} idle connections were "
                       f"closed within {idle['waited_s']:g} s.")
        if idle["median_close_s"] is not None and abs(idle["median_close_s"] - idle["header_timeout_env"]) >= 1.0:
            out.append(f"Section 5: PERBUP_HEADER_TIMEOUT={idle['header_timeout_env']:g} was not "
                       f"honoured: idle connections closed after {idle['median_close_s']:.1f} s (median).")
        if idle["healthz_during"] != 200:
            out.append(f"Section 5: while {idle['opened']:,} idle connections were open, /healthz "
                       f"answered {idle['healthz_during']} (uvicorn's limit_concurrency counts idle "
                       "connections).")
    if "6" in secs:
        s6 = secs["6"]
        if not s6["ours_ok"]:
            out.append("Section 6: `perbup serve --workers 2` answers keep-alive requests slowly "
                       f"({s6['nodelay']['perbup serve --workers 2']['median_ms']:.1f} ms median).")
        if s6["errors"]:
            out.append(f"Section 6: wrk counted {s6['errors']} errors.")
    return out


# -------------------------------------------------------------------------- main

SECTIONS: dict[int, tuple[str, Callable[[Context], dict]]] = {
    1: ("throughput against the framework ceiling", section_throughput),
    2: ("time per question type, in process", section_inprocess),
    3: ("cold start", section_cold_start),
    4: ("resident memory", section_memory),
    5: ("bounded under load", section_bounded),
    6: ("scale-out and TCP_NODELAY", section_scale_out),
}
# Section 2 loads SWI-Prolog into this process: run it last, with no server up.
RUN_ORDER = (1, 6, 3, 4, 5, 2)


def parse_sections(text: str) -> list[int]:
    try:
        chosen = sorted({int(x) for x in text.split(",") if x.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a comma list of 1..6: {text!r}") from None
    if not chosen or any(x not in SECTIONS for x in chosen):
        raise argparse.ArgumentTypeError(f"sections are 1..6: {text!r}")
    return chosen


def _on_signal(signum, frame):
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="./dev.sh bench",
                                     description="Benchmark the HTTP server; writes bench/README.md "
                                                 "and bench/results.json.")
    parser.add_argument("--quick", action="store_true",
                        help="2 s wrk runs, 1 round, shorter loads (about 1.5 minutes)")
    parser.add_argument("--only", type=parse_sections, default=list(SECTIONS),
                        metavar="SECTIONS", help="comma list of sections to run, of 1..6")
    parser.add_argument("--out", type=Path, default=BENCH,
                        help="directory for README.md and results.json (default: bench/)")
    args = parser.parse_args(argv)
    settings = Settings.make(args.quick, args.only, args.out)
    for tool in ("wrk",):
        if shutil.which(tool) is None:
            print(f"error: {tool} not found; ./dev.sh bench installs it", file=sys.stderr)
            return 2
    for exe in ("python", "perbup", "uvicorn"):
        if not (BIN / exe).exists():
            print(f"error: {BIN / exe} missing; run ./dev.sh setup", file=sys.stderr)
            return 2
    # Ctrl-C and SIGTERM end the run through the `finally` that stops every
    # server (SIGINT is set explicitly: a shell may start us with it ignored).
    signal.signal(signal.SIGTERM, _on_signal)
    signal.signal(signal.SIGINT, _on_signal)
    command = " ".join(["./dev.sh bench", *(sys.argv[1:] if argv is None else argv)])
    started = datetime.now(timezone.utc)
    results: dict[str, Any] = {
        "meta": {"command": command, "date": started.strftime("%Y-%m-%d %H:%M UTC"),
                 "machine": machine_info()},
        "options": {"quick": settings.quick, "sections": settings.sections,
                    "duration_s": settings.duration, "rounds": settings.rounds,
                    "clients": list(settings.clients)},
        "sections": {},
    }
    log(f"sections {settings.sections}, {'quick' if settings.quick else 'full'} mode")
    tmp = Path(tempfile.mkdtemp(prefix="perbup-bench-"))
    ctx = Context(settings, tmp)
    try:
        for number in RUN_ORDER:
            if number not in settings.sections:
                continue
            title, fn = SECTIONS[number]
            log(f"=== section {number}: {title}")
            if number == 2:
                ctx.stop_shared()
            results["sections"][str(number)] = fn(ctx)
            if number == 6 or (number == 1 and 6 not in settings.sections):
                ctx.stop_shared()
    except BenchError as exc:
        log(f"ABORTED: {exc}")
        return 1
    except KeyboardInterrupt:
        log("interrupted")
        return 130
    finally:
        stop_all()
        shutil.rmtree(tmp, ignore_errors=True)
    results["meta"]["elapsed_s"] = time.monotonic() - _T0
    results["sections"] = {k: results["sections"][k] for k in sorted(results["sections"])}
    settings.out.mkdir(parents=True, exist_ok=True)
    (settings.out / "results.json").write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n",
                                              encoding="utf-8")
    (settings.out / "README.md").write_text(render_readme(results), encoding="utf-8")
    log(f"wrote {settings.out / 'README.md'} and {settings.out / 'results.json'} "
        f"({results['meta']['elapsed_s'] / 60:.1f} min)")
    for line in collect_findings(results):
        log(f"finding: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
