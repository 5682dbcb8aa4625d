"""Answers by request: a memo in front of the engine.

The question space is finite and the knowledge base does not change once
it is loaded, so the JSON bytes the rules give for one normalised request
are the answer to every later identical request.  ``Answers`` keeps them
in a least-recently-used table bounded in bytes, fills it only with what
the engine returned (never by hand, never an error), and lets concurrent
callers of one missing key share a single engine run.

A memo in front of the engine rather than tabling inside Prolog: a hit
then costs no thread hop, no Prolog call and no JSON writing (the bytes
go to the client as they are), the bound is in bytes of output, which is
what uses memory, and the rules stay as they are.  ``clear()`` empties it
when the knowledge base changes (a file loaded after start).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Callable

# Operations whose result is a function of their arguments and the loaded
# knowledge base alone.
PURE_OPS = frozenset({"ask", "explain", "why_not", "vocabulary", "provision_tree"})


def request_key(op: str, args: dict | None) -> str:
    """One key for every spelling of the same request (key order ignored)."""
    return json.dumps([op, args or {}], sort_keys=True, ensure_ascii=False,
                      separators=(",", ":"))


class ByteLRU:
    """A least-recently-used map of keys to values (bytes, or anything whose
    size is given), bounded in the total of key and value sizes."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self._items: OrderedDict[str, tuple[Any, int]] = OrderedDict()
        self.bytes = 0
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> Any:
        item = self._items.get(key)
        if item is None:
            self.misses += 1
            return None
        self._items.move_to_end(key)
        self.hits += 1
        return item[0]

    def put(self, key: str, value: Any, size: int | None = None) -> None:
        size = (len(value) if size is None else size) + len(key)
        if size > self.max_bytes:
            return
        old = self._items.pop(key, None)
        if old is not None:
            self.bytes -= old[1]
        self._items[key] = (value, size)
        self.bytes += size
        while self.bytes > self.max_bytes:
            _, (_, dropped) = self._items.popitem(last=False)
            self.bytes -= dropped

    def clear(self) -> None:
        self._items.clear()
        self.bytes = 0

    def __len__(self) -> int:
        return len(self._items)

    def stats(self) -> dict:
        return {"entries": len(self._items), "bytes": self.bytes, "max_bytes": self.max_bytes,
                "hits": self.hits, "misses": self.misses}


@dataclass
class _Flight:
    future: asyncio.Future                   # the engine run, awaited by every waiter
    source: concurrent.futures.Future | None  # the engine's own future, to cancel it
    waiters: int = 0


class Answers:
    """Memoised engine results (bytes), shared by every caller of a process.

    ``submit(op, args)`` queues a request on the engine and returns a
    ``concurrent.futures.Future`` of its bytes; it is all this class needs
    of the engine.
    """

    def __init__(self, submit: Callable[..., concurrent.futures.Future], max_bytes: int):
        self._submit = submit
        self.table = ByteLRU(max_bytes)
        self._flights: dict[str, _Flight] = {}

    def clear(self) -> None:
        self.table.clear()

    async def get(self, op: str, args: dict | None,
                  until: Callable[[asyncio.Future], Any] | None = None) -> bytes:
        """The result bytes of ``op`` on ``args``: from the table, or from one
        engine run shared by every concurrent caller of the same request.

        ``until(fut)`` awaits ``fut`` and may raise when the caller should
        stop waiting (its client went away); the engine run is then
        dropped if nobody else waits for it and it has not started.
        """
        if op not in PURE_OPS:
            return await asyncio.wrap_future(self._submit(op, args))
        key = request_key(op, args)
        hit = self.table.get(key)
        if hit is not None:
            return hit
        flight = self._flights.get(key)
        if flight is None:
            source = self._submit(op, args)       # may raise EngineBusy
            flight = _Flight(asyncio.wrap_future(source), source)
            self._flights[key] = flight
            flight.future.add_done_callback(lambda f, k=key: self._landed(k, f))
        flight.waiters += 1
        try:
            shielded = asyncio.shield(flight.future)
            return await (until(shielded) if until else shielded)
        finally:
            flight.waiters -= 1
            # Nobody waits any more: drop the run if it has not started.
            if (flight.waiters == 0 and not flight.future.done()
                    and flight.source is not None and flight.source.cancel()
                    and self._flights.get(key) is flight):
                del self._flights[key]

    def _landed(self, key: str, fut: asyncio.Future) -> None:
        if self._flights.get(key) is not None and self._flights[key].future is fut:
            del self._flights[key]
        if not fut.cancelled() and fut.exception() is None:
            self.table.put(key, fut.result())

    def stats(self) -> dict:
        return {**self.table.stats(), "in_flight": len(self._flights)}


def cache_bytes_from_env(default: int = 256 * 1024 * 1024) -> int:
    import os

    value = os.environ.get("PERBUP_CACHE_MB")
    return int(float(value) * 1024 * 1024) if value else default


__all__ = ["Answers", "ByteLRU", "PURE_OPS", "cache_bytes_from_env", "request_key"]
